package org.comptoir.alert;

import java.util.Arrays;
import java.util.Locale;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a rule watches: the volume of its posts, the volume or share of its negative posts, a query that starts matching, its
 * advocates and top authors, the workspace's sources, or the workspace's objectives.
 */
public enum AlertKind {
    /** The rule's posts per hour against the hour-of-week baseline. */
    VOLUME_SPIKE,
    /** The rule's negative posts per hour against their own hour-of-week baseline. */
    NEGATIVE_SPIKE,
    /** Any hour with at least the minimum volume of matching posts (a query that should stay silent, e.g. {@code #boycott AND @brand}). */
    QUERY_MATCHES,
    /** The part of the rule's posts that are negative, against the usual part (a share, not a count; at least the minimum volume of posts). */
    NEGATIVE_SHARE,
    /** Negative posts by the rule's advocates or top authors of the 30 days before, who were not negative then. */
    AUTHOR_TURNS_NEGATIVE,
    /** A source of the workspace stops delivering (failing polls or refused credentials): one alert per episode of the source. */
    SOURCE_STOPPED,
    /** An objective of the workspace turns at risk (its projection misses the target): one alert per episode of the objective. */
    OBJECTIVE_AT_RISK;

    /** True for the kinds whose episodes come from an hourly series of posts (all but {@link #SOURCE_STOPPED} and {@link #OBJECTIVE_AT_RISK}). */
    public boolean hourly() {
        return this != SOURCE_STOPPED && this != OBJECTIVE_AT_RISK;
    }

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static AlertKind fromLabel(String label) {
        for (AlertKind kind : values()) {
            if (kind.label().equalsIgnoreCase(label == null ? "" : label.strip())) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown alert kind '" + label + "': use "
                + String.join(", ", Arrays.stream(values()).map(AlertKind::label).toList()));
    }
}
