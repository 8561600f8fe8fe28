package org.comptoir.team;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.comptoir.account.Role;
import org.comptoir.web.ApiError;
import org.comptoir.workspace.Needs;
import org.comptoir.workspace.Workspace;
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

    /** Body of POST and PUT; {@code hours} like {@code "mon-fri 09:00-18:00"}, {@code zone} an IANA name (default Europe/Paris). */
    record TeamRequest(String name, String label, String zone, String hours, List<String> holidays, List<String> members) {
        Team team(String workspace, String asName) {
            return new Team(workspace, asName, label, TeamApiController.zone(zone), hours, HoursSpec.holidays(holidays), members);
        }
    }

    static ZoneId zone(String zone) {
        try {
            return zone == null || zone.isBlank() ? Workspace.DEFAULT_ZONE : ZoneId.of(zone.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("unknown time zone '" + zone + "' (use an IANA name such as Europe/Paris)");
        }
    }

    static Map<String, Object> view(Team t) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", t.name());
        view.put("label", t.label());
        view.put("zone", t.zone().getId());
        view.put("hours", t.hours());
        view.put("holidays", t.holidays().stream().map(Object::toString).toList());
        view.put("members", t.members());
        return view;
    }

    @GetMapping
    Map<String, Object> list(WorkspaceRef workspace) {
        return Map.of("teams", teams.list(workspace.name()).stream().map(TeamApiController::view).toList());
    }

    @GetMapping("/{name}")
    Map<String, Object> get(WorkspaceRef workspace, @PathVariable String name) {
        return view(teams.find(workspace.name(), name).orElseThrow(() -> new ApiError.NotFound("no team '" + name + "'")));
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> create(@Needs(Role.MANAGER) WorkspaceRef workspace, @RequestBody TeamRequest request) {
        if (request.name() != null && teams.find(workspace.name(), request.name().strip()).isPresent()) {
            throw new IllegalArgumentException("team '" + request.name().strip() + "' exists already (PUT changes it)");
        }
        Team team = request.team(workspace.name(), request.name() == null ? null : request.name().strip());
        return ResponseEntity.status(HttpStatus.CREATED).body(view(teams.save(team)));
    }

    @PutMapping("/{name}")
    Map<String, Object> update(@Needs(Role.MANAGER) WorkspaceRef workspace, @PathVariable String name, @RequestBody TeamRequest request) {
        return view(teams.save(request.team(workspace.name(), name)));
    }

    @DeleteMapping("/{name}")
    ResponseEntity<Void> delete(@Needs(Role.MANAGER) WorkspaceRef workspace, @PathVariable String name) {
        if (!teams.delete(workspace.name(), name)) {
            throw new ApiError.NotFound("no team '" + name + "'");
        }
        return ResponseEntity.noContent().build();
    }
}
