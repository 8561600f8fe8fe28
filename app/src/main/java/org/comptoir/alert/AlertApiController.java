package org.comptoir.alert;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.comptoir.account.Role;
import org.comptoir.query.QuerySyntaxException;
import org.comptoir.web.ApiError;
import org.comptoir.web.TimeParams;
import org.comptoir.workspace.Needs;
import org.comptoir.workspace.WorkspaceRef;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * {@code /api/v1/alerts}: the alerts with their explanation; {@code /rules} (CRUD; managers write);
 * {@code /notifiers} (managers; secrets write-only); {@code /attempts} (every delivery attempt);
 * {@code /replay} (the history through the rules); {@code /evaluate} (evaluate the rules now).
 */
@RestController
@RequestMapping("/api/v1/alerts")
class AlertApiController {
    private final Alerts alerts;

    AlertApiController(Alerts alerts) {
        this.alerts = alerts;
    }

    /** Body of POST and PUT on rules; missing numbers take the defaults. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record RuleRequest(String name, String kind, String topic, String query, Double sensitivity, Integer minVolume,
                       Integer cooldownHours, List<String> recipients, Boolean enabled) {
        AlertRule rule(long id, String workspace) {
            return new AlertRule(id, workspace, name, AlertKind.fromLabel(kind), topic, query,
                    sensitivity == null ? AlertRule.DEFAULT_SENSITIVITY : sensitivity,
                    minVolume == null ? AlertRule.DEFAULT_MIN_VOLUME : minVolume,
                    cooldownHours == null ? AlertRule.DEFAULT_COOLDOWN_HOURS : cooldownHours, recipients, enabled == null || enabled);
        }
    }

    /** Body of PUT on a notifier: {@code secret} (webhook) is write-only; for Slack the URL is the secret. */
    record NotifierRequest(String kind, String url, String secret, String language) {
    }

    @GetMapping
    Map<String, Object> list(WorkspaceRef workspace, @RequestParam(defaultValue = "100") int limit) {
        return Map.of("alerts", alerts.alerts(workspace.name(), limit));
    }

    @GetMapping("/{id:\\d+}")
    Alert get(WorkspaceRef workspace, @PathVariable long id) {
        return alerts.alert(workspace.name(), id).orElseThrow(() -> new ApiError.NotFound("no alert " + id));
    }

    @GetMapping("/rules")
    Map<String, Object> rules(WorkspaceRef workspace) {
        return Map.of("rules", alerts.rules(workspace.name()).stream().map(RuleView::of).toList());
    }

    @GetMapping("/rules/{id}")
    RuleView rule(WorkspaceRef workspace, @PathVariable long id) {
        return alerts.rule(workspace.name(), id).map(RuleView::of).orElseThrow(() -> new ApiError.NotFound("no rule " + id));
    }

    @PostMapping("/rules")
    ResponseEntity<RuleView> create(@Needs(Role.MANAGER) WorkspaceRef workspace, @RequestBody RuleRequest request)
            throws QuerySyntaxException {
        return ResponseEntity.status(HttpStatus.CREATED).body(RuleView.of(alerts.create(request.rule(0, workspace.name()))));
    }

    @PutMapping("/rules/{id}")
    RuleView update(@Needs(Role.MANAGER) WorkspaceRef workspace, @PathVariable long id, @RequestBody RuleRequest request)
            throws QuerySyntaxException {
        return alerts.update(request.rule(id, workspace.name())).map(RuleView::of)
                .orElseThrow(() -> new ApiError.NotFound("no rule " + id));
    }

    @DeleteMapping("/rules/{id}")
    ResponseEntity<Void> delete(@Needs(Role.MANAGER) WorkspaceRef workspace, @PathVariable long id) {
        if (!alerts.delete(workspace.name(), id)) {
            throw new ApiError.NotFound("no rule " + id);
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/notifiers")
    Map<String, Object> notifiers(@Needs(Role.MANAGER) WorkspaceRef workspace) {
        return Map.of("notifiers", alerts.notifiers(workspace.name()));
    }

    @PutMapping("/notifiers/{name}")
    NotifierConfig saveNotifier(@Needs(Role.MANAGER) WorkspaceRef workspace, @PathVariable String name, @RequestBody NotifierRequest request) {
        return alerts.saveNotifier(workspace.name(), name, request.kind(), request.url(), request.secret(), request.language());
    }

    @DeleteMapping("/notifiers/{name}")
    ResponseEntity<Void> deleteNotifier(@Needs(Role.MANAGER) WorkspaceRef workspace, @PathVariable String name) {
        if (!alerts.deleteNotifier(workspace.name(), name)) {
            throw new ApiError.NotFound("no notifier named '" + name + "'");
        }
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/notifiers/{name}/test")
    Map<String, Object> testNotifier(@Needs(Role.MANAGER) WorkspaceRef workspace, @PathVariable String name) {
        return Map.of("delivered", alerts.testNotifier(workspace.name(), name));
    }

    @GetMapping("/attempts")
    Map<String, Object> attempts(WorkspaceRef workspace, @RequestParam(defaultValue = "100") int limit) {
        return Map.of("attempts", alerts.attempts(workspace.name(), limit));
    }

    @GetMapping("/replay")
    Map<String, Object> replay(@Needs(Role.MANAGER) WorkspaceRef workspace, @RequestParam(required = false) String from,
                               @RequestParam(required = false) String to, @RequestParam(defaultValue = "true") boolean explain)
            throws QuerySyntaxException {
        Instant start = TimeParams.parse("from", from);
        Instant end = TimeParams.parse("to", to);
        return Map.of("alerts", alerts.replay(workspace.name(), start, end, explain));
    }

    @PostMapping("/evaluate")
    Map<String, Object> evaluate(@Needs(Role.MANAGER) WorkspaceRef workspace) {
        return Map.of("raised", alerts.evaluate(workspace.name()));
    }

    /** A rule as the API shows it. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record RuleView(long id, String name, String kind, String topic, String query, double sensitivity, int minVolume, int cooldownHours,
                    List<String> recipients, boolean enabled) {
        static RuleView of(AlertRule r) {
            return new RuleView(r.id(), r.name(), r.kind().label(), r.topic(), r.query(), r.sensitivity(), r.minVolume(),
                    r.cooldownHours(), r.recipients(), r.enabled());
        }
    }
}
