package org.comptoir.source;

import java.time.Duration;
import java.time.Instant;
import tools.jackson.databind.node.ObjectNode;

/**
 * A configured feed, account, search or stream a workspace listens to.
 *
 * @param settings the type's non-secret settings as JSON ({@code {"url": …}}); secrets are kept sealed apart
 * @param every    how long to wait between two polls (a stream is fetched again at once while events flow)
 */
public record Source(long id, String workspace, String name, String type, ObjectNode settings, Duration every,
                     boolean paused, Instant createdAt) {
    public static final Duration DEFAULT_EVERY = Duration.ofMinutes(5);
    public static final Duration MIN_EVERY = Duration.ofSeconds(1);

    public boolean pushed() {
        return type.equals("webhook");
    }
}
