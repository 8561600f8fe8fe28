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
import org.comptoir.alert.notify.Attachment;
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

    /**
     * Mails the report of the {@code period} ending at {@code to} to each recipient (an email notifier of the alerts feature): HTML
     * with the charts inline and the PDF attached. Drawn once; a recipient that fails does not stop the others. One
     * {@link ReportSend} per recipient, dated {@code due}.
     */
    List<ReportSend> send(String workspace, Period period, Instant to, Locale locale, List<String> recipients, Instant due)
            throws QuerySyntaxException {
        ReportData data = gather(workspace, period, new Selection(null, null, null, to, null, null, null), locale);
        ReportCharts charts = ReportCharts.of(data);
        String html = ReportHtml.page(data, charts.contentIds());
        byte[] pdf = toPdf(ReportHtml.page(data, charts.dataUris()));
        String title = ReportHtml.bundle(data.locale()).getString("report.title." + period.label());
        String subject = "Comptoir · " + title + " · " + workspace;
        String plain = subject + "\n\n" + ReportHtml.plain(data);
        List<Attachment> files = List.of(new Attachment("report-" + workspace + "-" + period.label() + "-"
                + data.to().atZone(data.zone()).toLocalDate() + ".pdf", "application/pdf", pdf));
        List<ReportSend> sends = new java.util.ArrayList<>();
        for (String name : recipients) {
            try {
                sends.add(new ReportSend(due, name, "sent", alerts.email(workspace, name, subject, plain, html, charts.images(), files),
                        clock.instant()));
            } catch (IllegalArgumentException | IllegalStateException e) {
                sends.add(new ReportSend(due, name, "failed", e.getMessage(), clock.instant()));
            }
        }
        return sends;
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
            builder.withHtmlContent(PdfText.printable(xhtml), null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
