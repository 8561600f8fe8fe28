package org.comptoir.analytics;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.comptoir.query.QuerySyntaxException;
import org.comptoir.store.Facet;
import org.comptoir.web.TimeParams;

/**
 * One analytics figure asked by name with string parameters, as the API and the CLI receive it:
 * {@code volume}, {@code share-of-voice}, {@code breakdown}, {@code authors}, {@code pyramid}, {@code terms},
 * {@code verbatims}; the search filters ({@code q topic from to lang network}) and {@code tz}, plus each figure's own.
 */
public final class AnalyticsQuery {
    public static final List<String> KINDS = List.of("volume", "share-of-voice", "breakdown", "authors", "pyramid", "terms", "verbatims");

    private AnalyticsQuery() {
    }

    /** The figure: the whole answer (JSON) and its rows (CSV, tables). */
    public record Answer(Object json, List<? extends Record> rows, Class<? extends Record> rowType) {
        public String csv() {
            return RecordsCsv.write(rows, rowType);
        }
    }

    public static Answer run(Analytics analytics, String workspace, String kind, Map<String, String> p) throws QuerySyntaxException {
        Selection selection = selection(p);
        switch (kind) {
            case "volume" -> {
                Figures.Volume v = analytics.volume(workspace, selection, Interval.fromLabel(p.getOrDefault("interval", "day")));
                return new Answer(v, v.buckets(), Figures.Bucket.class);
            }
            case "share-of-voice" -> {
                String topics = p.get("topics");
                List<String> names = topics == null || topics.isBlank() ? List.of()
                        : Arrays.stream(topics.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
                Figures.Breakdown shares = analytics.shareOfVoice(workspace, selection, names);
                List<Figures.TopicShare> rows = shares.values().stream().map(Figures.TopicShare::of).toList();
                return new Answer(Map.of("total", shares.total(), "topics", rows), rows, Figures.TopicShare.class);
            }
            case "breakdown" -> {
                Figures.Breakdown b = analytics.breakdown(workspace, selection, Facet.fromLabel(p.getOrDefault("by", "network")));
                return new Answer(b, b.values(), Figures.Share.class);
            }
            case "authors" -> {
                List<Figures.RankedAuthor> authors = analytics.authors(workspace, selection, number(p, "limit", 20),
                        !"exclude".equals(p.get("employees")));
                return new Answer(Map.of("authors", authors), authors, Figures.RankedAuthor.class);
            }
            case "pyramid" -> {
                Figures.Pyramid pyramid = analytics.pyramid(workspace, selection);
                return new Answer(pyramid, pyramid.levels(), Figures.Level.class);
            }
            case "terms" -> {
                Selection s = analytics.resolve(workspace, selection);
                Figures.Terms terms = analytics.terms(workspace, s, baselineOf(s, p.getOrDefault("baseline", "previous")),
                        number(p, "limit", 30));
                return new Answer(terms, terms.terms(), Figures.Term.class);
            }
            case "verbatims" -> {
                List<Figures.Verbatim> verbatims = analytics.verbatims(workspace, selection, number(p, "limit", 10));
                return new Answer(Map.of("verbatims", verbatims), verbatims, Figures.Verbatim.class);
            }
            default -> throw new IllegalArgumentException("unknown figure '" + kind + "': use " + String.join(", ", KINDS));
        }
    }

    /** The search filters and {@code tz} of a request or CLI call. */
    public static Selection selection(Map<String, String> p) {
        return new Selection(p.get("q"), p.get("topic"), TimeParams.parse("from", p.get("from")), TimeParams.parse("to", p.get("to")),
                p.get("lang"), p.get("network"), Selection.zone(p.get("tz")));
    }

    private static int number(Map<String, String> p, String name, int otherwise) {
        String value = p.get(name);
        try {
            return value == null || value.isBlank() ? otherwise : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": '" + value + "' is not a number");
        }
    }

    /** {@code previous} (the period of the same length before) or {@code N-days} (the N days before the period). */
    static Selection baselineOf(Selection s, String baseline) {
        String b = baseline.strip().toLowerCase(Locale.ROOT);
        if (b.equals("previous")) {
            return s.previous();
        }
        if (b.matches("\\d{1,4}-days?")) {
            int days = Integer.parseInt(b.substring(0, b.indexOf('-')));
            if (days > 0) {
                return s.between(s.from().minus(Duration.ofDays(days)), s.from());
            }
        }
        throw new IllegalArgumentException("unknown baseline '" + baseline + "': use previous or N-days (e.g. 28-days)");
    }
}
