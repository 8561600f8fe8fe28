package org.comptoir.post;

import java.util.Locale;

/** What the author of a post wants from the brand. */
public enum Intent {
    COMPLAINT, QUESTION, PRAISE, PURCHASE_INTENT, CHURN_RISK, OTHER;

    /** The lower-case label used in the API, the CLI, the index and training files. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Intent fromLabel(String label) {
        return valueOf(label.strip().toUpperCase(Locale.ROOT));
    }
}
