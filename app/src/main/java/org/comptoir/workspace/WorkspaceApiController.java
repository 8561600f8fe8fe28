package org.comptoir.workspace;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.comptoir.account.Caller;
import org.comptoir.account.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/workspaces} (those the caller may see, with their role) and {@code POST} (global administrators). */
@RestController
class WorkspaceApiController {
    private final Workspaces workspaces;
    private final WorkspaceGate gate;

    WorkspaceApiController(Workspaces workspaces, WorkspaceGate gate) {
        this.workspaces = workspaces;
        this.gate = gate;
    }

    /** Body of a creation. */
    record WorkspaceRequest(String name, String label, String description, String zone) {
    }

    @GetMapping("/api/v1/workspaces")
    List<Map<String, Object>> list() {
        Map<String, Role> roles = gate.visibleRoles();
        return gate.visible().stream().map(w -> view(w, roles.get(w.name()))).toList();
    }

    @PostMapping("/api/v1/workspaces")
    ResponseEntity<Map<String, Object>> create(@RequestBody WorkspaceRequest request) {
        Caller.requireAdmin();
        Workspace created = workspaces.create(request.name(), request.label(), request.description(), request.zone());
        return ResponseEntity.status(HttpStatus.CREATED).body(view(created, Role.ADMIN));
    }

    private static Map<String, Object> view(Workspace workspace, Role role) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", workspace.name());
        view.put("label", workspace.label());
        view.put("description", workspace.description());
        view.put("created_at", workspace.createdAt().toString());
        view.put("zone", workspace.zone().getId());
        view.put("role", role == null ? null : role.label());
        return view;
    }
}
