package org.comptoir.ingest.format.csv;

import java.util.List;
import org.comptoir.ingest.ImportOptions;
import org.comptoir.ingest.InvalidRecordException;
import org.comptoir.ingest.format.Located;
import org.comptoir.post.Post;

/**
 * Maps rows of a table with a header row — a CSV file or a spreadsheet — to posts, with the same column rules
 * ({@code --map}, Comptoir's names, known {@link ExportShape}s, {@code --network}) whatever the file type.
 */
public final class TableMapper {
    /** How many rows may come before the header of a known shape (the report lines of a Brandwatch export). */
    public static final int MAX_PREAMBLE_ROWS = 20;

    private final CsvRecordMapper mapper;
    private final CsvColumns columns;

    private TableMapper(CsvColumns columns, char delimiter) {
        this.columns = columns;
        this.mapper = new CsvRecordMapper(columns, delimiter);
    }

    /**
     * @param delimiter the CSV delimiter, for reasons; {@code 0} for a spreadsheet
     * @throws InvalidRecordException when a mapping names no column or a required field has no column
     */
    public static TableMapper of(List<String> header, ImportOptions options, char delimiter) {
        return new TableMapper(CsvColumns.of(header.stream().map(String::strip).toList(),
                options == null ? ImportOptions.defaults() : options), delimiter);
    }

    /**
     * Whether the first row can be the header: it has a known shape, Comptoir's own columns, or every column a
     * {@code --map} names. Otherwise a later row of a known shape may be (see {@link #isLaterHeader}).
     */
    public static boolean firstRowIsHeader(List<String> firstRow, ImportOptions options) {
        java.util.Set<String> mapped = options == null ? java.util.Set.of() : options.columnMap().keySet();
        return ExportShape.recognise(firstRow).isPresent() || hasComptoirColumns(firstRow)
                || !mapped.isEmpty() && containsAll(firstRow, mapped);
    }

    /** Whether a later row is the header: the first row is not, and this one has a known shape (and the mapped columns). */
    public static boolean isLaterHeader(List<String> firstRow, List<String> row, ImportOptions options) {
        java.util.Set<String> mapped = options == null ? java.util.Set.of() : options.columnMap().keySet();
        return !firstRowIsHeader(firstRow, options) && ExportShape.recognise(row).isPresent() && containsAll(row, mapped);
    }

    private static boolean containsAll(List<String> row, java.util.Set<String> columns) {
        java.util.Set<String> names = new java.util.HashSet<>();
        row.forEach(name -> names.add(ExportShape.normalise(name)));
        return columns.stream().allMatch(column -> names.contains(ExportShape.normalise(column)));
    }

    private static boolean hasComptoirColumns(List<String> header) {
        return header.stream().map(h -> h.strip().toLowerCase(java.util.Locale.ROOT))
                .filter(h -> h.equals("id") || h.equals("text") || h.equals("created_at")).count() == 3;
    }

    /** @throws InvalidRecordException with the reason the row is quarantined */
    public Post map(List<String> values, Located where) {
        return mapper.map(values, where);
    }

    /** The header name of a column, for reasons ({@code #7} past the header's width). */
    public String columnName(int index) {
        return mapper.columnName(index);
    }

    /** How many columns the header has. */
    public int width() {
        return columns.size();
    }

    /** The recognised export ({@code twarc2 CSV}), or null for Comptoir's own columns or a mapped header. */
    public String shapeLabel() {
        return columns.shape() == null ? null : columns.shape().label();
    }
}
