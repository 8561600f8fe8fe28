package org.comptoir.report;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ResourceBundle;
import org.comptoir.analytics.Figures;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/** The report's charts drawn on the server as PNG (JFreeChart, headless): volume by sentiment, share of voice, pyramid. */
final class ReportCharts {
    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    private static final Color NEGATIVE = new Color(0xd6, 0x45, 0x45);
    private static final Color NEUTRAL = new Color(0x9a, 0xa5, 0xb1);
    private static final Color POSITIVE = new Color(0x3a, 0x9d, 0x5d);
    private static final Color MAIN = new Color(0x2f, 0x6f, 0xb5);
    /** Content id (email) → PNG, in the order the page shows them. */
    private final Map<String, byte[]> images;

    private ReportCharts(Map<String, byte[]> images) {
        this.images = images;
    }

    static ReportCharts of(ReportData d) {
        System.setProperty("java.awt.headless", "true");
        ResourceBundle t = ReportHtml.bundle(d.locale());
        Map<String, byte[]> images = new LinkedHashMap<>();
        images.put("volume", png(volume(d, t)));
        images.put("share-of-voice", png(shareOfVoice(d, t)));
        images.put("pyramid", png(pyramid(d, t)));
        return new ReportCharts(images);
    }

    Map<String, byte[]> images() {
        return images;
    }

    /** The images as {@code data:} URIs for the PDF, which embeds them. */
    Map<String, String> dataUris() {
        Map<String, String> uris = new LinkedHashMap<>();
        images.forEach((id, png) -> uris.put(id, "data:image/png;base64," + Base64.getEncoder().encodeToString(png)));
        return uris;
    }

    /** The images as {@code cid:} references for the email, which carries them as inline parts. */
    Map<String, String> contentIds() {
        Map<String, String> uris = new LinkedHashMap<>();
        images.keySet().forEach(id -> uris.put(id, "cid:" + id));
        return uris;
    }

    private static JFreeChart volume(ReportData d, ResourceBundle t) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        DateTimeFormatter f = DateTimeFormatter.ofPattern(d.period() == Period.DAY ? "HH'h'" : "dd/MM", d.locale());
        for (Figures.Bucket b : d.volume().buckets()) {
            String at = f.format(b.start().atZone(d.zone()));
            data.addValue(b.negative(), t.getString("report.negative"), at);
            data.addValue(b.neutral(), t.getString("report.neutral"), at);
            data.addValue(b.positive(), t.getString("report.positive"), at);
            data.addValue(b.count() - b.negative() - b.neutral() - b.positive(), t.getString("report.unscored"), at);
        }
        JFreeChart chart = org.jfree.chart.ChartFactory.createStackedBarChart(null, null, t.getString("report.posts"), data,
                PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = style(chart);
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        BarRenderer r = (BarRenderer) plot.getRenderer();
        r.setSeriesPaint(0, NEGATIVE);
        r.setSeriesPaint(1, NEUTRAL);
        r.setSeriesPaint(2, POSITIVE);
        r.setSeriesPaint(3, MAIN);
        return chart;
    }

    private static JFreeChart shareOfVoice(ReportData d, ResourceBundle t) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Figures.Share s : d.shareOfVoice().values()) {
            data.addValue(d.previousShare(s.value()) * 100, t.getString("report.previous"), s.value());
            data.addValue(s.share() * 100, t.getString("report.current"), s.value());
        }
        JFreeChart chart = org.jfree.chart.ChartFactory.createBarChart(null, null, "%", data, PlotOrientation.HORIZONTAL, true,
                false, false);
        CategoryPlot plot = style(chart);
        plot.getRenderer().setSeriesPaint(0, NEUTRAL);
        plot.getRenderer().setSeriesPaint(1, MAIN);
        return chart;
    }

    private static JFreeChart pyramid(ReportData d, ResourceBundle t) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Figures.Level l : d.pyramid().levels()) {
            data.addValue(l.count(), t.getString("report.authors"), ReportHtml.level(t, l.level()));
        }
        JFreeChart chart = org.jfree.chart.ChartFactory.createBarChart(null, null, t.getString("report.authors"), data,
                PlotOrientation.HORIZONTAL, false, false, false);
        style(chart).getRenderer().setSeriesPaint(0, MAIN);
        return chart;
    }

    private static CategoryPlot style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
        if (plot.getRenderer() instanceof BarRenderer bar) {
            bar.setBarPainter(new StandardBarPainter());
            bar.setShadowVisible(false);
        }
        return plot;
    }

    private static byte[] png(JFreeChart chart) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
