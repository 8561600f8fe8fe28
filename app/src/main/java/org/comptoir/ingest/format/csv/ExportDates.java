package org.comptoir.ingest.format.csv;

import java.time.Instant;
import org.comptoir.ingest.format.Dates;

/**
 * Dates of CSV exports: what {@link Dates#parse} accepts, plus, for a Talkwalker export only, the Unix epoch
 * milliseconds its {@code published} column holds (13 digits). Any other number stays a rejected date.
 */
final class ExportDates {
    private ExportDates() {
    }

    static Instant parse(String value, String column, ExportShape shape) {
        String v = value.strip();
        if (shape == ExportShape.TALKWALKER && v.matches("\\d{13}")) {
            return Instant.ofEpochMilli(Long.parseLong(v));
        }
        return Dates.parse(v, column);
    }
}
