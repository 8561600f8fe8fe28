package org.comptoir.ingest.format;

/** Tells whether a line looks like a CSV header and which delimiter it uses ({@code ;}, tab or {@code ,}). */
public final class CsvHeaderShape {
    private static final char[] DELIMITERS = {';', '\t', ','};

    private CsvHeaderShape() {
    }

    /** The delimiter occurring most often outside quotes ({@code ;} wins ties, then tab); {@code ,} when none. */
    public static char delimiter(String line) {
        char best = ',';
        int bestCount = 0;
        for (char d : DELIMITERS) {
            int count = countOutsideQuotes(line, d);
            if (count > bestCount) {
                best = d;
                bestCount = count;
            }
        }
        return best;
    }

    /** At least two non-blank names of at most 100 characters, at least one containing a letter. */
    public static boolean looksLikeHeader(String line) {
        char d = delimiter(line);
        if (countOutsideQuotes(line, d) == 0) {
            return false;
        }
        boolean letter = false;
        for (String cell : line.split(d == '\t' ? "\t" : String.valueOf(d), -1)) {
            String name = cell.strip().replace("\"", "");
            if (name.isEmpty() || name.length() > 100) {
                return false;
            }
            letter |= name.chars().anyMatch(Character::isLetter);
        }
        return letter;
    }

    private static int countOutsideQuotes(String line, char d) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == d && !quoted) {
                count++;
            }
        }
        return count;
    }
}
