package org.comptoir.alert;

import java.time.Instant;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** One alert a replay of the history raises: the rule, the episode and when it would have been heard. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ReplayedAlert(String rule, String kind, String topic, String query, Instant start, Instant peak, Instant end,
                            Instant detectedAt, Explanation explanation) {
}
