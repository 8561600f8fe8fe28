package org.comptoir.report;

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
    }

    @GetMapping("/schedule")
    ReportScheduleView get(WorkspaceRef workspace) {
        return schedules.view(workspace.name()).orElseThrow(() -> new ApiError.NotFound("no report schedule"));
    }

    @PutMapping("/schedule")
    ReportScheduleView put(@Needs(Role.MANAGER) WorkspaceRef workspace, @RequestBody ScheduleRequest request) {
        return schedules.save(workspace.name(), request.period(), request.dayOfWeek(), request.dayOfMonth(), request.time(),
                request.language(), request.recipients(), request.enabled());
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
