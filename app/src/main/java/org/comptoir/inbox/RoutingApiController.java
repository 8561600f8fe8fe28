package org.comptoir.inbox;

import java.util.LinkedHashMap;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/routing/rules}: the routing rules in order (reading: viewers; writing and the dry-run: managers). */
@RestController
@RequestMapping("/api/v1/routing/rules")
class RoutingApiController {
    private final Routing routing;

    RoutingApiController(Routing routing) {
        this.routing = routing;
    }

    /** Body of POST, PUT and the dry-run: {@code when} (conditions), {@code then} (actions), {@code continue}. */
    record RuleRequest(String name, Integer position, Boolean enabled, RoutingRule.Conditions when, RoutingRule.Actions then,
                       @com.fasterxml.jackson.annotation.JsonProperty("continue") Boolean continues) {
        RoutingRule rule(long id, String workspace) {
            return new RoutingRule(id, workspace, position == null ? 0 : position, name, enabled == null || enabled, when, then,
                    Boolean.TRUE.equals(continues));
        }
    }

    static Map<String, Object> view(RoutingRule r) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", r.id());
        view.put("position", r.position());
        view.put("name", r.name());
        view.put("enabled", r.enabled());
        view.put("when", r.when());
        view.put("then", r.then());
        view.put("continue", r.continues());
        return view;
    }

    @GetMapping
    Map<String, Object> list(WorkspaceRef workspace) {
        return Map.of("rules", routing.rules(workspace.name()).stream().map(RoutingApiController::view).toList());
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> create(@Needs(Role.MANAGER) WorkspaceRef workspace, @RequestBody RuleRequest request)
            throws QuerySyntaxException {
        return ResponseEntity.status(HttpStatus.CREATED).body(view(routing.create(request.rule(0, workspace.name()))));
    }

    @PutMapping("/{id:\\d+}")
    Map<String, Object> update(@Needs(Role.MANAGER) WorkspaceRef workspace, @PathVariable long id, @RequestBody RuleRequest request)
            throws QuerySyntaxException {
        RoutingRule current = routing.rule(workspace.name(), id).orElseThrow(() -> new ApiError.NotFound("no rule " + id));
        RoutingRule asked = request.rule(id, workspace.name());
        RoutingRule rule = request.position() == null ? asked.withId(id, current.position()) : asked;
        return view(routing.update(rule).orElseThrow(() -> new ApiError.NotFound("no rule " + id)));
    }

    @DeleteMapping("/{id:\\d+}")
    ResponseEntity<Void> delete(@Needs(Role.MANAGER) WorkspaceRef workspace, @PathVariable long id) {
        if (!routing.delete(workspace.name(), id)) {
            throw new ApiError.NotFound("no rule " + id);
        }
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/dry-run")
    Map<String, Object> dryRun(@Needs(Role.MANAGER) WorkspaceRef workspace, @RequestBody RuleRequest request) throws QuerySyntaxException {
        return dryRunView(routing.dryRun(request.rule(0, workspace.name())));
    }

    static Map<String, Object> dryRunView(Routing.DryRun run) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("scanned", run.scanned());
        view.put("matched", run.matched());
        view.put("conversations", run.conversations().stream().map(hit -> {
            Map<String, Object> c = InboxViews.conversation(hit.conversation());
            c.put("would", hit.would());
            return c;
        }).toList());
        return view;
    }
}
