package org.comptoir.inbox;

import java.time.Duration;

/**
 * Settings of the inbox (embedded defaults).
 *
 * @param joinWindow  an author's new post within this time of their open conversation joins it instead of opening one
 * @param quietAfter  a pending conversation (we answered last) with no new message for this long is resolved
 */
public record InboxConfig(Duration joinWindow, Duration quietAfter) {
    public static final InboxConfig DEFAULTS = new InboxConfig(Duration.ofHours(24), Duration.ofDays(3));

    public InboxConfig {
        if (joinWindow.isNegative() || quietAfter.isNegative() || quietAfter.isZero()) {
            throw new IllegalArgumentException("the inbox windows must be positive");
        }
    }
}
