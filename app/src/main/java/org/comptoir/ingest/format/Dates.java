package org.comptoir.ingest.format;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.comptoir.ingest.InvalidRecordException;

/**
 * Parses publication dates. Accepted: ISO-8601 instants and offsets with optional fractional seconds
 * ({@code 2026-03-01T10:15:00Z}, {@code 2026-03-01T11:15:00.123+01:00}, {@code +0100}); a space instead of
 * {@code T} (then also a space before the offset, {@code 2013-07-19 14:03:12 +0000}); date-times without offset and plain dates, both taken as UTC. Feeds also accept RFC 1123
 * ({@code Sun, 01 Mar 2026 10:15:00 GMT}). Anything else is rejected with the value quoted.
 */
public final class Dates {
    private static final Pattern SPACE_SEPARATED = Pattern.compile("^\\d{4}-\\d{2}-\\d{2} \\d.*");
    private static final Pattern SPACE_BEFORE_OFFSET = Pattern.compile("(T[\\d:.]+) ([+-]\\d{2}:?\\d{2})$");
    private static final Pattern COLON_OFFSET = Pattern.compile("T.*[+-]\\d{2}:\\d{2}$");
    private static final Pattern COMPACT_OFFSET_SUFFIX = Pattern.compile("T.*\\d[+-]\\d{4}$");
    private static final Pattern HOUR_OFFSET_SUFFIX = Pattern.compile("T.*:\\d{2}(\\.\\d+)?[+-]\\d{2}$");
    private static final DateTimeFormatter COMPACT_OFFSET = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME).appendOffset("+HHmm", "Z").toFormatter(Locale.ROOT);
    private static final DateTimeFormatter HOUR_OFFSET = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME).appendOffset("+HH", "Z").toFormatter(Locale.ROOT);

    private Dates() {
    }

    /** @throws InvalidRecordException naming the field and quoting the value */
    public static Instant parse(String value, String field) {
        Instant instant = parseIso(value);
        if (instant == null) {
            throw new InvalidRecordException("field '" + field + "' is not an ISO-8601 date-time "
                    + "(such as 2026-03-01T10:15:00Z): '" + Texts.preview(value) + "'");
        }
        return instant;
    }

    /** Like {@link #parse} but also accepts RFC 1123 dates, as used by RSS. */
    public static Instant parseFeedDate(String value, String field) {
        Instant instant = parseIso(value);
        if (instant == null) {
            instant = parseRfc1123(value);
        }
        if (instant == null) {
            throw new InvalidRecordException("field '" + field + "' is neither an RFC 1123 nor an ISO-8601 date: '"
                    + Texts.preview(value) + "'");
        }
        return instant;
    }

    static Instant parseIso(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        if (SPACE_SEPARATED.matcher(v).matches()) {
            v = v.substring(0, 10) + 'T' + v.substring(11);
            v = SPACE_BEFORE_OFFSET.matcher(v).replaceFirst("$1$2"); // Twitter archive: 2013-07-19 14:03:12 +0000
        }
        try {
            if (v.indexOf('T') < 0) {
                return LocalDate.parse(v, DateTimeFormatter.ISO_LOCAL_DATE).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            DateTimeFormatter offset = offsetFormatter(v);
            return offset == null
                    ? LocalDateTime.parse(v, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toInstant(ZoneOffset.UTC)
                    : OffsetDateTime.parse(v, offset).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Picks the parser from the shape of the suffix, so a valid date is parsed once, without exceptions. */
    private static DateTimeFormatter offsetFormatter(String v) {
        if (v.endsWith("Z") || v.endsWith("z") || COLON_OFFSET.matcher(v).find()) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        }
        if (COMPACT_OFFSET_SUFFIX.matcher(v).find()) {
            return COMPACT_OFFSET;
        }
        return HOUR_OFFSET_SUFFIX.matcher(v).find() ? HOUR_OFFSET : null;
    }

    private static Instant parseRfc1123(String value) {
        try {
            return OffsetDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
