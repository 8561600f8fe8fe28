package org.comptoir.cli;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code analytics volume|share-of-voice|breakdown|authors|pyramid|terms|verbatims [filters] [--format table|jsonl|json|csv] [QUERY]}:
 * the dashboard's figures (docs/metrics.md), the same as {@code GET /api/v1/analytics/…}.
 */
@Command(name = "analytics", description = "Print a figure: volume, share-of-voice, breakdown, authors, pyramid, terms, verbatims.")
final class AnalyticsCommand implements Callable<Integer> {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> ROWS = List.of("buckets", "topics", "values", "authors", "levels", "terms", "verbatims");

    @ParentCommand
    ComptoirCommand root;

    @Parameters(index = "0", paramLabel = "FIGURE")
    String figure;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "QUERY", description = "Only posts matching this query (the dialect).")
    List<String> query;

    @Option(names = "--topic") String topic;
    @Option(names = "--from", description = "From this date or instant (default: 30 days before --to).") String from;
    @Option(names = "--to", description = "Until this date or instant, exclusive (default: now).") String to;
    @Option(names = "--lang") String lang;
    @Option(names = "--network") String network;
    @Option(names = "--tz", description = "IANA time zone of the days and weeks (default: UTC).") String tz;
    @Option(names = "--interval", description = "volume: hour, day or week.") String interval;
    @Option(names = "--by", description = "breakdown: network, lang, site, intent, sentiment or topic.") String by;
    @Option(names = "--topics", description = "share-of-voice: topic names, comma-separated (default: all).") String topics;
    @Option(names = "--baseline", description = "terms: previous or N-days.") String baseline;
    @Option(names = "--limit") Integer limit;
    @Option(names = "--format", defaultValue = "table", description = "table, jsonl (one row per line), json or csv (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() throws CliException {
        Map<String, String> params = new LinkedHashMap<>();
        put(params, "q", query == null ? null : String.join(" ", query));
        put(params, "topic", topic);
        put(params, "from", from);
        put(params, "to", to);
        put(params, "lang", lang);
        put(params, "network", network);
        put(params, "tz", tz);
        put(params, "interval", interval);
        put(params, "by", by);
        put(params, "topics", topics);
        put(params, "baseline", baseline);
        put(params, "limit", limit == null ? null : limit.toString());
        try (CliBackend backend = root.backend()) {
            switch (format) {
                case "csv" -> System.out.print(backend.analytics(root.workspace, figure, params, true));
                case "json" -> System.out.println(backend.analytics(root.workspace, figure, params, false));
                case "jsonl" -> rows(backend.analytics(root.workspace, figure, params, false)).forEach(r -> System.out.println(JSON.writeValueAsString(r)));
                case "table" -> table(rows(backend.analytics(root.workspace, figure, params, false)));
                default -> throw new CliException("unknown format '" + format + "': use table, jsonl, json or csv", CliErrors.BAD_INPUT);
            }
        }
        return 0;
    }

    private static void put(Map<String, String> params, String key, String value) {
        if (value != null && !value.isBlank()) {
            params.put(key, value);
        }
    }

    private static List<JsonNode> rows(String json) {
        JsonNode answer = JSON.readTree(json);
        List<JsonNode> rows = new ArrayList<>();
        for (String key : ROWS) {
            if (answer.path(key).isArray()) {
                answer.path(key).forEach(rows::add);
                return rows;
            }
        }
        return rows;
    }

    private static void table(List<JsonNode> rows) {
        if (rows.isEmpty()) {
            System.out.println("(nothing)");
            return;
        }
        List<String> columns = new ArrayList<>();
        rows.get(0).propertyNames().forEach(columns::add);
        List<List<String>> cells = new ArrayList<>();
        int[] widths = columns.stream().mapToInt(String::length).toArray();
        for (JsonNode row : rows) {
            List<String> line = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                JsonNode value = row.path(columns.get(i));
                String text = value.isArray() ? join(value) : value.isNull() || value.isMissingNode() ? "" : value.asString();
                text = text.replaceAll("\\p{Cntrl}", " ");
                if (text.length() > 60) {
                    text = text.substring(0, 59) + "…";
                }
                widths[i] = Math.max(widths[i], text.length());
                line.add(text);
            }
            cells.add(line);
        }
        printRow(columns, widths);
        cells.forEach(line -> printRow(line, widths));
    }

    private static String join(JsonNode array) {
        List<String> parts = new ArrayList<>();
        for (Iterator<JsonNode> it = array.iterator(); it.hasNext(); ) {
            parts.add(it.next().asString());
        }
        return String.join("|", parts);
    }

    private static void printRow(List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            line.append(String.format("%-" + widths[i] + "s", cells.get(i))).append(i + 1 < cells.size() ? "  " : "");
        }
        System.out.println(line.toString().stripTrailing());
    }
}
