package org.comptoir.ingest.format;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Passes bytes through while remembering those not yet released, so a reader that streams with a
 * look-ahead parser can still cut out the exact bytes of each record ({@link #slice}). Memory is bounded:
 * past {@link #MAX_RETAINED} retained bytes the oldest are dropped and slices come back shorter.
 */
final class RecordingInputStream extends InputStream {
    static final int MAX_RETAINED = 64 * 1024 * 1024;

    private final InputStream in;
    private byte[] buffer = new byte[16 * 1024];
    private long start;
    private int length;

    RecordingInputStream(InputStream in) {
        this.in = in;
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            append(new byte[] {(byte) b}, 0, 1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = in.read(b, off, len);
        if (n > 0) {
            append(b, off, n);
        }
        return n;
    }

    /** The retained bytes between two positions of this stream (end exclusive). */
    byte[] slice(long from, long to) {
        long lo = Math.max(from, start);
        long hi = Math.min(to, start + length);
        if (hi <= lo) {
            return new byte[0];
        }
        return Arrays.copyOfRange(buffer, (int) (lo - start), (int) (hi - start));
    }

    /** Forgets the bytes before a position; they will never be sliced again. */
    void release(long position) {
        long drop = Math.min(Math.max(0, position - start), length);
        if (drop > 0) {
            System.arraycopy(buffer, (int) drop, buffer, 0, length - (int) drop);
            length -= (int) drop;
            start += drop;
        }
    }

    private void append(byte[] b, int off, int n) {
        if (length + n > MAX_RETAINED) {
            release(start + length + n - MAX_RETAINED);
        }
        if (length + n > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + n));
        }
        System.arraycopy(b, off, buffer, length, n);
        length += n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
