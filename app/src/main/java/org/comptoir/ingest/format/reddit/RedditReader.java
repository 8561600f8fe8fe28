package org.comptoir.ingest.format.reddit;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.comptoir.ingest.ImportOptions;
import org.comptoir.ingest.format.FormatReader;
import org.comptoir.ingest.format.JsonFields;
import org.comptoir.ingest.format.JsonRecordReader;
import org.comptoir.ingest.format.JsonUnit;
import org.comptoir.ingest.format.RecordEmitter;
import tools.jackson.databind.JsonNode;

/**
 * Reads Reddit's JSON: a {@code {"kind":"Listing","data":{"children":[…]}}} (a subreddit's new posts or comments,
 * a search), an array of listings (a thread: the post's listing, then its comments'), a single thing
 * ({@code {"kind":"t3","data":{…}}}), or one of those per line. Each post and comment goes through
 * {@link RedditThingMapper}; replies nested in a comment's {@code replies} listing are read too.
 */
public final class RedditReader implements FormatReader {
    private final JsonRecordReader json = new JsonRecordReader(Set.of(), RedditReader::readUnit);

    @Override
    public void read(InputStream in, ImportOptions options, RecordEmitter emitter) throws IOException {
        json.read(in, options, emitter);
    }

    private static void readUnit(JsonUnit unit, RecordEmitter emitter) {
        read(unit.node(), unit, emitter, 0);
    }

    private static void read(JsonNode node, JsonUnit unit, RecordEmitter emitter, int depth) {
        if (depth > 64) {
            emitter.reject(unit.where(), "Reddit replies nested deeper than 64 levels");
            return;
        }
        String kind = node.isObject() ? node.path("kind").asString("") : "";
        if (kind.equals("Listing")) {
            JsonNode children = node.path("data").path("children");
            if (!children.isArray()) {
                emitter.reject(unit.where(), JsonFields.wrongType("data.children", "an array", children).getMessage());
                return;
            }
            for (JsonNode child : children) {
                read(child, unit, emitter, depth + 1);
            }
        } else if (kind.equals("more")) {
            return; // "load more comments": ids only, no text to store
        } else {
            emitter.emit(unit.where(), () -> RedditThingMapper.map(node, node.toString()));
            JsonNode replies = node.path("data").path("replies");
            if (replies.isObject()) {
                read(replies, unit, emitter, depth + 1);
            }
        }
    }
}
