package org.comptoir.analytics.chart;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.comptoir.analytics.Figures;

/** Volume by sentiment as stacked bars, with net sentiment as a line on a second axis; a bar is a drill-down to its posts. */
public final class VolumeChart {
    private VolumeChart() {
    }

    /** Labels are in the user's zone; {@code names} are the series names in the page's language. */
    public static Map<String, Object> option(Figures.Volume volume, ZoneId zone, Map<String, String> names) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern(volume.interval().equals("hour") ? "dd/MM HH'h'" : "dd/MM", Locale.ROOT)
                .withZone(zone);
        List<String> labels = new ArrayList<>();
        List<Long> negative = new ArrayList<>();
        List<Long> neutral = new ArrayList<>();
        List<Long> positive = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        List<Double> net = new ArrayList<>();
        for (Figures.Bucket b : volume.buckets()) {
            labels.add(format.format(b.start()));
            negative.add(b.negative());
            neutral.add(b.neutral());
            positive.add(b.positive());
            unknown.add(b.count() - b.negative() - b.neutral() - b.positive());
            net.add(b.netSentiment());
        }
        return Charts.map(
                "animation", false,
                "legend", Charts.map("top", 0),
                "grid", Charts.map("left", 48, "right", 48, "top", 36, "bottom", 28),
                "tooltip", Charts.map("trigger", "axis"),
                "xAxis", Charts.map("type", "category", "data", labels),
                "yAxis", List.of(Charts.map("type", "value", "name", names.get("posts")),
                        Charts.map("type", "value", "min", -1, "max", 1, "name", names.get("net"), "splitLine", Charts.map("show", false))),
                "series", List.of(
                        Charts.bar(names.get("negative"), "volume", Charts.NEGATIVE, negative),
                        Charts.bar(names.get("neutral"), "volume", Charts.NEUTRAL, neutral),
                        Charts.bar(names.get("positive"), "volume", Charts.POSITIVE, positive),
                        Charts.bar(names.get("unknown"), "volume", "#e5e7eb", unknown),
                        Charts.map("name", names.get("net"), "type", "line", "yAxisIndex", 1, "data", net, "symbol", "none",
                                "itemStyle", Charts.map("color", Charts.ACCENT))));
    }

    /** The start of each bucket and the end of the last, for the drill-down links. */
    public static List<String> edges(Figures.Volume volume) {
        List<String> edges = new ArrayList<>();
        volume.buckets().forEach(b -> edges.add(b.start().toString()));
        edges.add(volume.to().toString());
        return edges;
    }
}
