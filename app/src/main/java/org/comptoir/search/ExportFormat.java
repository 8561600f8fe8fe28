package org.comptoir.search;

import java.util.Locale;

/** How posts are exported: CSV ({@link PostCsv}) or JSON lines in the native schema. */
public enum ExportFormat {
    CSV, JSONL;

    public static ExportFormat fromLabel(String label) {
        try {
            return valueOf(label.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown format '" + label + "': use csv or jsonl");
        }
    }
}
