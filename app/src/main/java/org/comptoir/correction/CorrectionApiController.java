package org.comptoir.correction;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.comptoir.account.Role;
import org.comptoir.ingest.NativeJson;
import org.comptoir.post.Intent;
import org.comptoir.post.Sentiment;
import org.comptoir.web.ApiError;
import org.comptoir.workspace.Needs;
import org.comptoir.workspace.WorkspaceRef;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/posts/{id}/correction} ({@code {"sentiment":…,"intent":…}}), {@code GET /api/v1/corrections}
 * and {@code GET /api/v1/corrections/export?kind=sentiment|intent} (training lines, tab-separated).
 */
@RestController
class CorrectionApiController {
    private final Corrections corrections;

    CorrectionApiController(Corrections corrections) {
        this.corrections = corrections;
    }

    /** Body of a correction; either field may be absent. */
    record CorrectionRequest(String sentiment, String intent) {
    }

    @PostMapping(path = "/api/v1/posts/{id}/correction", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> correct(@Needs(Role.AGENT) WorkspaceRef workspace, @PathVariable String id,
                                   @RequestBody CorrectionRequest request) {
        return corrections.correct(workspace.name(), id, sentiment(request.sentiment()), intent(request.intent()))
                .map(stored -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                        .body(NativeJson.write(stored.post(), stored.topics())))
                .orElseThrow(() -> new ApiError.NotFound("no post with id '" + id + "' in workspace '" + workspace + "'"));
    }

    @GetMapping("/api/v1/corrections")
    List<Map<String, Object>> list(WorkspaceRef workspace) {
        return corrections.list(workspace.name()).stream().map(c -> {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("post_id", c.postId());
            view.put("sentiment", c.sentiment() == null ? null : c.sentiment().label());
            view.put("intent", c.intent() == null ? null : c.intent().label());
            view.put("lang", c.lang());
            view.put("corrected_at", c.correctedAt().toString());
            return view;
        }).toList();
    }

    @GetMapping(path = "/api/v1/corrections/export", produces = "text/tab-separated-values;charset=UTF-8")
    String export(WorkspaceRef workspace, @RequestParam(defaultValue = "sentiment") String kind) {
        Corrections.Kind chosen;
        try {
            chosen = Corrections.Kind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown kind '" + kind + "': use sentiment or intent");
        }
        List<String> lines = corrections.export(workspace.name(), chosen);
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }

    static Sentiment sentiment(String label) {
        try {
            return label == null || label.isBlank() ? null : Sentiment.fromLabel(label);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown sentiment '" + label + "': use negative, neutral or positive");
        }
    }

    static Intent intent(String label) {
        try {
            return label == null || label.isBlank() ? null : Intent.fromLabel(label);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown intent '" + label
                    + "': use complaint, question, praise, purchase_intent, churn_risk or other");
        }
    }
}
