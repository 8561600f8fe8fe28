package org.comptoir.report;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** A report schedule as the API and the CLI show it, with its next due instant (null while it is paused). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ReportScheduleView(String workspace, String period, String dayOfWeek, int dayOfMonth, String time, String language,
                                 List<String> recipients, boolean enabled, Instant nextDue) {
    static ReportScheduleView of(ReportSchedule s, Instant nextDue) {
        return new ReportScheduleView(s.workspace(), s.period().label(), s.dayOfWeek().name().toLowerCase(Locale.ROOT), s.dayOfMonth(),
                s.at().toString(), s.language().getLanguage(), s.recipients(), s.enabled(), nextDue);
    }
}
