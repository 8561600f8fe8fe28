package org.comptoir.team;

import java.util.Map;
import org.comptoir.account.Role;
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

/** {@code /api/v1/teams}: the workspace's teams (reading: viewers; writing: managers). */
@RestController
@RequestMapping("/api/v1/teams")
class TeamApiController {
    private final Teams teams;

    TeamApiController(Teams teams) {
        this.teams = teams;
    }

    @GetMapping
    Map<String, Object> list(WorkspaceRef workspace) {
        return Map.of("teams", teams.list(workspace.name()).stream().map(TeamJson::view).toList());
    }

    @GetMapping("/{name}")
    Map<String, Object> get(WorkspaceRef workspace, @PathVariable String name) {
        return TeamJson.view(teams.find(workspace.name(), name).orElseThrow(() -> new ApiError.NotFound("no team '" + name + "'")));
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> create(@Needs(Role.MANAGER) WorkspaceRef workspace, @RequestBody TeamJson.Request request) {
        if (request.name() != null && teams.find(workspace.name(), request.name().strip()).isPresent()) {
            throw new IllegalArgumentException("team '" + request.name().strip() + "' exists already (PUT changes it)");
        }
        Team team = request.team(workspace.name(), request.name() == null ? null : request.name().strip());
        return ResponseEntity.status(HttpStatus.CREATED).body(TeamJson.view(teams.save(team)));
    }

    @PutMapping("/{name}")
    Map<String, Object> update(@Needs(Role.MANAGER) WorkspaceRef workspace, @PathVariable String name, @RequestBody TeamJson.Request request) {
        return TeamJson.view(teams.save(request.team(workspace.name(), name)));
    }

    @DeleteMapping("/{name}")
    ResponseEntity<Void> delete(@Needs(Role.MANAGER) WorkspaceRef workspace, @PathVariable String name) {
        if (!teams.delete(workspace.name(), name)) {
            throw new ApiError.NotFound("no team '" + name + "'");
        }
        return ResponseEntity.noContent().build();
    }
}
