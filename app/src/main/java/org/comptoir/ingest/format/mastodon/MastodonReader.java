package org.comptoir.ingest.format.mastodon;

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
 * Reads Mastodon {@code Status} JSON: a single status, an array of statuses (timelines), the search API's
 * {@code {"statuses":[…]}}, or one of those per line. Each status goes through {@link MastodonStatusMapper}.
 */
public final class MastodonReader implements FormatReader {
    private final JsonRecordReader json = new JsonRecordReader(Set.of("statuses"), MastodonReader::readUnit);

    @Override
    public void read(InputStream in, ImportOptions options, RecordEmitter emitter) throws IOException {
        json.read(in, options, emitter);
    }

    private static void readUnit(JsonUnit unit, RecordEmitter emitter) {
        JsonNode node = unit.node();
        if (node.isObject() && node.has("statuses") && !node.has("content")) {
            JsonNode statuses = node.get("statuses");
            if (!statuses.isArray()) {
                emitter.reject(unit.where(), JsonFields.wrongType("statuses", "an array", statuses).getMessage());
                return;
            }
            for (JsonNode status : statuses) {
                emitter.emit(unit.locate(status), () -> MastodonStatusMapper.map(status, unit.locate(status).rawText()));
            }
        } else {
            emitter.emit(unit.where(), () -> MastodonStatusMapper.map(node, unit.where().rawText()));
        }
    }
}
