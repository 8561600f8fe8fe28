package org.comptoir.ingest.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text files written in UTF-16 with a byte-order mark (as Excel's "Unicode text" and Meltwater exports are), turned
 * into UTF-8 as they are read so every reader sees UTF-8. Offsets in rejections are then those of the UTF-8 text.
 */
public final class Utf16 {
    private Utf16() {
    }

    /** UTF-16LE or UTF-16BE when the bytes start with that byte-order mark, else null. */
    public static Charset charset(byte[] head) {
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** The head as UTF-8 (its byte-order mark dropped), for format detection. */
    public static byte[] headAsUtf8(byte[] head, Charset charset) {
        int even = (head.length - 2) & ~1;
        return new String(head, 2, even, charset).getBytes(StandardCharsets.UTF_8);
    }

    /** The UTF-8 bytes of a stream whose first bytes ({@code head}) start with a UTF-16 byte-order mark. */
    public static InputStream asUtf8(byte[] head, InputStream rest, Charset charset) {
        Reader reader = new InputStreamReader(new SequenceInputStream(
                new ByteArrayInputStream(head, 2, head.length - 2), rest), charset);
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new InputStream() {
            private final CharBuffer chars = CharBuffer.allocate(8192).flip();
            private final ByteBuffer bytes = ByteBuffer.allocate(3 * 8192 + 8).flip();
            private boolean eof;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                while (!bytes.hasRemaining()) {
                    if (eof && !chars.hasRemaining()) {
                        return -1;
                    }
                    fill();
                }
                int n = Math.min(length, bytes.remaining());
                bytes.get(buffer, offset, n);
                return n;
            }

            private void fill() throws IOException {
                chars.compact();
                int read = reader.read(chars);
                chars.flip();
                if (read < 0) {
                    eof = true;
                }
                bytes.clear();
                encoder.encode(chars, bytes, eof);
                bytes.flip();
            }

            @Override
            public void close() throws IOException {
                reader.close();
            }
        };
    }
}
