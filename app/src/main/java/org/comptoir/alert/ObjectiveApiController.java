package org.comptoir.alert;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.comptoir.account.Role;
import org.comptoir.query.QuerySyntaxException;
import org.comptoir.web.ApiError;
import org.comptoir.workspace.Needs;
import org.comptoir.workspace.WorkspaceRef;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/objectives}: a workspace's objectives with their progress; managers add and delete them. */
@RestController
@RequestMapping("/api/v1/objectives")
class ObjectiveApiController {
    private final Objectives objectives;

    ObjectiveApiController(Objectives objectives) {
        this.objectives = objectives;
    }

    /** Body of POST: {@code {"name":…,"metric":"net-sentiment","topic":…,"target":20,"due":"2026-06-30"}}. */
    record ObjectiveRequest(String name, String metric, String topic, Double target, String due) {
        Objective objective(String workspace) {
            if (target == null) {
                throw new IllegalArgumentException("'target' is required");
            }
            return new Objective(0, workspace, name, Objective.Metric.fromLabel(metric), topic, target, date(due));
        }
    }

    static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("due: cannot read '" + value + "' as a date (2026-06-30)");
        }
    }

    @GetMapping
    Map<String, Object> list(WorkspaceRef workspace) throws QuerySyntaxException {
        return Map.of("objectives", objectives.progress(workspace.name()));
    }

    @GetMapping("/{id}")
    ObjectiveProgress get(WorkspaceRef workspace, @PathVariable long id) throws QuerySyntaxException {
        return objectives.progress(workspace.name(), id).orElseThrow(() -> new ApiError.NotFound("no objective " + id));
    }

    @PostMapping
    ResponseEntity<Objective> create(@Needs(Role.MANAGER) WorkspaceRef workspace, @RequestBody ObjectiveRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(objectives.create(request.objective(workspace.name())));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@Needs(Role.MANAGER) WorkspaceRef workspace, @PathVariable long id) {
        if (!objectives.delete(workspace.name(), id)) {
            throw new ApiError.NotFound("no objective " + id);
        }
        return ResponseEntity.noContent().build();
    }
}
