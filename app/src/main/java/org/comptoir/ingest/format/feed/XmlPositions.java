package org.comptoir.ingest.format.feed;

import java.util.Arrays;
import org.comptoir.ingest.format.Located;
import org.jdom2.Element;
import org.jdom2.located.LocatedElement;

/**
 * Finds where an element starts in the feed's bytes: the SAX locator gives the line and column of the end of
 * its start tag; from there we walk back to the {@code <} of the tag to get its line and byte offset.
 */
final class XmlPositions {
    private final byte[] bytes;
    private final int[] lineStarts;

    XmlPositions(byte[] bytes) {
        this.bytes = bytes;
        int[] starts = new int[64];
        int count = 1;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    Located locate(Element element, byte[] raw) {
        if (!(element instanceof LocatedElement located) || located.getLine() < 1 || located.getLine() > lineStarts.length) {
            return new Located(0, 0, raw);
        }
        int position = advanceChars(lineStarts[located.getLine() - 1], located.getColumn() - 1);
        byte[] tag = ("<" + element.getQualifiedName()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (int p = Math.min(position, bytes.length - tag.length); p >= 0; p--) {
            if (startsWith(p, tag)) {
                return new Located(lineOf(p), p, raw);
            }
        }
        return new Located(located.getLine(), lineStarts[located.getLine() - 1], raw);
    }

    /** Moves forward {@code chars} UTF-8 characters from a byte position. */
    private int advanceChars(int from, int chars) {
        int p = from;
        int seen = 0;
        while (p < bytes.length && seen < chars) {
            p++;
            while (p < bytes.length && (bytes[p] & 0xC0) == 0x80) {
                p++;
            }
            seen++;
        }
        return p;
    }

    private boolean startsWith(int p, byte[] tag) {
        for (int k = 0; k < tag.length; k++) {
            if (bytes[p + k] != tag[k]) {
                return false;
            }
        }
        int after = p + tag.length;
        return after < bytes.length && (bytes[after] == '>' || bytes[after] == '/' || Character.isWhitespace(bytes[after]));
    }

    private long lineOf(int position) {
        int index = Arrays.binarySearch(lineStarts, position);
        return index >= 0 ? index + 1 : -index - 1;
    }
}
