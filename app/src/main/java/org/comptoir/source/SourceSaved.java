package org.comptoir.source;

/** A source was added, changed, paused or resumed. */
public record SourceSaved(Source source, boolean created) {
}
