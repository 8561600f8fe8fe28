package org.comptoir.analytics;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.comptoir.analytics.chart.BarChart;
import org.comptoir.analytics.chart.VolumeChart;
import org.comptoir.query.QuerySyntaxException;
import org.comptoir.workspace.WorkspaceRef;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard: volume and sentiment over time, share of voice, the engagement pyramid, trending terms,
 * top authors by engagement and verbatims, for the search filters. People and their words first: the
 * verbatims and authors are text (always escaped); charts are drawn by ECharts from options built here.
 */
@Controller
class DashboardController {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final Analytics analytics;
    private final MessageSource messages;

    DashboardController(Analytics analytics, MessageSource messages) {
        this.analytics = analytics;
        this.messages = messages;
    }

    @GetMapping("/dashboard")
    String dashboard(WorkspaceRef workspace, @RequestParam Map<String, String> params, Model model) {
        String ws = workspace.name();
        Map<String, String> filters = new LinkedHashMap<>();
        for (String key : List.of("q", "topic", "from", "to", "lang", "network", "tz", "interval")) {
            filters.put(key, params.getOrDefault(key, ""));
        }
        model.addAttribute("workspace", ws);
        model.addAttribute("filters", filters);
        model.addAttribute("q", filters.get("q"));
        model.addAttribute("topics", analytics.topicNames(ws));
        try {
            Selection asked = AnalyticsQuery.selection(params);
            Selection s = analytics.resolve(ws, asked);
            ZoneId zone = s.zone();
            Figures.Volume volume = analytics.volume(ws, s, Interval.fromLabel(params.getOrDefault("interval", "day")));
            List<Figures.TopicShare> shares = analytics.shareOfVoice(ws, s, List.of()).values().stream()
                    .map(Figures.TopicShare::of).toList();
            // the community first: the workspace's own people are counted apart (pyramid) and listed on /employees
            List<Figures.RankedAuthor> authors = analytics.authors(ws, s, 10, false);
            model.addAttribute("selection", s);
            model.addAttribute("volume", volume);
            model.addAttribute("volumeOption", JSON.writeValueAsString(VolumeChart.option(volume, zone, Map.of(
                    "posts", text("dashboard.posts"), "net", text("dashboard.net"), "negative", text("sentiment.negative"),
                    "neutral", text("sentiment.neutral"), "positive", text("sentiment.positive"), "unknown", text("dashboard.unanalysed")))));
            model.addAttribute("volumeEdges", JSON.writeValueAsString(VolumeChart.edges(volume)));
            model.addAttribute("shares", shares);
            model.addAttribute("sovOption", JSON.writeValueAsString(BarChart.shareOfVoice(shares, text("dashboard.posts"))));
            model.addAttribute("authors", authors);
            Map<String, String> levels = new LinkedHashMap<>();
            for (PyramidLevel level : PyramidLevel.values()) {
                levels.put(level.label(), text("pyramid." + level.label()));
            }
            model.addAttribute("authorsOption", JSON.writeValueAsString(BarChart.authors(authors, text("dashboard.engagement"), levels)));
            Figures.Pyramid pyramid = analytics.pyramid(ws, s);
            List<Figures.Level> topDown = new java.util.ArrayList<>(pyramid.levels());
            java.util.Collections.reverse(topDown);
            model.addAttribute("pyramid", pyramid);
            model.addAttribute("pyramidLevels", topDown);
            model.addAttribute("terms", analytics.terms(ws, s, s.previous(), 15));
            model.addAttribute("verbatims", analytics.verbatims(ws, s, 6));
            model.addAttribute("apiQuery", apiQuery(ws, s));
        } catch (QuerySyntaxException e) {
            model.addAttribute("queryError", e.getMessage());
        } catch (IllegalArgumentException e) {
            model.addAttribute("queryError", e.getMessage());
        }
        return "analytics/dashboard";
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    /** The filters as API query parameters (for the CSV downloads and drill-down links). */
    private static String apiQuery(String workspace, Selection s) {
        StringBuilder query = new StringBuilder("workspace=").append(encode(workspace));
        append(query, "q", s.query());
        append(query, "topic", s.topic());
        append(query, "from", s.from().toString());
        append(query, "to", s.to().toString());
        append(query, "lang", s.lang());
        append(query, "network", s.network());
        append(query, "tz", s.zone().getId());
        return query.toString();
    }

    private static void append(StringBuilder query, String key, String value) {
        if (value != null && !value.isBlank()) {
            query.append('&').append(key).append('=').append(encode(value));
        }
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
