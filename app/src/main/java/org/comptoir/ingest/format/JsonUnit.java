package org.comptoir.ingest.format;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One top-level JSON value of a source (a line of a JSON-lines file, an element of a root array, or a
 * root object), with the positions of the elements of its "split" arrays (X's {@code data}, Mastodon's
 * {@code statuses}) so each can be quarantined at its own place.
 */
public record JsonUnit(JsonNode node, Located where, Map<JsonNode, Located> parts) {

    /** Where a part of this unit is; the unit's own place when the part was not tracked. */
    public Located locate(JsonNode part) {
        Located located = parts.get(part);
        return located == null ? where : located;
    }
}
