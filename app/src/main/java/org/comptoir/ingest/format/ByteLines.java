package org.comptoir.ingest.format;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into physical lines ({@code \n}, with a trailing {@code \r} removed) without
 * decoding them, keeping each line's number and byte offset. A line longer than {@link #MAX_LINE}
 * comes back truncated with {@link Line#truncated()} set, and the rest of it is skipped.
 */
public final class ByteLines {
    public static final int MAX_LINE = 64 * 1024 * 1024;

    /** A physical line: 1-based number, byte offset of its first byte, its bytes without the terminator. */
    public record Line(long number, long offset, byte[] bytes, boolean truncated) {
        public boolean isBlank() {
            for (byte b : bytes) {
                if (b != ' ' && b != '\t' && b != '\r') {
                    return false;
                }
            }
            return true;
        }
    }

    private final InputStream in;
    private final byte[] chunk = new byte[64 * 1024];
    private int pos;
    private int limit;
    private long offset;
    private long number;
    private boolean eof;

    public ByteLines(InputStream in, long startOffset) {
        this.in = in;
        this.offset = startOffset;
    }

    /** The next line, or null at the end of the stream. */
    public Line next() throws IOException {
        if (!fill()) {
            return null;
        }
        long lineOffset = offset;
        byte[] line = new byte[256];
        int length = 0;
        boolean truncated = false;
        while (fill()) {
            int start = pos;
            while (pos < limit && chunk[pos] != '\n') {
                pos++;
            }
            int n = pos - start;
            if (!truncated) {
                int keep = Math.min(n, MAX_LINE - length);
                if (length + keep > line.length) {
                    line = Arrays.copyOf(line, Math.max(line.length * 2, length + keep));
                }
                System.arraycopy(chunk, start, line, length, keep);
                length += keep;
                truncated = keep < n;
            }
            offset += n;
            if (pos < limit) {
                pos++;
                offset++;
                break;
            }
        }
        if (length > 0 && line[length - 1] == '\r' && !truncated) {
            length--;
        }
        number++;
        return new Line(number, lineOffset, Arrays.copyOf(line, length), truncated);
    }

    private boolean fill() throws IOException {
        if (pos < limit) {
            return true;
        }
        if (eof) {
            return false;
        }
        int n = in.read(chunk);
        if (n <= 0) {
            eof = true;
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }
}
