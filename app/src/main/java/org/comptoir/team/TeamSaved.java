package org.comptoir.team;

/** A team was created or changed ({@code created} tells which). */
public record TeamSaved(String workspace, String name, boolean created, String detail) {
}
