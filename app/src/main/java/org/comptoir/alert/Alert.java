package org.comptoir.alert;

import java.time.Instant;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** An alert raised by a rule: one episode, from its start to its end (null while it goes on), with its explanation. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Alert(long id, String workspace, long ruleId, String rule, String kind, Instant start, Instant peak, Instant end,
                    Instant detectedAt, long observed, double expected, double score, String summary, Explanation explanation) {

    public boolean ongoing() {
        return end == null;
    }
}
