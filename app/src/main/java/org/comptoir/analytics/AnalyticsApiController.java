package org.comptoir.analytics;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.comptoir.account.Role;
import org.comptoir.query.QuerySyntaxException;
import org.comptoir.store.Facet;
import org.comptoir.web.TimeParams;
import org.comptoir.workspace.Needs;
import org.comptoir.workspace.WorkspaceRef;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/analytics/…}: every figure of the dashboard, with the search filters ({@code q}, {@code topic},
 * {@code from}, {@code to}, {@code lang}, {@code network}) and {@code tz}; {@code format=csv} downloads the rows.
 */
@RestController
@RequestMapping("/api/v1/analytics")
class AnalyticsApiController {
    private final Analytics analytics;

    AnalyticsApiController(Analytics analytics) {
        this.analytics = analytics;
    }

    /** Employees list body. */
    record EmployeesRequest(List<String> handles) {
    }

    static Selection selection(Map<String, String> p) {
        return new Selection(p.get("q"), p.get("topic"), TimeParams.parse("from", p.get("from")), TimeParams.parse("to", p.get("to")),
                p.get("lang"), p.get("network"), Selection.zone(p.get("tz")));
    }

    @GetMapping("/volume")
    ResponseEntity<?> volume(WorkspaceRef workspace, @RequestParam Map<String, String> p,
                             @RequestParam(defaultValue = "day") String interval) throws QuerySyntaxException {
        Figures.Volume volume = analytics.volume(workspace.name(), selection(p), Interval.fromLabel(interval));
        return answer(p, volume, volume.buckets(), Figures.Bucket.class);
    }

    @GetMapping("/share-of-voice")
    ResponseEntity<?> shareOfVoice(WorkspaceRef workspace, @RequestParam Map<String, String> p,
                                   @RequestParam(required = false) String topics) throws QuerySyntaxException {
        List<String> names = topics == null || topics.isBlank() ? List.of()
                : Arrays.stream(topics.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
        Figures.Breakdown shares = analytics.shareOfVoice(workspace.name(), selection(p), names);
        List<Figures.TopicShare> topicShares = shares.values().stream().map(Figures.TopicShare::of).toList();
        return answer(p, Map.of("total", shares.total(), "topics", topicShares), topicShares, Figures.TopicShare.class);
    }

    @GetMapping("/breakdown")
    ResponseEntity<?> breakdown(WorkspaceRef workspace, @RequestParam Map<String, String> p,
                                @RequestParam(defaultValue = "network") String by) throws QuerySyntaxException {
        Figures.Breakdown breakdown = analytics.breakdown(workspace.name(), selection(p), Facet.fromLabel(by));
        return answer(p, breakdown, breakdown.values(), Figures.Share.class);
    }

    @GetMapping("/authors")
    ResponseEntity<?> authors(WorkspaceRef workspace, @RequestParam Map<String, String> p,
                              @RequestParam(defaultValue = "20") int limit) throws QuerySyntaxException {
        List<Figures.RankedAuthor> authors = analytics.authors(workspace.name(), selection(p), limit);
        return answer(p, Map.of("authors", authors), authors, Figures.RankedAuthor.class);
    }

    @GetMapping("/pyramid")
    ResponseEntity<?> pyramid(WorkspaceRef workspace, @RequestParam Map<String, String> p) throws QuerySyntaxException {
        Figures.Pyramid pyramid = analytics.pyramid(workspace.name(), selection(p));
        return answer(p, pyramid, pyramid.levels(), Figures.Level.class);
    }

    @GetMapping("/terms")
    ResponseEntity<?> terms(WorkspaceRef workspace, @RequestParam Map<String, String> p,
                            @RequestParam(defaultValue = "previous") String baseline,
                            @RequestParam(defaultValue = "30") int limit) throws QuerySyntaxException {
        Selection s = analytics.resolve(workspace.name(), selection(p));
        Figures.Terms terms = analytics.terms(workspace.name(), s, baselineOf(s, baseline), limit);
        return answer(p, terms, terms.terms(), Figures.Term.class);
    }

    @GetMapping("/verbatims")
    ResponseEntity<?> verbatims(WorkspaceRef workspace, @RequestParam Map<String, String> p,
                                @RequestParam(defaultValue = "10") int limit) throws QuerySyntaxException {
        List<Figures.Verbatim> verbatims = analytics.verbatims(workspace.name(), selection(p), limit);
        return answer(p, Map.of("verbatims", verbatims), verbatims, Figures.Verbatim.class);
    }

    @GetMapping("/employees")
    Map<String, Object> employees(WorkspaceRef workspace) {
        return Map.of("handles", analytics.employees(workspace.name()));
    }

    @PutMapping("/employees")
    Map<String, Object> replaceEmployees(@Needs(Role.MANAGER) WorkspaceRef workspace, @RequestBody EmployeesRequest request) {
        return Map.of("handles", analytics.replaceEmployees(workspace.name(), request.handles() == null ? List.of() : request.handles()));
    }

    /** {@code previous} (the period of the same length before) or {@code N-days} (the N days before the period). */
    static Selection baselineOf(Selection s, String baseline) {
        String b = baseline.strip().toLowerCase(java.util.Locale.ROOT);
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

    private static ResponseEntity<?> answer(Map<String, String> p, Object json, List<? extends Record> rows,
                                            Class<? extends Record> type) {
        String format = p.getOrDefault("format", "json");
        if ("csv".equalsIgnoreCase(format)) {
            return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                    .body(RecordsCsv.write(rows, type));
        }
        if (!"json".equalsIgnoreCase(format)) {
            throw new IllegalArgumentException("unknown format '" + format + "': use json or csv");
        }
        return ResponseEntity.ok(json);
    }
}
