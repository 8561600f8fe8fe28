package org.comptoir.workspace;

/** A workspace was created by an explicit action. */
public record WorkspaceCreated(String name, String label) {
}
