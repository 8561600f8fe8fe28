package org.comptoir.ingest.format.csv;

import java.util.regex.Pattern;
import org.comptoir.ingest.InvalidRecordException;
import org.comptoir.ingest.format.Texts;

/**
 * Refuses ids that a spreadsheet turned into floating-point numbers ({@code 8.924e17}, {@code 8.92E+17},
 * {@code 892412345678901000.0}): a double keeps about 15 significant digits, so an 18- or 19-digit tweet id
 * has lost its last digits and any id rebuilt from it would name another post, or none.
 */
final class SpreadsheetIds {
    private static final Pattern FLOAT = Pattern.compile("[+-]?\\d+(?:[.,]\\d+)?[eE][+-]?\\d+|[+-]?\\d{12,}[.,]\\d+");

    private SpreadsheetIds() {
    }

    /** The value unchanged, or null for null. @throws InvalidRecordException for a float-formatted id */
    static String check(String value, String column) {
        if (value != null && FLOAT.matcher(value.strip()).matches()) {
            throw new InvalidRecordException("column '" + column + "' holds '" + Texts.preview(value.strip())
                    + "', an id a spreadsheet turned into a floating-point number: its last digits are lost, so no id "
                    + "is invented from it; export the column as text (or re-export from the source) and import again");
        }
        return value;
    }
}
