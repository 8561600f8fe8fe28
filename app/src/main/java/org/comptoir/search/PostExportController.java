package org.comptoir.search;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import org.comptoir.query.QuerySyntaxException;
import org.comptoir.web.TimeParams;
import org.comptoir.workspace.WorkspaceRef;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code GET /api/v1/posts/export?format=csv|jsonl&…search filters…}: every matching post, streamed one at a time
 * (constant memory) in the index's order. The query is checked before the first byte, so a bad one still answers 400.
 */
@RestController
class PostExportController {
    private final PostSearch search;

    PostExportController(PostSearch search) {
        this.search = search;
    }

    @GetMapping("/api/v1/posts/export")
    ResponseEntity<StreamingResponseBody> export(WorkspaceRef workspace, @RequestParam(defaultValue = "jsonl") String format,
                                                 @RequestParam(required = false) String q,
                                                 @RequestParam(required = false) String topic,
                                                 @RequestParam(required = false) String from,
                                                 @RequestParam(required = false) String to,
                                                 @RequestParam(required = false) String lang,
                                                 @RequestParam(required = false) String network) throws QuerySyntaxException {
        ExportFormat chosen = ExportFormat.fromLabel(format);
        boolean csv = chosen == ExportFormat.CSV;
        PostSearch.Request request = new PostSearch.Request(q, topic, TimeParams.parse("from", from), TimeParams.parse("to", to),
                lang, 1, null, network);
        search.count(workspace.name(), request);
        StreamingResponseBody body = out -> {
            try {
                search.export(workspace.name(), request, chosen, new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16));
            } catch (QuerySyntaxException e) {
                throw new IllegalStateException(e);
            }
        };
        String name = "posts-" + workspace.name() + (csv ? ".csv" : ".jsonl");
        return ResponseEntity.ok()
                .contentType(csv ? new MediaType("text", "csv", StandardCharsets.UTF_8) : new MediaType("application", "x-ndjson", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .body(body);
    }
}
