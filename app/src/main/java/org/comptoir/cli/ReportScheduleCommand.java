package org.comptoir.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code report-schedule}: shows the workspace's report schedule; with {@code --period} sets it, with {@code --remove} removes
 * it (docs/reports.md), as {@code GET|PUT|DELETE /api/v1/reports/schedule}, offline or through a running server.
 */
@Command(name = "report-schedule", description = "Show, set (--period …) or remove (--remove) the workspace's report schedule (JSON).")
final class ReportScheduleCommand implements Callable<Integer> {
    @ParentCommand
    ComptoirCommand root;

    @Option(names = "--period", description = "day, week or month: sets the schedule.") String period;
    @Option(names = "--day", description = "For a weekly report: monday … sunday (default: monday).") String day;
    @Option(names = "--day-of-month", description = "For a monthly report: 1 to 28 (default: 1).") Integer dayOfMonth;
    @Option(names = "--time", description = "Local time in the workspace's zone, HH:MM (default: 08:00).") String time;
    @Option(names = "--language", description = "fr or en (default: fr).") String language;
    @Option(names = "--to", split = ",", description = "Email notifiers of the workspace, comma-separated.") List<String> recipients;
    @Option(names = "--paused", description = "Keep the schedule without sending.") boolean paused;
    @Option(names = "--remove", description = "Remove the schedule.") boolean remove;

    @Override
    public Integer call() throws CliException {
        try (CliBackend backend = root.backend()) {
            String answer;
            if (remove) {
                answer = backend.reportSchedule(root.workspace, "DELETE", Map.of());
            } else if (period != null) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("period", period);
                body.put("day_of_week", day);
                body.put("day_of_month", dayOfMonth);
                body.put("time", time);
                body.put("language", language);
                body.put("recipients", recipients == null ? List.of() : recipients);
                body.put("enabled", !paused);
                answer = backend.reportSchedule(root.workspace, "PUT", body);
            } else {
                answer = backend.reportSchedule(root.workspace, "GET", Map.of());
            }
            System.out.println(answer);
        }
        return 0;
    }
}
