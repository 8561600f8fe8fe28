package org.comptoir.ingest.format.csv;

import org.comptoir.ingest.InvalidRecordException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The replied-to id of an {@code in_reply_to} cell: the id itself, or, when the cell holds JSON as twarc2's
 * {@code referenced_tweets} column does ({@code [{"type":"replied_to","id":"…"}]}), the id of its
 * {@code replied_to} entry.
 */
final class ReplyCells {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ReplyCells() {
    }

    static String repliedTo(String cell) {
        if (cell == null || !(cell.startsWith("[") || cell.startsWith("{"))) {
            return cell;
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(cell);
        } catch (JacksonException e) {
            throw new InvalidRecordException("column 'in_reply_to' holds JSON that does not parse: " + e.getOriginalMessage());
        }
        for (JsonNode reference : node.isArray() ? node : MAPPER.createArrayNode().add(node)) {
            if ("replied_to".equals(reference.path("type").asString(null))) {
                JsonNode id = reference.get("id");
                return id == null || id.isNull() ? null : id.asString();
            }
        }
        return null;
    }
}
