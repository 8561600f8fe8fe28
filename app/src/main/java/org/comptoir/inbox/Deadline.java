package org.comptoir.inbox;

import java.time.Instant;
import java.util.Locale;

/**
 * Where a conversation stands against its priority's response targets: the first-response and resolution deadlines
 * (counted in the business hours of its team, or the workspace's) and its state.
 */
public record Deadline(Instant firstResponseDue, Instant resolutionDue, State state) {
    /** No target for its priority; within target; a deadline is near; a target was missed (and it is not resolved); resolved in time or not. */
    public enum State {
        NONE, OK, SOON, BREACH, MET, MISSED;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static final Deadline NONE = new Deadline(null, null, State.NONE);
}
