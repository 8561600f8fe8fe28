package org.comptoir.post;

import java.util.Locale;

/** Polarity of a post. */
public enum Sentiment {
    NEGATIVE, NEUTRAL, POSITIVE;

    /** The lower-case label used in the API, the CLI, the index and training files. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Sentiment fromLabel(String label) {
        return valueOf(label.strip().toUpperCase(Locale.ROOT));
    }
}
