package org.comptoir.ingest.format.jetstream;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.comptoir.ingest.ImportOptions;
import org.comptoir.ingest.InvalidRecordException;
import org.comptoir.ingest.format.Dates;
import org.comptoir.ingest.format.FormatReader;
import org.comptoir.ingest.format.JsonFields;
import org.comptoir.ingest.format.JsonRecordReader;
import org.comptoir.ingest.format.JsonUnit;
import org.comptoir.ingest.format.Languages;
import org.comptoir.ingest.format.RecordEmitter;
import org.comptoir.ingest.format.Texts;
import org.comptoir.post.Author;
import org.comptoir.post.Metrics;
import org.comptoir.post.Network;
import org.comptoir.post.Post;
import tools.jackson.databind.JsonNode;

/**
 * Reads Bluesky Jetstream events, one per line. Commits that create or update an {@code app.bsky.feed.post}
 * become posts; every other event (identity, account, deletes, likes, follows, other collections) is not a
 * post and is skipped. A line that is not a Jetstream event at all (no {@code kind}) is rejected.
 */
public final class JetstreamReader implements FormatReader {
    private static final String POST = "app.bsky.feed.post";

    private final JsonRecordReader json = new JsonRecordReader(Set.of(), JetstreamReader::readEvent);

    @Override
    public void read(InputStream in, ImportOptions options, RecordEmitter emitter) throws IOException {
        json.read(in, options, emitter);
    }

    private static void readEvent(JsonUnit unit, RecordEmitter emitter) {
        JsonNode event = unit.node();
        if (!event.isObject() || !event.hasNonNull("kind")) {
            emitter.reject(unit.where(), event.isObject() ? "not a Jetstream event: missing required field 'kind'"
                    : "not a Jetstream event: expected an object, got " + JsonFields.describe(event));
            return;
        }
        JsonNode commit = event.path("commit");
        if ("commit".equals(event.path("kind").asString("")) && !commit.isObject()) {
            emitter.reject(unit.where(), "Jetstream commit event without a 'commit' object: got "
                    + JsonFields.describe(commit));
            return;
        }
        boolean isPost = "commit".equals(event.path("kind").asString(""))
                && POST.equals(commit.path("collection").asString(""))
                && Set.of("create", "update").contains(commit.path("operation").asString(""));
        if (isPost) {
            emitter.emit(unit.where(), () -> map(event, unit.where().rawText()));
        }
    }

    static Post map(JsonNode event, String raw) {
        String did = JsonFields.requiredString(event, "did", "did");
        JsonNode commit = event.get("commit");
        String rkey = JsonFields.requiredString(commit, "rkey", "commit.rkey");
        JsonNode record = JsonFields.optionalObject(commit, "record", "commit.record");
        if (record == null) {
            throw JsonFields.missing("commit.record");
        }
        String text = Texts.checkLength(JsonFields.requiredString(record, "text", "commit.record.text"), "commit.record.text");
        JsonNode parent = JsonFields.optionalObject(JsonFields.optionalObject(record, "reply", "commit.record.reply"),
                "parent", "commit.record.reply.parent");
        String parentUri = JsonFields.optionalString(parent, "uri", "commit.record.reply.parent.uri");
        return new Post("bluesky:at://" + did + "/" + POST + "/" + rkey, Network.BLUESKY,
                "https://bsky.app/profile/" + did + "/post/" + rkey,
                new Author(did, null, null, null),
                text, null, firstLanguage(record),
                Dates.parse(JsonFields.requiredString(record, "createdAt", "commit.record.createdAt"), "commit.record.createdAt"),
                parentUri == null ? null : "bluesky:" + parentUri,
                Metrics.NONE, raw, null);
    }

    private static String firstLanguage(JsonNode record) {
        JsonNode langs = JsonFields.optionalArray(record, "langs", "commit.record.langs");
        if (langs == null || langs.isEmpty()) {
            return null;
        }
        if (!langs.get(0).isString()) {
            throw new InvalidRecordException("field 'commit.record.langs' must hold strings, got "
                    + JsonFields.describe(langs.get(0)));
        }
        return Languages.normalize(langs.get(0).stringValue());
    }
}
