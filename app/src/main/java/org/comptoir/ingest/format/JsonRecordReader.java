package org.comptoir.ingest.format;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.comptoir.ingest.ImportOptions;
import org.comptoir.ingest.InvalidRecordException;

/**
 * The shared streaming reader of the JSON formats. It first decides how the file is laid out:
 * <ul>
 *   <li><b>JSON lines</b> when the first non-blank line ends with {@code }} or {@code ]} (or starts with
 *       {@code {} and the next non-blank line does too): every line is decoded with a strict UTF-8 decoder
 *       and parsed on its own, so a bad line is one rejection and the next line is read;</li>
 *   <li><b>one JSON document</b> otherwise (a pretty-printed page, a root array of statuses): the document is
 *       streamed, one root-array element at a time; a syntax error ends it with one rejection.</li>
 * </ul>
 * Each top-level value (root-array elements one by one) goes to the format's {@link UnitMapper}.
 */
public final class JsonRecordReader implements FormatReader {
    private static final int PROBE = 1024 * 1024;

    /** Maps one top-level JSON value to posts and rejections. */
    @FunctionalInterface
    public interface UnitMapper {
        void map(JsonUnit unit, RecordEmitter emitter);
    }

    private final Set<String> splitFields;
    private final UnitMapper mapper;

    public JsonRecordReader(Set<String> splitFields, UnitMapper mapper) {
        this.splitFields = splitFields;
        this.mapper = mapper;
    }

    @Override
    public void read(InputStream in, ImportOptions options, RecordEmitter emitter) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, 64 * 1024);
        int bom = skipBom(buffered);
        if (isLineDelimited(buffered)) {
            readLines(buffered, bom, emitter);
        } else {
            new JsonUnitParser(splitFields, 0, bom, emitter, unit -> mapper.map(unit, emitter)).parse(buffered);
        }
    }

    private void readLines(InputStream in, long startOffset, RecordEmitter emitter) throws IOException {
        ByteLines lines = new ByteLines(in, startOffset);
        ByteLines.Line line;
        while ((line = lines.next()) != null) {
            if (line.isBlank()) {
                continue;
            }
            Located where = new Located(line.number(), line.offset(), line.bytes());
            if (line.truncated()) {
                emitter.reject(where, "line is longer than " + ByteLines.MAX_LINE + " bytes (only the start is kept)");
                continue;
            }
            try {
                StrictUtf8.decode(line.bytes(), "the line");
            } catch (InvalidRecordException e) {
                emitter.reject(where, e.getMessage());
                continue;
            }
            new JsonUnitParser(splitFields, line.number(), line.offset(), emitter, unit -> mapper.map(unit, emitter))
                    .parseLine(line.bytes());
        }
    }

    static int skipBom(BufferedInputStream in) throws IOException {
        in.mark(3);
        byte[] head = in.readNBytes(3);
        if (head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return 3;
        }
        in.reset();
        return 0;
    }

    private static boolean isLineDelimited(BufferedInputStream in) throws IOException {
        in.mark(PROBE + 1);
        byte[] probe = in.readNBytes(PROBE);
        boolean complete = probe.length < PROBE;
        in.reset();
        String first = null;
        int pos = 0;
        while (pos < probe.length) {
            int end = indexOf(probe, (byte) '\n', pos);
            if (end < 0 && !complete) {
                return false;
            }
            int stop = end < 0 ? probe.length : end;
            String line = new String(probe, pos, stop - pos, java.nio.charset.StandardCharsets.UTF_8);
            pos = stop + 1;
            if (line.isBlank()) {
                continue;
            }
            if (first == null) {
                first = line.strip();
                if (first.length() > 1 && (first.endsWith("}") || first.endsWith("]"))) {
                    return true;
                }
                if (!first.startsWith("{") || first.length() == 1) {
                    return false;
                }
            } else {
                return line.startsWith("{");
            }
        }
        return first != null;
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
