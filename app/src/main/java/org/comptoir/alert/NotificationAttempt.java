package org.comptoir.alert;

import java.time.Instant;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** One delivery attempt of an alert to a notifier: {@code sent}, {@code retry} or {@code failed}, with the receiver's answer or the reason. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record NotificationAttempt(long alertId, String notifier, int attempt, String outcome, String detail, Instant at) {
}
