package org.comptoir.alert;

import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A workspace's alert rule: what it watches ({@code kind} on a topic's mentions and/or the posts matching
 * {@code query}, at least one of them), how sure the detector must be ({@code sensitivity}, in noise units),
 * the fewest posts in an hour worth an alert ({@code minVolume}), how long after an episode ends before
 * another may start ({@code cooldownHours}) and who hears it ({@code recipients}: notifier names). A rule of kind
 * {@code source-stopped} watches every source of the workspace, one of kind {@code objective-at-risk} every objective of the
 * workspace; neither needs a topic or a query.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AlertRule(long id, String workspace, String name, AlertKind kind, String topic, String query, double sensitivity,
                        int minVolume, int cooldownHours, List<String> recipients, boolean enabled) {
    public static final double DEFAULT_SENSITIVITY = 5.0;
    public static final int DEFAULT_MIN_VOLUME = 20;
    public static final int DEFAULT_COOLDOWN_HOURS = 12;

    public AlertRule {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new IllegalArgumentException("a rule needs a name of 1 to 100 characters");
        }
        name = name.strip();
        topic = topic == null || topic.isBlank() ? null : topic.strip();
        query = query == null || query.isBlank() ? null : query.strip();
        if (kind == null) {
            throw new IllegalArgumentException("a rule needs a kind");
        }
        if (topic == null && query == null && kind.hourly()) {
            throw new IllegalArgumentException("a rule watches a topic, a query or both");
        }
        if (!(sensitivity >= 1 && sensitivity <= 20)) {
            throw new IllegalArgumentException("sensitivity must be between 1 and 20 (noise units; default " + DEFAULT_SENSITIVITY + ")");
        }
        if (minVolume < 1 || minVolume > 1_000_000) {
            throw new IllegalArgumentException("min_volume must be between 1 and 1000000 posts per hour");
        }
        if (cooldownHours < 0 || cooldownHours > 24 * 30) {
            throw new IllegalArgumentException("cooldown_hours must be between 0 and 720");
        }
        recipients = recipients == null ? List.of() : recipients.stream().map(String::strip).filter(r -> !r.isEmpty()).distinct().toList();
    }

    public AlertRule withId(long newId) {
        return new AlertRule(newId, workspace, name, kind, topic, query, sensitivity, minVolume, cooldownHours, recipients, enabled);
    }
}
