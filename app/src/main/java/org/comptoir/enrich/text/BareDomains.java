package org.comptoir.enrich.text;

import java.util.Locale;
import java.util.Set;

/**
 * Recognises a web address written without a scheme ({@code mobile.example}, {@code fournil-dupain.fr/menu}):
 * labels of letters, digits and hyphens joined by dots, the last one a common top-level domain, then an
 * optional path. Such an address is a link, never evidence: its words ({@code example}) say nothing.
 * Only well-known top-level domains count, so that a missing space after a full stop ({@code super.merci})
 * stays two words.
 */
public final class BareDomains {
    private static final Set<String> TOP_LEVEL = Set.of("example", "com", "fr", "net", "org", "io", "co", "uk", "de", "eu",
            "be", "ch", "it", "es", "ca", "app", "dev", "info", "social", "online", "shop", "store", "ly");

    private BareDomains() {
    }

    /** The index after the address starting at {@code from}, or {@code from} when none starts there. */
    public static int end(CharSequence s, int from, int limit) {
        if (from > 0 && isLabelChar(s.charAt(from - 1))) {
            return from;
        }
        int i = from;
        int labels = 0;
        int lastLabelStart = from;
        while (true) {
            int start = i;
            while (i < limit && isLabelChar(s.charAt(i))) {
                i++;
            }
            if (i == start) {
                return from;
            }
            labels++;
            lastLabelStart = start;
            if (i + 1 < limit && s.charAt(i) == '.' && isLabelChar(s.charAt(i + 1))) {
                i++;
                continue;
            }
            break;
        }
        if (labels < 2 || !TOP_LEVEL.contains(s.subSequence(lastLabelStart, i).toString().toLowerCase(Locale.ROOT))) {
            return from;
        }
        if (i < limit && s.charAt(i) == '/') {
            while (i < limit && !Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
        return i;
    }

    private static boolean isLabelChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '-');
    }
}
