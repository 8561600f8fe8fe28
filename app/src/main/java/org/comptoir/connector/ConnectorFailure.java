package org.comptoir.connector;

import java.time.Duration;

/**
 * A fetch that failed, with the reason shown as the source's last error. {@link #retryAfter()} is what the
 * network asked for ({@code Retry-After}, a rate-limit reset), null when it said nothing.
 */
public final class ConnectorFailure extends Exception {
    /** Why a fetch failed: decides the source's state and whether backoff or the network's delay applies. */
    public enum Kind {
        /** 401/403: the token is expired, revoked or lacks a scope; retrying will not help until it is replaced. */
        UNAUTHORIZED,
        /** 429 or a spent rate limit. */
        RATE_LIMITED,
        /** The server did not answer in time. */
        TIMEOUT,
        /** 5xx. */
        SERVER,
        /** Connection refused, reset, DNS, TLS. */
        UNREACHABLE,
        /** Another 4xx (404, 410…): the settings point at nothing. */
        REJECTED
    }

    private final Kind kind;
    private final Duration retryAfter;

    public ConnectorFailure(Kind kind, String message, Duration retryAfter) {
        super(message);
        this.kind = kind;
        this.retryAfter = retryAfter;
    }

    public ConnectorFailure(Kind kind, String message) {
        this(kind, message, null);
    }

    public Kind kind() {
        return kind;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
