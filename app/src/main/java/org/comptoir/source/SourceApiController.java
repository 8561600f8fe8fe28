package org.comptoir.source;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.comptoir.account.Role;
import org.comptoir.web.ApiError;
import org.comptoir.workspace.Needs;
import org.comptoir.workspace.WorkspaceRef;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/sources}: list, add, change, pause/resume ({@code PATCH {"paused":true}}) and delete a workspace's
 * sources; {@code GET /{id}} gives one with its health. Secret fields ({@code token}, {@code secret}) are write-only:
 * never in an answer, except a generated webhook secret, once, in the answer that created it.
 */
@RestController
@RequestMapping("/api/v1/sources")
class SourceApiController {
    private final Sources sources;

    SourceApiController(Sources sources) {
        this.sources = sources;
    }

    @GetMapping
    List<Map<String, Object>> list(WorkspaceRef workspace) {
        return sources.list(workspace.name()).stream().map(sources::json).toList();
    }

    @GetMapping("/{id}")
    Map<String, Object> get(WorkspaceRef workspace, @PathVariable long id) {
        return sources.json(find(workspace, id));
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> add(@Needs(Role.MANAGER) WorkspaceRef workspace, @RequestBody JsonNode request) {
        Sources.Added added = sources.add(workspace.name(), request);
        Map<String, Object> body = new LinkedHashMap<>(sources.json(added.source()));
        if (added.generatedSecret() != null) {
            body.put("secret", added.generatedSecret());
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(body);
    }

    @PatchMapping("/{id}")
    Map<String, Object> change(@Needs(Role.MANAGER) WorkspaceRef workspace, @PathVariable long id, @RequestBody JsonNode patch) {
        find(workspace, id);
        return sources.json(sources.update(workspace.name(), id, patch));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@Needs(Role.MANAGER) WorkspaceRef workspace, @PathVariable long id) {
        if (!sources.remove(workspace.name(), id)) {
            throw new ApiError.NotFound("no source " + id + " in workspace '" + workspace.name() + "'");
        }
        return ResponseEntity.noContent().build();
    }

    private Source find(WorkspaceRef workspace, long id) {
        return sources.find(workspace.name(), id)
                .orElseThrow(() -> new ApiError.NotFound("no source " + id + " in workspace '" + workspace.name() + "'"));
    }
}
