package org.comptoir.topic;

import org.comptoir.csv.CsvCells;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.comptoir.query.QuerySyntaxException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Topics as a file, to copy them between workspaces or from another tool: JSON (an array of
 * {@code {"name","kind","query"}}, {@code engage} optional) or CSV with a header naming the columns
 * {@code name}, {@code query} and optionally {@code kind}, {@code engage} ({@code ,} or {@code ;}).
 * CSV cells that would start like a spreadsheet formula are written with a leading {@code '}, which
 * reading removes again.
 */
public final class TopicFile {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TopicFile() {
    }

    public enum Format { JSON, CSV }

    /** An entry of the file that cannot be imported: where (CSV line or JSON entry, from 1) and why. */
    public record Problem(int line, String message) {
    }

    /** The valid drafts of a file and the problems of the others. */
    public record Read(List<TopicDraft> drafts, List<Problem> problems) {
    }

    public static String write(List<Topic> topics, Format format) {
        if (format == Format.JSON) {
            List<Map<String, Object>> entries = new ArrayList<>();
            for (Topic topic : topics) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("name", topic.name());
                entry.put("kind", topic.kind().label());
                entry.put("query", topic.query());
                entry.put("engage", topic.engage());
                entries.add(entry);
            }
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(entries) + "\n";
        }
        StringBuilder csv = new StringBuilder("name,kind,query,engage\r\n");
        for (Topic topic : topics) {
            csv.append(cell(topic.name())).append(',').append(topic.kind().label()).append(',')
                    .append(cell(topic.query())).append(',').append(topic.engage()).append("\r\n");
        }
        return csv.toString();
    }

    /** Reads a file; JSON when its name ends in .json or its content starts with [ or {, else CSV. */
    public static Read read(String filename, String content) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        String start = text.stripLeading();
        boolean json = filename != null && filename.toLowerCase(Locale.ROOT).endsWith(".json")
                || start.startsWith("[") || start.startsWith("{");
        List<Problem> problems = new ArrayList<>();
        List<Map.Entry<Integer, Map<String, String>>> rows = json ? jsonRows(text, problems) : csvRows(text, problems);
        List<TopicDraft> drafts = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Map.Entry<Integer, Map<String, String>> row : rows) {
            int line = row.getKey();
            Map<String, String> values = row.getValue();
            String name = values.getOrDefault("name", "").strip();
            String query = values.getOrDefault("query", "");
            try {
                TopicCatalog.check(name, query);
                String kind = values.getOrDefault("kind", "");
                String engage = values.getOrDefault("engage", "").strip().toLowerCase(Locale.ROOT);
                TopicDraft draft = new TopicDraft(name, query, null, kind.isBlank() ? null : TopicKind.fromLabel(kind),
                        engage.isEmpty() ? null : engage.equals("true") || engage.equals("yes") || engage.equals("1"));
                if (!names.add(name)) {
                    throw new IllegalArgumentException("topic '" + name + "' appears twice in the file");
                }
                drafts.add(draft);
            } catch (QuerySyntaxException e) {
                problems.add(new Problem(line, "'" + name + "': " + e.getMessage()));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(line, e.getMessage()));
            }
        }
        return new Read(drafts, problems);
    }

    private static List<Map.Entry<Integer, Map<String, String>>> jsonRows(String text, List<Problem> problems) {
        List<Map.Entry<Integer, Map<String, String>>> rows = new ArrayList<>();
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            problems.add(new Problem(1, "not valid JSON: " + e.getOriginalMessage()));
            return rows;
        }
        JsonNode entries = root.isObject() && root.has("topics") ? root.get("topics") : root;
        if (!entries.isArray()) {
            problems.add(new Problem(1, "expected an array of topics"));
            return rows;
        }
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            Map<String, String> values = new LinkedHashMap<>();
            for (String field : List.of("name", "kind", "query", "engage")) {
                JsonNode value = entry.get(field);
                if (value != null && !value.isNull()) {
                    values.put(field, value.asString());
                }
            }
            rows.add(Map.entry(i + 1, values));
        }
        return rows;
    }

    private static List<Map.Entry<Integer, Map<String, String>>> csvRows(String text, List<Problem> problems) {
        List<Map.Entry<Integer, Map<String, String>>> rows = new ArrayList<>();
        List<Map.Entry<Integer, List<String>>> records = Csv.parse(text, delimiter(text));
        if (records.isEmpty()) {
            problems.add(new Problem(1, "the file is empty"));
            return rows;
        }
        List<String> header = records.get(0).getValue().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        if (!header.contains("name") || !header.contains("query")) {
            problems.add(new Problem(1, "the first line must name the columns: name, kind, query"));
            return rows;
        }
        for (Map.Entry<Integer, List<String>> record : records.subList(1, records.size())) {
            List<String> cells = record.getValue();
            if (cells.size() == 1 && cells.get(0).isBlank()) {
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < header.size() && i < cells.size(); i++) {
                values.put(header.get(i), unformula(cells.get(i)));
            }
            rows.add(Map.entry(record.getKey(), values));
        }
        return rows;
    }

    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        return first.indexOf(';') >= 0 && first.indexOf(',') < 0 ? ';' : ',';
    }

    private static String cell(String value) {
        String safe = CsvCells.defused(value);
        boolean quote = safe.indexOf(',') >= 0 || safe.indexOf(';') >= 0 || safe.indexOf('"') >= 0
                || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0;
        return quote ? CsvCells.quoted(safe) : safe;
    }

    private static String unformula(String value) {
        return CsvCells.undefused(value);
    }

    /** RFC 4180 records: quoted cells may hold the delimiter, quotes (doubled) and line breaks. */
    static final class Csv {
        private Csv() {
        }

        /** Each record with the line it starts on (from 1). */
        static List<Map.Entry<Integer, List<String>>> parse(String text, char delimiter) {
            List<Map.Entry<Integer, List<String>>> records = new ArrayList<>();
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            int line = 1;
            int recordLine = 1;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        line += c == '\n' ? 1 : 0;
                        cell.append(c);
                    }
                } else if (c == '"' && cell.length() == 0) {
                    quoted = true;
                } else if (c == delimiter) {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    cells.add(cell.toString());
                    cell.setLength(0);
                    records.add(Map.entry(recordLine, List.copyOf(cells)));
                    cells.clear();
                    line++;
                    recordLine = line;
                } else {
                    cell.append(c);
                }
            }
            if (cell.length() > 0 || !cells.isEmpty()) {
                cells.add(cell.toString());
                records.add(Map.entry(recordLine, List.copyOf(cells)));
            }
            return records;
        }
    }
}
