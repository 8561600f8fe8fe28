package org.comptoir.inbox;

import java.util.Arrays;
import java.util.Locale;

/** Where a conversation stands: waiting on us (open), on them (pending), put aside until a date (snoozed), or done. */
public enum ConversationStatus {
    OPEN, PENDING, SNOOZED, RESOLVED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status labelled {@code label} (case-insensitive); {@link IllegalArgumentException} names the choices. */
    public static ConversationStatus fromLabel(String label) {
        String wanted = label == null ? "" : label.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown status '" + label
                        + "' (expected open, pending, snoozed or resolved)"));
    }
}
