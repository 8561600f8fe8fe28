package org.comptoir.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Reads the {@code from}/{@code to} request parameters: a date (2026-03-01, UTC) or an ISO-8601 instant. */
public final class TimeParams {
    private TimeParams() {
    }

    public static Instant parse(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            String text = value.strip();
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + ": cannot read '" + value
                    + "' as a date (2026-03-01) or an ISO-8601 instant (2026-03-01T10:15:00Z)");
        }
    }
}
