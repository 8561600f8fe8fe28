package org.comptoir.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.comptoir.alert.Alert;
import org.comptoir.alert.Alerts;
import org.comptoir.alert.Objectives;
import org.comptoir.analytics.Analytics;
import org.comptoir.analytics.Figures;
import org.comptoir.analytics.Selection;
import org.comptoir.query.QuerySyntaxException;
import org.comptoir.store.Facet;
import org.comptoir.store.SentimentCounts;

/**
 * The reports feature: gathers a period's figures from {@link Analytics}, the alerts of the period from {@link Alerts}
 * and the objectives' progress from {@link Objectives}, then renders them as HTML (email) or PDF (download, CLI).
 */
public final class Reports {
    static final int TERMS = 15;
    static final int VERBATIMS = 5;
    private final Analytics analytics;
    private final Alerts alerts;
    private final Objectives objectives;
    private final Clock clock;

    public Reports(Analytics analytics, Alerts alerts, Objectives objectives, Clock clock) {
        this.analytics = analytics;
        this.alerts = alerts;
        this.objectives = objectives;
        this.clock = clock;
    }

    /** The report of the {@code period} ending now (or at the selection's {@code to}), with the selection's filters, as a PDF. */
    public byte[] pdf(String workspace, Period period, Selection filters, Locale locale) throws QuerySyntaxException {
        ReportData data = gather(workspace, period, filters, locale);
        ReportCharts charts = ReportCharts.of(data);
        return toPdf(ReportHtml.page(data, charts.dataUris()));
    }

    /**
     * Mails the report of the {@code period} ending now to each email notifier named in {@code notifiers} (the alerts' SMTP
     * settings): HTML with the charts as inline images ({@code cid:}), and a plain-text part. Returns each notifier's outcome.
     */
    public List<String> email(String workspace, Period period, Selection filters, Locale locale, List<String> notifiers)
            throws QuerySyntaxException {
        ReportData data = gather(workspace, period, filters, locale);
        ReportCharts charts = ReportCharts.of(data);
        String html = ReportHtml.page(data, charts.contentIds());
        String subject = "Comptoir · " + ReportHtml.bundle(data.locale()).getString("report.title." + period.label()) + " · " + workspace;
        String plain = subject + "\n\n" + ReportHtml.plain(data);
        return notifiers.stream().map(name -> name + ": " + alerts.email(workspace, name, subject, plain, html, charts.images())).toList();
    }

    ReportData gather(String workspace, Period period, Selection filters, Locale locale) throws QuerySyntaxException {
        Selection f = filters == null ? new Selection(null, null, null, null, null, null, null) : filters;
        Selection zoned = analytics.resolve(workspace, new Selection(f.query(), f.topic(), null, null, f.lang(), f.network(), f.zone()));
        Instant to = f.to() != null ? f.to() : clock.instant();
        Selection s = zoned.between(period.startOf(to, zoned.zone()), to);
        Selection p = s.previous();
        Figures.Volume volume = analytics.volume(workspace, s, period.interval());
        List<Alert> ofPeriod = alerts.alerts(workspace, 500).stream()
                .filter(a -> a.start().isBefore(s.to()) && (a.end() == null || !a.end().isBefore(s.from()))).toList();
        return new ReportData(workspace, period, s.from(), s.to(), s.zone(), locale == null ? Locale.FRENCH : locale,
                total(workspace, s), total(workspace, p), volume,
                analytics.shareOfVoice(workspace, s, List.of()), analytics.shareOfVoice(workspace, p, List.of()),
                analytics.pyramid(workspace, s), analytics.pyramid(workspace, p),
                analytics.terms(workspace, s, null, TERMS), analytics.verbatims(workspace, s, VERBATIMS),
                ofPeriod, objectives.progress(workspace));
    }

    /** The posts of the period itself (the volume's buckets are whole days or hours, so they may reach beyond it): each has one network. */
    private SentimentCounts total(String workspace, Selection s) throws QuerySyntaxException {
        SentimentCounts sum = SentimentCounts.ZERO;
        for (Figures.Share b : analytics.breakdown(workspace, s, Facet.NETWORK).values()) {
            sum = sum.plus(new SentimentCounts(b.count(), b.negative(), b.neutral(), b.positive()));
        }
        return sum;
    }

    static byte[] toPdf(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
