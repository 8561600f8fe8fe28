package org.comptoir.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Options of an import.
 *
 * @param columnMap CSV/XLSX only: header column name of the file → Comptoir field name ({@code --map Message=text}).
 *                  Targets must be among {@link #CSV_FIELDS}.
 * @param network   CSV/XLSX only: the network of records whose file has no network column, or whose network cell
 *                  is empty ({@code --network x}); null when not given
 */
public record ImportOptions(Map<String, String> columnMap, String network) {

    /** The documented CSV column names, which are also the valid targets of {@code --map}. */
    public static final List<String> CSV_FIELDS = List.of("id", "network", "url", "author_id", "author_handle",
            "author_name", "author_followers", "text", "title", "lang", "created_at", "in_reply_to",
            "likes", "reposts", "replies");

    /** @throws IllegalArgumentException when a target is not a documented field, naming the valid ones */
    public ImportOptions {
        Map<String, String> copy = new LinkedHashMap<>();
        if (columnMap != null) {
            columnMap.forEach((column, field) -> {
                String target = field == null ? "" : field.strip();
                if (!CSV_FIELDS.contains(target)) {
                    throw new IllegalArgumentException("--map " + column + "=" + field + ": '" + field
                            + "' is not a Comptoir field; expected one of " + String.join(", ", CSV_FIELDS));
                }
                copy.put(column.strip(), target);
            });
        }
        columnMap = java.util.Collections.unmodifiableMap(copy);
        network = network == null || network.isBlank() ? null : network.strip();
    }

    /** Options without a default network. */
    public ImportOptions(Map<String, String> columnMap) {
        this(columnMap, null);
    }

    /** These options with {@code --network}: null or blank for none. */
    public ImportOptions withNetwork(String defaultNetwork) {
        return new ImportOptions(columnMap, defaultNetwork);
    }

    /** Reads {@code column=field} mappings ({@code --map Message=text}); a malformed one is an {@link IllegalArgumentException}. */
    public static ImportOptions fromMappings(List<String> mappings) {
        Map<String, String> columnMap = new java.util.LinkedHashMap<>();
        for (String mapping : mappings == null ? List.<String>of() : mappings) {
            int eq = mapping.lastIndexOf('='); // a field name holds no '=', a column name may
            if (eq <= 0 || eq == mapping.length() - 1) {
                throw new IllegalArgumentException("invalid map '" + mapping + "': expected column=field, e.g. Message=text");
            }
            columnMap.put(mapping.substring(0, eq), mapping.substring(eq + 1));
        }
        return new ImportOptions(columnMap);
    }

    public static ImportOptions defaults() {
        return new ImportOptions(Map.of());
    }
}
