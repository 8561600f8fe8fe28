package org.comptoir.report;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.comptoir.alert.Alert;
import org.comptoir.alert.ObjectiveProgress;
import org.comptoir.analytics.Figures;

/**
 * The report as one XHTML page (well-formed, so openhtmltopdf can read it; mail clients read it too), in the reader's
 * language (French or English). Images are given as URIs: {@code data:} for the PDF, {@code cid:} for the email.
 * Every text that comes from posts, authors, topics or rules goes through {@link #escape}.
 */
final class ReportHtml {
    private static final String STYLE = "body{font-family:sans-serif;font-size:10pt;color:#222}h1{font-size:16pt;margin:0 0 4pt}"
            + "h2{font-size:12pt;margin:14pt 0 4pt;border-bottom:1px solid #ccc}table{border-collapse:collapse;width:100%}"
            + "td,th{border-bottom:1px solid #eee;padding:2pt 4pt;text-align:left}td.n,th.n{text-align:right}"
            + "img{width:100%}.muted{color:#666}blockquote{margin:4pt 0;padding:2pt 6pt;border-left:3px solid #2f6fb5}"
            + "@page{size:A4;margin:15mm}";

    private ReportHtml() {
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("i18n/reports", locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static String level(ResourceBundle t, String level) {
        return t.containsKey("report.level." + level) ? t.getString("report.level." + level) : level;
    }

    static String page(ReportData d, Map<String, String> images) {
        ResourceBundle t = bundle(d.locale());
        NumberFormat n = NumberFormat.getIntegerInstance(d.locale());
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(d.locale())
                .withZone(d.zone());
        StringBuilder h = new StringBuilder(16_384);
        h.append("<!DOCTYPE html><html lang=\"").append(d.locale().getLanguage()).append("\"><head><meta charset=\"UTF-8\"/><title>")
                .append(escape(t.getString("report.title." + d.period().label()) + " — " + d.workspace()))
                .append("</title><style>").append(STYLE).append("</style></head><body>");
        h.append("<h1>").append(escape(t.getString("report.title." + d.period().label()))).append(" — ").append(escape(d.workspace()))
                .append("</h1><p class=\"muted\">").append(escape(when.format(d.from()))).append(" – ").append(escape(when.format(d.to())))
                .append(" (").append(escape(d.zone().getId())).append(")</p>");
        h.append("<h2>").append(t.getString("report.key")).append("</h2><table><tr><th></th><th class=\"n\">")
                .append(t.getString("report.current")).append("</th><th class=\"n\">").append(t.getString("report.previous"))
                .append("</th><th class=\"n\">").append(t.getString("report.change")).append("</th></tr>");
        row(h, t.getString("report.volume"), d.current().count(), d.previous().count(), n);
        row(h, t.getString("report.net"), Math.round(d.current().netSentiment() * 100), Math.round(d.previous().netSentiment() * 100), n);
        row(h, t.getString("report.legitimacy"), Math.round(d.pyramid().legitimacyIndex() * 100),
                Math.round(d.previousPyramid().legitimacyIndex() * 100), n);
        row(h, t.getString("report.reach"), d.pyramid().reach(), d.previousPyramid().reach(), n);
        row(h, t.getString("report.authors"), d.pyramid().authors(), d.previousPyramid().authors(), n);
        h.append("</table>");
        h.append("<h2>").append(t.getString("report.volume")).append("</h2><img alt=\"\" src=\"").append(images.get("volume")).append("\"/>");
        h.append("<h2>").append(t.getString("report.sov")).append("</h2><table><tr><th>").append(t.getString("report.topic"))
                .append("</th><th class=\"n\">").append(t.getString("report.posts")).append("</th><th class=\"n\">")
                .append(t.getString("report.current")).append("</th><th class=\"n\">").append(t.getString("report.previous")).append("</th></tr>");
        for (Figures.Share s : d.shareOfVoice().values()) {
            h.append("<tr><td>").append(escape(s.value())).append("</td><td class=\"n\">").append(n.format(s.count()))
                    .append("</td><td class=\"n\">").append(percent(s.share())).append("</td><td class=\"n\">")
                    .append(percent(d.previousShare(s.value()))).append("</td></tr>");
        }
        h.append("</table><img alt=\"\" src=\"").append(images.get("share-of-voice")).append("\"/>");
        h.append("<h2>").append(t.getString("report.pyramid")).append("</h2><table>");
        for (Figures.Level l : d.pyramid().levels()) {
            h.append("<tr><td>").append(escape(level(t, l.level()))).append("</td><td class=\"n\">").append(n.format(l.count()))
                    .append("</td><td class=\"muted\">").append(escape(String.join(", ", l.examples()))).append("</td></tr>");
        }
        Figures.Movement m = d.pyramid().movement();
        h.append("</table><p class=\"muted\">").append(escape(java.text.MessageFormat.format(t.getString("report.movement"),
                m.climbed(), m.fell(), m.joined(), m.left()))).append("</p><img alt=\"\" src=\"").append(images.get("pyramid")).append("\"/>");
        h.append("<h2>").append(t.getString("report.terms")).append("</h2><p>");
        d.terms().terms().forEach(term -> h.append("<span>").append(escape(term.term())).append("</span> (").append(term.count())
                .append(") &#160; "));
        h.append("</p><h2>").append(t.getString("report.verbatims")).append("</h2>");
        for (Figures.Verbatim v : d.verbatims()) {
            h.append("<blockquote><p>").append(escape(v.text())).append("</p><p class=\"muted\">")
                    .append(escape(v.authorName() == null ? "" : v.authorName())).append(' ').append(escape(v.authorHandle()))
                    .append(" · ").append(escape(v.network())).append(" · ").append(escape(when.format(v.createdAt())))
                    .append("</p></blockquote>");
        }
        h.append("<h2>").append(t.getString("report.alerts")).append("</h2>");
        if (d.alerts().isEmpty()) {
            h.append("<p class=\"muted\">").append(t.getString("report.none")).append("</p>");
        }
        for (Alert a : d.alerts()) {
            h.append("<p><b>").append(escape(a.rule())).append("</b> — ").append(escape(when.format(a.start()))).append(" — ")
                    .append(escape(a.summary())).append("</p>");
        }
        h.append("<h2>").append(t.getString("report.objectives")).append("</h2>");
        if (d.objectives().isEmpty()) {
            h.append("<p class=\"muted\">").append(t.getString("report.none")).append("</p>");
        } else {
            h.append("<table>");
            for (ObjectiveProgress o : d.objectives()) {
                h.append("<tr><td>").append(escape(o.objective().name())).append("</td><td>").append(escape(o.objective().metric().label()))
                        .append("</td><td class=\"n\">").append(String.format(d.locale(), "%.1f / %.1f", o.value(), o.objective().target()))
                        .append("</td><td>").append(escape(o.status())).append("</td></tr>");
            }
            h.append("</table>");
        }
        return h.append("</body></html>").toString();
    }

    /** The key figures as plain text, for mail clients that do not show HTML. */
    static String plain(ReportData d) {
        ResourceBundle t = bundle(d.locale());
        return t.getString("report.volume") + ": " + d.current().count() + " (" + d.previous().count() + ")\n"
                + t.getString("report.net") + ": " + Math.round(d.current().netSentiment() * 100) + " ("
                + Math.round(d.previous().netSentiment() * 100) + ")\n"
                + t.getString("report.legitimacy") + ": " + Math.round(d.pyramid().legitimacyIndex() * 100) + " ("
                + Math.round(d.previousPyramid().legitimacyIndex() * 100) + ")\n"
                + t.getString("report.reach") + ": " + d.pyramid().reach() + " (" + d.previousPyramid().reach() + ")\n";
    }

    private static void row(StringBuilder h, String label, long current, long previous, NumberFormat n) {
        long change = current - previous;
        h.append("<tr><td>").append(escape(label)).append("</td><td class=\"n\">").append(n.format(current)).append("</td><td class=\"n\">")
                .append(n.format(previous)).append("</td><td class=\"n\">").append(change > 0 ? "+" : "").append(n.format(change))
                .append("</td></tr>");
    }

    private static String percent(double share) {
        return Math.round(share * 1000) / 10.0 + " %";
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' || c == 0xFFFE || c == 0xFFFF) {
                        out.append(' ');
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
