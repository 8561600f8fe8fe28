package org.comptoir.inbox;

import java.util.Arrays;
import java.util.Locale;

/** How soon a conversation needs an answer. */
public enum Priority {
    LOW, NORMAL, HIGH, URGENT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The priority labelled {@code label} (case-insensitive); {@link IllegalArgumentException} names the choices. */
    public static Priority fromLabel(String label) {
        String wanted = label == null ? "" : label.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown priority '" + label
                        + "' (expected low, normal, high or urgent)"));
    }
}
