package org.comptoir.source;

import java.time.Instant;

/**
 * A source turned failing (3 failures in a row, or its credentials refused): published once per episode, when its
 * state changes to failing, not at every failed poll; {@link SourceRecovered} ends the episode.
 */
public record SourceFailing(String workspace, long id, String name, String type, String reason, Instant at) {
}
