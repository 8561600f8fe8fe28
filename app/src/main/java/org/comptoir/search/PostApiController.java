package org.comptoir.search;

import java.util.StringJoiner;
import org.comptoir.ingest.NativeJson;
import org.comptoir.query.QuerySyntaxException;
import org.comptoir.store.SearchPage;
import org.comptoir.web.TimeParams;
import org.comptoir.workspace.WorkspaceRef;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** {@code GET /api/v1/posts}: search a workspace's posts; posts in the native JSON schema plus topics and enrichment. */
@RestController
@RequestMapping("/api/v1/posts")
class PostApiController {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final PostSearch search;

    PostApiController(PostSearch search) {
        this.search = search;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> search(WorkspaceRef workspace,
                                  @RequestParam(required = false) String q,
                                  @RequestParam(required = false) String topic,
                                  @RequestParam(required = false) String from,
                                  @RequestParam(required = false) String to,
                                  @RequestParam(required = false) String lang,
                                  @RequestParam(defaultValue = "20") int limit,
                                  @RequestParam(required = false) String cursor) throws QuerySyntaxException {
        PostSearch.Request request = new PostSearch.Request(q, topic, TimeParams.parse("from", from),
                TimeParams.parse("to", to), lang, limit, cursor);
        SearchPage page = search.search(workspace.name(), request);
        StringJoiner posts = new StringJoiner(",", "[", "]");
        page.posts().forEach(p -> posts.add(NativeJson.write(p.post(), p.topics())));
        String body = "{\"total\":" + page.total()
                + ",\"next_cursor\":" + (page.nextCursor() == null ? "null" : JSON.writeValueAsString(page.nextCursor()))
                + ",\"posts\":" + posts + "}";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
