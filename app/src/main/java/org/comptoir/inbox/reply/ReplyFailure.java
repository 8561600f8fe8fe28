package org.comptoir.inbox.reply;

import java.time.Duration;

/** A reply the network did not take: why, whether trying again may help, and after how long if the network said. */
public final class ReplyFailure extends Exception {
    public enum Reason {
        /** The credentials were refused: retrying will not help until someone fixes them. */
        UNAUTHORISED(false),
        /** Too many requests: retry after {@link #retryAfter()}. */
        RATE_LIMITED(true),
        /** The network failed (5xx) or could not be reached. */
        UNAVAILABLE(true),
        /** The network refused this reply (e.g. the post answered no longer exists). */
        REJECTED(false);

        private final boolean retryable;

        Reason(boolean retryable) {
            this.retryable = retryable;
        }
    }

    private final Reason reason;
    private final Duration retryAfter;

    public ReplyFailure(Reason reason, String message, Duration retryAfter) {
        super(message);
        this.reason = reason;
        this.retryAfter = retryAfter;
    }

    public Reason reason() {
        return reason;
    }

    public boolean retryable() {
        return reason.retryable;
    }

    /** How long the network asked us to wait ({@code Retry-After}), null when it did not say. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
