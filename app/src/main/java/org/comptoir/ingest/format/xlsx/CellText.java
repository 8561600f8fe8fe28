package org.comptoir.ingest.format.xlsx;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Cell values as the importer wants them, whatever the sheet's display format: date cells as ISO-8601 in UTC
 * ({@code 2026-03-01T10:15:00Z}, Excel stores no zone), whole numbers in full ({@code 1204}), and numbers too
 * large for a double to hold exactly in scientific notation ({@code 8.924123456789012E17}), so a tweet id that
 * Excel stored as a number is recognised as damaged rather than silently rounded.
 */
final class CellText extends DataFormatter {
    private static final double EXACT_LIMIT = 1e15;

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
        if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            return DateUtil.getLocalDateTime(value, use1904Windowing, true).atOffset(ZoneOffset.UTC).toInstant().toString();
        }
        if (value == Math.rint(value) && Math.abs(value) < EXACT_LIMIT) {
            return Long.toString((long) value);
        }
        if (value == Math.rint(value)) {
            return Double.toString(value);
        }
        return BigDecimal.valueOf(value).toPlainString();
    }
}
