package org.comptoir.report;

import java.time.Instant;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** One send of a report to one recipient (an email notifier): {@code sent} or {@code failed}, with the server's answer or the reason. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ReportSend(Instant due, String recipient, String outcome, String detail, Instant at) {
}
