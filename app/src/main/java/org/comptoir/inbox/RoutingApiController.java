package org.comptoir.inbox;

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

    @GetMapping
    Map<String, Object> list(WorkspaceRef workspace) {
        return Map.of("rules", routing.rules(workspace.name()).stream().map(RoutingJson::view).toList());
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> create(@Needs(Role.MANAGER) WorkspaceRef workspace, @RequestBody RoutingJson.Request request)
            throws QuerySyntaxException {
        return ResponseEntity.status(HttpStatus.CREATED).body(RoutingJson.view(routing.create(request.rule(0, workspace.name()))));
    }

    @PutMapping("/{id:\\d+}")
    Map<String, Object> update(@Needs(Role.MANAGER) WorkspaceRef workspace, @PathVariable long id, @RequestBody RoutingJson.Request request)
            throws QuerySyntaxException {
        RoutingRule current = routing.rule(workspace.name(), id).orElseThrow(() -> new ApiError.NotFound("no rule " + id));
        RoutingRule asked = request.rule(id, workspace.name());
        RoutingRule rule = request.position() == null ? asked.withId(id, current.position()) : asked;
        return RoutingJson.view(routing.update(rule).orElseThrow(() -> new ApiError.NotFound("no rule " + id)));
    }

    @DeleteMapping("/{id:\\d+}")
    ResponseEntity<Void> delete(@Needs(Role.MANAGER) WorkspaceRef workspace, @PathVariable long id) {
        if (!routing.delete(workspace.name(), id)) {
            throw new ApiError.NotFound("no rule " + id);
        }
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/dry-run")
    Map<String, Object> dryRun(@Needs(Role.MANAGER) WorkspaceRef workspace, @RequestBody RoutingJson.Request request) throws QuerySyntaxException {
        return RoutingJson.dryRunView(routing.dryRun(request.rule(0, workspace.name())));
    }
}
