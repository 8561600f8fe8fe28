package org.comptoir.alert;

/** A rule was created or changed ({@code created} tells which). */
public record AlertRuleSaved(String workspace, long ruleId, String name, boolean created) {
}
