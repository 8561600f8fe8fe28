package org.comptoir.ingest.format.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.comptoir.ingest.ImportOptions;
import org.comptoir.ingest.InvalidRecordException;

/**
 * Which column of a CSV file holds which Comptoir field. A {@code --map Column=field} mapping wins; otherwise
 * a header equal (case-insensitive, trimmed) to a documented field name is that field; other columns are
 * unknown and only kept in {@link org.comptoir.post.Post#raw()}.
 */
final class CsvColumns {
    private static final List<String> REQUIRED = List.of("id", "network", "text", "created_at");

    private final List<String> names;
    private final Map<String, Integer> indexByField = new HashMap<>();

    private CsvColumns(List<String> names) {
        this.names = names;
    }

    /** @throws InvalidRecordException when a mapping names no column or a required field has no column */
    static CsvColumns of(List<String> header, ImportOptions options) {
        CsvColumns columns = new CsvColumns(header);
        for (Map.Entry<String, String> mapping : options.columnMap().entrySet()) {
            int index = columns.find(mapping.getKey());
            if (index < 0) {
                throw new InvalidRecordException("--map " + mapping.getKey() + "=" + mapping.getValue()
                        + ": the header has no column '" + mapping.getKey() + "' (columns: " + String.join(", ", header) + ")");
            }
            columns.indexByField.put(mapping.getValue(), index);
        }
        for (int i = 0; i < header.size(); i++) {
            String natural = header.get(i).strip().toLowerCase(Locale.ROOT);
            if (ImportOptions.CSV_FIELDS.contains(natural) && !columns.indexByField.containsKey(natural)
                    && !columns.isMapped(i)) {
                columns.indexByField.put(natural, i);
            }
        }
        List<String> missing = new ArrayList<>();
        for (String field : REQUIRED) {
            if (!columns.indexByField.containsKey(field)) {
                missing.add(field);
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidRecordException("the CSV header has no column for required field(s) "
                    + String.join(", ", missing) + " (columns: " + String.join(", ", header)
                    + "); name them so or map them with --map Column=field");
        }
        return columns;
    }

    int size() {
        return names.size();
    }

    String name(int index) {
        return names.get(index);
    }

    /** The column holding a field, or -1. */
    int indexOf(String field) {
        Integer index = indexByField.get(field);
        return index == null ? -1 : index;
    }

    /** The header name of the column holding a field, for reasons. */
    String columnOf(String field) {
        int index = indexOf(field);
        return index < 0 ? field : names.get(index);
    }

    private boolean isMapped(int index) {
        return indexByField.containsValue(index);
    }

    private int find(String column) {
        int index = names.indexOf(column);
        if (index >= 0) {
            return index;
        }
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).strip().equalsIgnoreCase(column.strip())) {
                return i;
            }
        }
        return -1;
    }
}
