package org.comptoir.csv;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Writing CSV cells (RFC 4180) that a spreadsheet opens safely: one rule for every CSV Comptoir writes
 * (posts, analytics rows, the audit log, quarantine, topic files). A text starting like a formula
 * ({@code = + - @}, tab, carriage return) gets a leading {@code '}, so opening the file never runs one.
 */
public final class CsvCells {
    private static final String FORMULA_START = "=+-@\t\r";

    private CsvCells() {
    }

    /** The text, with a leading {@code '} when it starts like a formula. */
    public static String defused(String text) {
        return !text.isEmpty() && FORMULA_START.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** The text {@link #defused} wrote back, without its protective {@code '} (reading a file Comptoir wrote). */
    public static String undefused(String text) {
        return text.length() > 1 && text.charAt(0) == '\'' && FORMULA_START.indexOf(text.charAt(1)) >= 0 ? text.substring(1) : text;
    }

    /** The text between double quotes, inner quotes doubled. */
    public static String quoted(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    /**
     * A value as a cell: null is empty, a collection is joined with {@code |}, a number is written as it is,
     * any other text is {@linkplain #defused defused} and quoted when it holds a comma, a quote or a line break
     * (or starts with the protective {@code '}).
     */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number) {
            return value.toString();
        }
        String text = defused(value instanceof Collection<?> list
                ? list.stream().map(String::valueOf).collect(Collectors.joining("|")) : String.valueOf(value));
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0
                || text.startsWith("'");
        return quote ? quoted(text) : text;
    }
}
