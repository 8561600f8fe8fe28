package org.comptoir.ingest.format;

import org.comptoir.ingest.InvalidRecordException;
import org.comptoir.post.Network;
import org.comptoir.post.Post;

/** Small checks and normalisations shared by all formats. */
public final class Texts {
    private Texts() {
    }

    /** @throws InvalidRecordException when the text is longer than {@link Post#MAX_TEXT_LENGTH} */
    public static String checkLength(String text, String field) {
        if (text != null && text.length() > Post.MAX_TEXT_LENGTH) {
            throw new InvalidRecordException("field '" + field + "' is " + text.length()
                    + " characters long, more than the limit of " + Post.MAX_TEXT_LENGTH);
        }
        return text;
    }

    /** Prefixes an id with {@code <network>:} unless it already starts with it ({@code 1099} → {@code mastodon:1099}). */
    public static String prefixed(Network network, String id) {
        if (id == null) {
            return null;
        }
        String trimmed = id.strip();
        String prefix = network.name() + ":";
        return trimmed.startsWith(prefix) ? trimmed : prefix + trimmed;
    }

    /** Null for null or blank, else the stripped value. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A short, printable preview of a value for a rejection reason. */
    public static String preview(String value) {
        String oneLine = value.replace("\n", "\\n").replace("\r", "\\r");
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
    }
}
