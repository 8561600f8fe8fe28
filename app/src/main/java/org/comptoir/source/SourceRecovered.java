package org.comptoir.source;

import java.time.Instant;

/** A failing source delivered again: the end of the episode {@link SourceFailing} began. */
public record SourceRecovered(String workspace, long id, String name, String type, Instant at) {
}
