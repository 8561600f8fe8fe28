package org.comptoir.ingest.format;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.comptoir.ingest.InvalidRecordException;

/** Decodes UTF-8 strictly: malformed or truncated sequences are reported with their byte position. */
public final class StrictUtf8 {
    private StrictUtf8() {
    }

    /** @throws InvalidRecordException saying where the first invalid byte is, {@code what} naming the record part */
    public static String decode(byte[] bytes, int from, int length, String what) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, length);
        CharBuffer out = CharBuffer.allocate(length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position() - from;
            throw new InvalidRecordException(String.format("invalid UTF-8 byte 0x%02X at byte %d of %s",
                    bytes[from + at] & 0xFF, at, what));
        }
        out.flip();
        return out.toString();
    }

    public static String decode(byte[] bytes, String what) {
        return decode(bytes, 0, bytes.length, what);
    }
}
