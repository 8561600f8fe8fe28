package org.comptoir.topic;

import java.util.LinkedHashMap;
import java.util.List;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/topics}: list, create, replace, delete and lint a workspace's topics. */
@RestController
@RequestMapping("/api/v1/topics")
class TopicApiController {
    private final TopicCatalog topics;

    TopicApiController(TopicCatalog topics) {
        this.topics = topics;
    }

    /** Body of POST and PUT. */
    record TopicRequest(String name, String query, String description, String kind, Boolean engage) {
        TopicKind topicKind() {
            return kind == null || kind.isBlank() ? null : TopicKind.fromLabel(kind);
        }
    }

    @GetMapping
    List<Map<String, Object>> list(WorkspaceRef workspace) {
        return topics.list(workspace.name()).stream().map(this::view).toList();
    }

    @GetMapping("/{name}")
    Map<String, Object> get(WorkspaceRef workspace, @PathVariable String name) {
        return topics.find(workspace.name(), name).map(this::view)
                .orElseThrow(() -> new ApiError.NotFound("no topic named '" + name + "'"));
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> create(@Needs(Role.MANAGER) WorkspaceRef workspace,
                                               @RequestBody TopicRequest request) throws QuerySyntaxException {
        require(request.query(), "query");
        Topic topic = topics.save(workspace.name(), request.name(), request.query(), request.description(),
                request.topicKind(), request.engage());
        return ResponseEntity.status(HttpStatus.CREATED).body(view(topic));
    }

    @PutMapping("/{name}")
    Map<String, Object> replace(@Needs(Role.MANAGER) WorkspaceRef workspace, @PathVariable String name,
                                @RequestBody TopicRequest request) throws QuerySyntaxException {
        require(request.query(), "query");
        return view(topics.save(workspace.name(), name, request.query(), request.description(),
                request.topicKind(), request.engage()));
    }

    @DeleteMapping("/{name}")
    ResponseEntity<Void> delete(@Needs(Role.MANAGER) WorkspaceRef workspace, @PathVariable String name) {
        if (!topics.remove(workspace.name(), name)) {
            throw new ApiError.NotFound("no topic named '" + name + "'");
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/lint")
    Map<String, Object> lint(@RequestParam String q) throws QuerySyntaxException {
        TopicCatalog.lint(q);
        List<Map<String, Object>> hints = org.comptoir.query.QueryHints.of(q).stream()
                .map(h -> Map.<String, Object>of("column", h.column(), "kind", h.kind().code(), "words", h.args())).toList();
        return Map.of("ok", true, "hints", hints);
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("'" + field + "' is required");
        }
    }

    private Map<String, Object> view(Topic topic) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", topic.name());
        view.put("query", topic.query());
        view.put("description", topic.description());
        view.put("kind", topic.kind().label());
        view.put("engage", topic.engage());
        view.put("created_at", topic.createdAt().toString());
        view.put("updated_at", topic.updatedAt().toString());
        view.put("updated_by", topic.updatedBy());
        view.put("mentions", topics.mentions(topic.workspace(), topic.name()));
        return view;
    }
}
