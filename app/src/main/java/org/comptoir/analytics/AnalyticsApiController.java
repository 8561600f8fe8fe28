package org.comptoir.analytics;

import java.util.List;
import java.util.Map;
import org.comptoir.account.Role;
import org.comptoir.query.QuerySyntaxException;
import org.comptoir.workspace.Needs;
import org.comptoir.workspace.WorkspaceRef;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/analytics/{figure}}: volume, share-of-voice, breakdown, authors, pyramid, terms, verbatims, with
 * the search filters ({@code q topic from to lang network}) and {@code tz}; {@code format=csv} downloads the rows.
 * {@code GET|PUT /api/v1/analytics/employees}: the handles the workspace marks as employees.
 */
@RestController
@RequestMapping("/api/v1/analytics")
class AnalyticsApiController {
    private final Analytics analytics;

    AnalyticsApiController(Analytics analytics) {
        this.analytics = analytics;
    }

    /** Employees list body. */
    record EmployeesRequest(List<String> handles) {
    }

    @GetMapping("/{figure:volume|share-of-voice|breakdown|authors|pyramid|terms|verbatims}")
    ResponseEntity<?> figure(WorkspaceRef workspace, @PathVariable String figure, @RequestParam Map<String, String> params)
            throws QuerySyntaxException {
        AnalyticsQuery.Answer answer = AnalyticsQuery.run(analytics, workspace.name(), figure, params);
        String format = params.getOrDefault("format", "json");
        if ("csv".equalsIgnoreCase(format)) {
            return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                    .header("Content-Disposition", "attachment; filename=\"" + figure + "-" + workspace.name() + ".csv\"")
                    .body(answer.csv());
        }
        if (!"json".equalsIgnoreCase(format)) {
            throw new IllegalArgumentException("unknown format '" + format + "': use json or csv");
        }
        return ResponseEntity.ok(answer.json());
    }

    @GetMapping("/employees")
    Map<String, Object> employees(WorkspaceRef workspace) {
        return Map.of("handles", analytics.employees(workspace.name()));
    }

    @PutMapping("/employees")
    Map<String, Object> replaceEmployees(@Needs(Role.MANAGER) WorkspaceRef workspace, @RequestBody EmployeesRequest request) {
        return Map.of("handles", analytics.replaceEmployees(workspace.name(), request.handles() == null ? List.of() : request.handles()));
    }
}
