package org.comptoir.analytics.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.comptoir.analytics.Figures;

/** Horizontal bars with a net-sentiment colour: share of voice by topic, top authors by engagement. */
public final class BarChart {
    private BarChart() {
    }

    public static Map<String, Object> shareOfVoice(List<Figures.TopicShare> topics, String seriesName) {
        List<String> labels = new ArrayList<>();
        List<Object> data = new ArrayList<>();
        for (Figures.TopicShare t : topics) {
            labels.add(t.topic());
            data.add(Charts.map("value", t.count(), "share", t.share(), "net", t.netSentiment(), "name", t.topic(),
                    "itemStyle", Charts.map("color", colour(t.netSentiment()))));
        }
        return horizontal(labels, data, seriesName);
    }

    /** {@code levels}: each pyramid level's name in the page's language. */
    public static Map<String, Object> authors(List<Figures.RankedAuthor> authors, String seriesName, Map<String, String> levels) {
        List<String> labels = new ArrayList<>();
        List<Object> data = new ArrayList<>();
        for (Figures.RankedAuthor a : authors) {
            String shown = a.handle() != null ? a.handle() : a.name() != null ? a.name() : a.key();
            labels.add(shown);
            data.add(Charts.map("value", a.engagement(), "name", shown, "author", a.name() == null ? "" : a.name(),
                    "followers", a.followers(), "posts", a.posts(), "net", a.netSentiment(), "level", levels.getOrDefault(a.level(), a.level()),
                    "itemStyle", Charts.map("color", colour(a.netSentiment()))));
        }
        return horizontal(labels, data, seriesName);
    }

    private static Map<String, Object> horizontal(List<String> labels, List<Object> data, String seriesName) {
        List<String> top = new ArrayList<>(labels);
        java.util.Collections.reverse(top);
        List<Object> values = new ArrayList<>(data);
        java.util.Collections.reverse(values);
        return Charts.map(
                "animation", false,
                "grid", Charts.map("left", 8, "right", 24, "top", 8, "bottom", 8, "containLabel", true),
                "tooltip", Charts.map("trigger", "item"),
                "xAxis", Charts.map("type", "value"),
                "yAxis", Charts.map("type", "category", "data", top, "axisLabel", Charts.map("width", 160, "overflow", "truncate")),
                "series", List.of(Charts.map("name", seriesName, "type", "bar", "data", values)));
    }

    static String colour(double net) {
        return net <= -0.2 ? Charts.NEGATIVE : net >= 0.2 ? Charts.POSITIVE : Charts.NEUTRAL;
    }
}
