package org.comptoir.alert;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A team's objective (docs/alerts.md): reach {@code target} on a metric by {@code due}, measured over the 30 days
 * before each day. Metrics: {@code net-sentiment} (−100..100, a topic's), {@code share-of-voice} (% of the posts
 * about the brands and competitors, a topic's), {@code advocates} (authors at the top of the pyramid),
 * {@code legitimacy-index} (0..100), {@code median-first-response} (hours, the inbox's median first response time in working
 * hours; a "no more than" target, all others are "at least" targets).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Objective(long id, String workspace, String name, Metric metric, String topic, double target, LocalDate due) {

    /** What an objective measures. */
    public enum Metric {
        NET_SENTIMENT, SHARE_OF_VOICE, ADVOCATES, LEGITIMACY_INDEX, MEDIAN_FIRST_RESPONSE;

        @com.fasterxml.jackson.annotation.JsonValue
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Metric fromLabel(String label) {
            return Arrays.stream(values()).filter(m -> m.label().equalsIgnoreCase(label == null ? "" : label.strip())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown metric '" + label + "': use net-sentiment, share-of-voice, "
                            + "advocates, legitimacy-index or median-first-response"));
        }

        boolean needsTopic() {
            return this == NET_SENTIMENT || this == SHARE_OF_VOICE;
        }

        /** True when the target is a ceiling ({@code median-first-response ≤ 2} hours) rather than a floor. */
        public boolean lowerIsBetter() {
            return this == MEDIAN_FIRST_RESPONSE;
        }

        /** How the target reads: {@code ≥} or {@code ≤}. */
        public String comparison() {
            return lowerIsBetter() ? "≤" : "≥";
        }
    }

    public Objective {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new IllegalArgumentException("an objective needs a name of 1 to 100 characters");
        }
        name = name.strip();
        topic = topic == null || topic.isBlank() ? null : topic.strip();
        if (metric == null) {
            throw new IllegalArgumentException("an objective needs a metric");
        }
        if (metric.needsTopic() && topic == null) {
            throw new IllegalArgumentException(metric.label() + " is measured on a topic: give one");
        }
        if (metric == Metric.MEDIAN_FIRST_RESPONSE && topic != null) {
            throw new IllegalArgumentException("median-first-response is measured on the workspace's inbox: give no topic");
        }
        if (due == null) {
            throw new IllegalArgumentException("an objective needs a due date (2026-06-30)");
        }
        if (!Double.isFinite(target)) {
            throw new IllegalArgumentException("target must be a number");
        }
    }

    /** True when {@code value} reaches the target ({@code ≥}, or {@code ≤} for a ceiling). */
    public boolean reached(double value) {
        return metric.lowerIsBetter() ? value <= target : value >= target;
    }
}
