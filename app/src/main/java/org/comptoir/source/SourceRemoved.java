package org.comptoir.source;

/** A source was deleted, with its cursor and health. */
public record SourceRemoved(String workspace, long id, String name) {
}
