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
 * a header equal (case-insensitive, trimmed) to a documented field name is that field; otherwise, when the
 * header has a known {@link ExportShape}, that shape's column; other columns are unknown and only kept in
 * {@link org.comptoir.post.Post#raw()}.
 */
final class CsvColumns {
    private final List<String> names;
    private final ExportShape shape;
    private final String defaultNetwork;
    private final Map<String, Integer> indexByField = new HashMap<>();
    private final Map<String, Integer> addedByField = new HashMap<>();
    private final Map<String, List<Integer>> fallbacksByField = new HashMap<>();

    private CsvColumns(List<String> names, ExportShape shape, String defaultNetwork) {
        this.names = names;
        this.shape = shape;
        this.defaultNetwork = defaultNetwork;
    }

    /** @throws InvalidRecordException when a mapping names no column or a required field has no column */
    static CsvColumns of(List<String> header, ImportOptions options) {
        CsvColumns columns = new CsvColumns(header, ExportShape.recognise(header).orElse(null), options.network());
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
        if (columns.shape != null) {
            columns.shape.proposals(header).forEach((column, field) -> {
                int index = columns.find(column);
                if (!columns.indexByField.containsKey(field) && !columns.isMapped(index)) {
                    columns.indexByField.put(field, index);
                }
            });
            for (String field : ImportOptions.CSV_FIELDS) {
                Integer primary = columns.indexByField.get(field);
                List<Integer> fallbacks = columns.shape.candidates(header, field).stream().map(columns::find)
                        .filter(index -> primary != null && index != primary.intValue() && !columns.isMapped(index)).toList();
                if (!fallbacks.isEmpty()) {
                    columns.fallbacksByField.put(field, fallbacks);
                }
            }
            for (String field : List.of("reposts")) {
                String added = columns.shape.addedColumn(header, field);
                if (added != null && columns.indexByField.containsKey(field) && !columns.isMapped(columns.find(added))) {
                    columns.addedByField.put(field, columns.find(added));
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (String field : List.of("id", "network", "text", "created_at")) {
            if (!columns.indexByField.containsKey(field) && !columns.suppliedElsewhere(field)) {
                missing.add(field);
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidRecordException("the CSV header has no column for required field(s) "
                    + String.join(", ", missing) + " (columns: " + String.join(", ", header)
                    + "); name them so or map them with --map Column=field"
                    + (missing.contains("network") ? ", or give the network of the whole file with --network x" : ""));
        }
        return columns;
    }

    /** Whether a required field without a column still gets a value: --network, the shape's network, the URL as id. */
    private boolean suppliedElsewhere(String field) {
        return switch (field) {
            case "network" -> defaultNetwork != null || shape != null && shape.providesNetwork();
            case "id" -> shape != null && shape.idFromUrl() && indexByField.containsKey("url");
            default -> false;
        };
    }

    /** The recognised export shape, or null for Comptoir's own columns or an unknown header. */
    ExportShape shape() {
        return shape;
    }

    /** The {@code --network} given, or null. */
    String defaultNetwork() {
        return defaultNetwork;
    }

    /** Columns read, in order, when a field's own cell is empty ({@code Opening Text} after {@code Hit Sentence}). */
    List<Integer> fallbacksOf(String field) {
        return fallbacksByField.getOrDefault(field, List.of());
    }

    /** The column whose count is added to a field's, or -1. */
    int addedIndexOf(String field) {
        Integer index = addedByField.get(field);
        return index == null ? -1 : index;
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
