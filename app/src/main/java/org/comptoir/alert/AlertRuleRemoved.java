package org.comptoir.alert;

/** A rule was deleted, with its alerts. */
public record AlertRuleRemoved(String workspace, long ruleId, String name) {
}
