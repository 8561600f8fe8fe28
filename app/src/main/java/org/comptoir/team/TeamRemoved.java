package org.comptoir.team;

/** A team was deleted. */
public record TeamRemoved(String workspace, String name) {
}
