package org.comptoir.ingest.format;

import java.io.IOException;
import java.io.InputStream;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Streams the top-level JSON values of one source (a whole document, or one line) as {@link JsonUnit}s:
 * a root array is flattened one level, and elements of the named "split" arrays of a root object are
 * located individually. Syntax errors end the source with one rejection giving the line and column.
 */
final class JsonUnitParser {
    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final Set<String> splitFields;
    private final RecordEmitter emitter;
    private final Consumer<JsonUnit> units;
    private final long lineBase;
    private final long offsetBase;
    private RecordingInputStream recording;
    private byte[] line;
    private long unitStart;
    private long unitLine;

    /**
     * @param lineBase the line number of a single-line source, or 0 when the source is a whole document
     *                 (positions then come from the parser)
     */
    JsonUnitParser(Set<String> splitFields, long lineBase, long offsetBase, RecordEmitter emitter, Consumer<JsonUnit> units) {
        this.splitFields = splitFields;
        this.lineBase = lineBase;
        this.offsetBase = offsetBase;
        this.emitter = emitter;
        this.units = units;
    }

    /** Parses a whole document, streaming. */
    void parse(InputStream source) throws IOException {
        recording = new RecordingInputStream(source);
        run(() -> MAPPER.createParser(recording));
    }

    /** Parses one line already in memory. */
    void parseLine(byte[] bytes) throws IOException {
        line = bytes;
        run(() -> MAPPER.createParser(bytes));
    }

    private void run(java.util.function.Supplier<JsonParser> parsers) throws IOException {
        unitStart = 0;
        unitLine = 1;
        try (JsonParser parser = parsers.get()) {
            int roots = 0;
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (lineBase > 0 && roots++ > 0) {
                    markStart(parser);
                    throw new UnexpectedContent(parser.currentTokenLocation());
                }
                if (token == JsonToken.START_ARRAY) {
                    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                        readUnit(parser, token);
                    }
                } else {
                    readUnit(parser, token);
                }
            }
        } catch (JacksonIOException e) {
            throw e.getCause() != null ? e.getCause() : new IOException(e.getMessage(), e);
        } catch (UnexpectedContent e) {
            fail(e.location, "unexpected content after the JSON value");
        } catch (JacksonException e) {
            String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
            int cut = message.indexOf('\n');
            fail(e.getLocation(), Texts.preview(cut < 0 ? message : message.substring(0, cut)));
        }
    }

    private void readUnit(JsonParser parser, JsonToken token) {
        markStart(parser);
        Map<JsonNode, Located> parts = new IdentityHashMap<>();
        JsonNode node = token == JsonToken.START_OBJECT && !splitFields.isEmpty()
                ? readSplitting(parser, parts) : tree(parser);
        long end = parser.currentLocation().getByteOffset();
        Located where = located(unitLine, unitStart, end);
        if (recording != null) {
            recording.release(end);
        }
        unitStart = end;
        unitLine = parser.currentLocation().getLineNr();
        units.accept(new JsonUnit(node, where, parts));
    }

    private JsonNode readSplitting(JsonParser parser, Map<JsonNode, Located> parts) {
        ObjectNode object = MAPPER.createObjectNode();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (splitFields.contains(name) && value == JsonToken.START_ARRAY) {
                ArrayNode array = object.putArray(name);
                while ((value = parser.nextToken()) != JsonToken.END_ARRAY) {
                    array.add(readPart(parser, parts));
                }
            } else if (splitFields.contains(name) && value == JsonToken.START_OBJECT) {
                object.set(name, readPart(parser, parts));
            } else {
                object.set(name, tree(parser));
            }
        }
        return object;
    }

    private JsonNode readPart(JsonParser parser, Map<JsonNode, Located> parts) {
        TokenStreamLocation at = parser.currentTokenLocation();
        JsonNode part = tree(parser);
        long line = lineBase > 0 ? lineBase : at.getLineNr();
        parts.put(part, located(line, at.getByteOffset(), parser.currentLocation().getByteOffset()));
        return part;
    }

    private static JsonNode tree(JsonParser parser) {
        JsonNode node = parser.readValueAsTree();
        return node == null ? NullNode.getInstance() : node;
    }

    private void markStart(JsonParser parser) {
        TokenStreamLocation at = parser.currentTokenLocation();
        unitStart = at.getByteOffset();
        unitLine = at.getLineNr();
    }

    private Located located(long lineNumber, long from, long to) {
        return new Located(lineBase > 0 ? lineBase : lineNumber, offsetBase + from, slice(from, to));
    }

    private byte[] slice(long from, long to) {
        if (line == null) {
            return recording.slice(from, to);
        }
        int lo = (int) Math.min(Math.max(0, from), line.length);
        return java.util.Arrays.copyOfRange(line, lo, (int) Math.max(lo, Math.min(to, line.length)));
    }

    private void fail(TokenStreamLocation at, String message) {
        boolean known = at != null && at.getLineNr() > 0;
        String position = !known ? "" : lineBase > 0 ? " at column " + at.getColumnNr()
                : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        long readEnd = unitStart + RecordingInputStream.MAX_RETAINED;
        Located where = new Located(lineBase > 0 ? lineBase : unitLine, offsetBase + unitStart, slice(unitStart, readEnd));
        String rest = lineBase > 0 ? "" : "; the rest of the document cannot be read";
        emitter.reject(where, "invalid JSON" + position + ": " + message + rest);
    }

    private static final class UnexpectedContent extends RuntimeException {
        private final transient TokenStreamLocation location;

        UnexpectedContent(TokenStreamLocation location) {
            super(null, null, false, false);
            this.location = location;
        }
    }
}
