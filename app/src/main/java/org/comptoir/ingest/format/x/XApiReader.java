package org.comptoir.ingest.format.x;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.comptoir.ingest.ImportOptions;
import org.comptoir.ingest.format.FormatReader;
import org.comptoir.ingest.format.JsonFields;
import org.comptoir.ingest.format.JsonRecordReader;
import org.comptoir.ingest.format.JsonUnit;
import org.comptoir.ingest.format.RecordEmitter;
import tools.jackson.databind.JsonNode;

/**
 * Reads X API v2 response pages ({@code {"data":[…],"includes":{"users":[…]},"meta":{…}}}): one page, a JSON
 * array of pages or one page per line. Each tweet of {@code data} becomes a post (see {@link XTweetMapper});
 * a page carrying only {@code errors} imports nothing.
 */
public final class XApiReader implements FormatReader {
    private static final Set<String> PAGE_KEYS = Set.of("data", "includes", "meta", "errors");

    private final JsonRecordReader json = new JsonRecordReader(Set.of("data"), XApiReader::readPage);

    @Override
    public void read(InputStream in, ImportOptions options, RecordEmitter emitter) throws IOException {
        json.read(in, options, emitter);
    }

    private static void readPage(JsonUnit page, RecordEmitter emitter) {
        JsonNode node = page.node();
        if (!node.isObject() || node.propertyNames().stream().noneMatch(PAGE_KEYS::contains)) {
            emitter.reject(page.where(), "not an X API v2 page: expected an object with 'data', 'includes', "
                    + "'meta' or 'errors', got " + describe(node));
            return;
        }
        Map<String, JsonNode> users;
        try {
            users = users(node);
        } catch (IllegalArgumentException e) {
            emitter.reject(page.where(), e.getMessage());
            return;
        }
        JsonNode data = node.get("data");
        if (data == null || data.isNull()) {
            return;
        }
        if (data.isObject()) {
            emitter.emit(page.locate(data), () -> XTweetMapper.map(data, users, page.locate(data).rawText()));
        } else if (data.isArray()) {
            for (JsonNode tweet : data) {
                emitter.emit(page.locate(tweet), () -> XTweetMapper.map(tweet, users, page.locate(tweet).rawText()));
            }
        } else {
            emitter.reject(page.where(), JsonFields.wrongType("data", "an array of tweets", data).getMessage());
        }
    }

    private static Map<String, JsonNode> users(JsonNode page) {
        Map<String, JsonNode> users = new HashMap<>();
        JsonNode list = JsonFields.optionalArray(JsonFields.optionalObject(page, "includes", "includes"), "users", "includes.users");
        if (list != null) {
            for (JsonNode user : list) {
                String id = user.isObject() ? JsonFields.optionalId(user, "id", "includes.users[].id") : null;
                if (id != null) {
                    users.put(id, user);
                }
            }
        }
        return users;
    }

    private static String describe(JsonNode node) {
        return node.isObject() ? "keys " + node.propertyNames() : JsonFields.describe(node);
    }
}
