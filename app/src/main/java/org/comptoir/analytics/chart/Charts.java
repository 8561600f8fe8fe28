package org.comptoir.analytics.chart;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small builders of ECharts options (plain maps, written as JSON into the page). Only data and layout: the
 * page's script adds the tooltip formatters, which escape every text (post authors and topic names are untrusted).
 */
final class Charts {
    static final String NEGATIVE = "#b91c1c";
    static final String NEUTRAL = "#9ca3af";
    static final String POSITIVE = "#15803d";
    static final String ACCENT = "#9a3412";

    private Charts() {
    }

    static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    static Map<String, Object> bar(String name, String stack, String color, List<?> data) {
        return map("name", name, "type", "bar", "stack", stack, "itemStyle", map("color", color), "data", data,
                "emphasis", map("focus", "series"));
    }
}
