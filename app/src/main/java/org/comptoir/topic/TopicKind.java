package org.comptoir.topic;

import java.util.Arrays;
import java.util.Locale;

/** What a topic follows; the dashboard's share of voice compares brands with competitors. */
public enum TopicKind {
    BRAND, COMPETITOR, CAMPAIGN, OTHER;

    /** The lower-case name used in the API, files and SQL. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind labelled {@code label} (case-insensitive); {@link IllegalArgumentException} names the choices. */
    public static TopicKind fromLabel(String label) {
        String wanted = label == null ? "" : label.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown topic kind '" + label
                        + "' (expected brand, competitor, campaign or other)"));
    }
}
