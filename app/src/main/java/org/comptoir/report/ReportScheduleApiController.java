package org.comptoir.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.comptoir.account.Role;
import org.comptoir.web.ApiError;
import org.comptoir.workspace.Needs;
import org.comptoir.workspace.WorkspaceRef;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * {@code /api/v1/reports/schedule}: the workspace's report schedule (one per workspace; {@code GET} for viewers, {@code PUT} and
 * {@code DELETE} for managers) and {@code /api/v1/reports/sends}, every send of a scheduled report.
 */
@RestController
@RequestMapping("/api/v1/reports")
class ReportScheduleApiController {
    private final ReportSchedules schedules;

    ReportScheduleApiController(ReportSchedules schedules) {
        this.schedules = schedules;
    }

    /** The body of PUT: {@code period} day|week|month, {@code day_of_week} monday…sunday, {@code day_of_month} 1–28, {@code time} HH:MM. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ScheduleRequest(String period, String dayOfWeek, Integer dayOfMonth, String time, String language, List<String> recipients,
                           Boolean enabled) {
        ReportSchedule schedule(String workspace) {
            return new ReportSchedule(workspace, Period.fromLabel(period), ReportSchedule.dayOfWeek(dayOfWeek),
                    dayOfMonth == null ? 1 : dayOfMonth, ReportSchedule.time(time), ReportSchedule.language(language), recipients,
                    enabled == null || enabled);
        }
    }

    /** A schedule as the API shows it, with its next due instant (null when disabled). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ScheduleView(String workspace, String period, String dayOfWeek, int dayOfMonth, String time, String language,
                        List<String> recipients, boolean enabled, Instant nextDue) {
        static ScheduleView of(ReportSchedule s, Instant nextDue) {
            return new ScheduleView(s.workspace(), s.period().label(), s.dayOfWeek().name().toLowerCase(java.util.Locale.ROOT),
                    s.dayOfMonth(), s.at().toString(), s.language().getLanguage(), s.recipients(), s.enabled(), nextDue);
        }
    }

    @GetMapping("/schedule")
    ScheduleView get(WorkspaceRef workspace) {
        ReportSchedule s = schedules.find(workspace.name()).orElseThrow(() -> new ApiError.NotFound("no report schedule"));
        return ScheduleView.of(s, schedules.nextDue(workspace.name()).orElse(null));
    }

    @PutMapping("/schedule")
    ScheduleView put(@Needs(Role.MANAGER) WorkspaceRef workspace, @RequestBody ScheduleRequest request) {
        ReportSchedule s = schedules.save(request.schedule(workspace.name()));
        return ScheduleView.of(s, schedules.nextDue(workspace.name()).orElse(null));
    }

    @DeleteMapping("/schedule")
    ResponseEntity<Void> delete(@Needs(Role.MANAGER) WorkspaceRef workspace) {
        if (!schedules.delete(workspace.name())) {
            throw new ApiError.NotFound("no report schedule");
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/sends")
    Map<String, Object> sends(WorkspaceRef workspace, @RequestParam(defaultValue = "100") int limit) {
        return Map.of("sends", schedules.sends(workspace.name(), limit));
    }
}
