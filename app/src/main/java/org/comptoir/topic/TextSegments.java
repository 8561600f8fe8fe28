package org.comptoir.topic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A text cut into plain and matched pieces, so a page can render the matched words as
 * {@code <mark>} while every piece stays escaped text (never markup built from a post).
 */
public final class TextSegments {
    private TextSegments() {
    }

    /** One piece of the text; {@code match} when a query matched it. */
    public record Segment(String text, boolean match) {
    }

    /** A matched range of the text, in UTF-16 offsets, end exclusive. */
    public record Span(int start, int end) {
    }

    /**
     * Cuts {@code text} at the spans: overlapping or touching spans merge, spans outside the text are
     * clipped or dropped, and no cut falls inside a surrogate pair. Concatenating the segments gives the text back.
     */
    public static List<Segment> split(String text, List<Span> spans) {
        List<Segment> segments = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return segments;
        }
        List<Span> sorted = spans.stream()
                .map(s -> new Span(safe(text, Math.max(0, s.start())), safe(text, Math.min(text.length(), s.end()))))
                .filter(s -> s.start() < s.end())
                .sorted(Comparator.comparingInt(Span::start)).toList();
        int at = 0;
        int i = 0;
        while (i < sorted.size()) {
            int start = Math.max(at, sorted.get(i).start());
            int end = sorted.get(i).end();
            while (++i < sorted.size() && sorted.get(i).start() <= end) {
                end = Math.max(end, sorted.get(i).end());
            }
            if (end <= start) {
                continue;
            }
            if (start > at) {
                segments.add(new Segment(text.substring(at, start), false));
            }
            segments.add(new Segment(text.substring(start, end), true));
            at = end;
        }
        if (at < text.length()) {
            segments.add(new Segment(text.substring(at), false));
        }
        return segments;
    }

    /** Moves an offset that falls between the two halves of a surrogate pair to the pair's start. */
    private static int safe(String text, int offset) {
        if (offset > 0 && offset < text.length() && Character.isLowSurrogate(text.charAt(offset))
                && Character.isHighSurrogate(text.charAt(offset - 1))) {
            return offset - 1;
        }
        return offset;
    }
}
