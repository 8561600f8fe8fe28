package org.comptoir.ingest.format.csv;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits CSV bytes into records following RFC 4180 (quoted fields, doubled quotes, quoted line breaks),
 * without decoding: UTF-8 never uses ASCII bytes inside a multi-byte character, so splitting on bytes is safe
 * and each field can then be decoded strictly. Lenient on one point: text after a closing quote is kept.
 * A record never grows past {@link #MAX_RECORD}: it is cut, reported, and reading resumes at the next line.
 */
final class CsvScanner {
    static final int MAX_RECORD = 8 * 1024 * 1024;

    /** One record: where it starts, its bytes as received, its unquoted fields, and a problem if any. */
    record RawRecord(long line, long offset, byte[] raw, List<byte[]> fields, String problem) {
        boolean isBlank() {
            return fields.stream().allMatch(f -> f.length == 0) && problem == null;
        }
    }

    private enum State { FIELD_START, UNQUOTED, QUOTED, AFTER_QUOTE }

    private final InputStream in;
    private final byte delimiter;
    private final byte[] chunk = new byte[64 * 1024];
    private int pos;
    private int limit;
    private long offset;
    private long line = 1;
    private final Bytes raw = new Bytes();
    private final Bytes field = new Bytes();

    CsvScanner(InputStream in, char delimiter, long startOffset) {
        this.in = in;
        this.delimiter = (byte) delimiter;
        this.offset = startOffset;
    }

    /** The next record, or null at the end of the input. */
    RawRecord next() throws IOException {
        if (peek() < 0) {
            return null;
        }
        long startLine = line;
        long startOffset = offset;
        long quoteLine = 0;
        raw.reset();
        field.reset();
        List<byte[]> fields = new ArrayList<>();
        State state = State.FIELD_START;
        while (true) {
            int b = take();
            if (b < 0 || (state != State.QUOTED && (b == '\n' || b == '\r'))) {
                if (b == '\r' && peek() == '\n') {
                    take();
                }
                fields.add(field.copy());
                String problem = state == State.QUOTED
                        ? "unterminated quoted field (the quote opened at line " + quoteLine + " is never closed)" : null;
                return new RawRecord(startLine, startOffset, raw.copy(), fields, problem);
            }
            raw.add(b);
            if (raw.size() > MAX_RECORD) {
                skipLine();
                return new RawRecord(startLine, startOffset, raw.copy(), List.of(), "record is longer than "
                        + MAX_RECORD + " bytes (probably an unbalanced quote); reading resumes at line " + line);
            }
            switch (state) {
                case FIELD_START -> {
                    if (b == '"') {
                        state = State.QUOTED;
                        quoteLine = line;
                    } else if (b == delimiter) {
                        fields.add(field.copy());
                        field.reset();
                    } else {
                        field.add(b);
                        state = State.UNQUOTED;
                    }
                }
                case UNQUOTED -> {
                    if (b == delimiter) {
                        fields.add(field.copy());
                        field.reset();
                        state = State.FIELD_START;
                    } else {
                        field.add(b);
                    }
                }
                case QUOTED -> {
                    if (b == '"') {
                        state = State.AFTER_QUOTE;
                    } else {
                        field.add(b);
                    }
                }
                case AFTER_QUOTE -> {
                    if (b == '"') {
                        field.add('"');
                        state = State.QUOTED;
                    } else if (b == delimiter) {
                        fields.add(field.copy());
                        field.reset();
                        state = State.FIELD_START;
                    } else {
                        field.add(b);
                        state = State.UNQUOTED;
                    }
                }
            }
        }
    }

    private void skipLine() throws IOException {
        int b;
        while ((b = take()) >= 0 && b != '\n') {
            // discard the rest of the physical line
        }
    }

    private int take() throws IOException {
        if (peek() < 0) {
            return -1;
        }
        int b = chunk[pos++] & 0xFF;
        offset++;
        if (b == '\n' || b == '\r' && peek() != '\n') {
            line++;
        }
        return b;
    }

    private int peek() throws IOException {
        if (pos == limit) {
            int n = in.read(chunk);
            if (n <= 0) {
                return -1;
            }
            pos = 0;
            limit = n;
        }
        return chunk[pos] & 0xFF;
    }

    /** A small growable byte buffer. */
    private static final class Bytes {
        private byte[] data = new byte[1024];
        private int size;

        void add(int b) {
            if (size == data.length) {
                data = Arrays.copyOf(data, data.length * 2);
            }
            data[size++] = (byte) b;
        }

        int size() {
            return size;
        }

        void reset() {
            size = 0;
            if (data.length > 1024 * 1024) {
                data = new byte[1024];
            }
        }

        byte[] copy() {
            return Arrays.copyOf(data, size);
        }
    }
}
