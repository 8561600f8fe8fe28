package org.comptoir.report;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.comptoir.alert.Alert;
import org.comptoir.alert.ObjectiveProgress;
import org.comptoir.analytics.Figures;
import org.comptoir.store.SentimentCounts;

/** Everything a report shows, gathered once by {@link Reports} and drawn by {@link ReportHtml} and {@link ReportCharts}. */
record ReportData(String workspace, Period period, Instant from, Instant to, ZoneId zone, Locale locale,
                  SentimentCounts current, SentimentCounts previous, Figures.Volume volume,
                  Figures.Breakdown shareOfVoice, Figures.Breakdown previousShareOfVoice,
                  Figures.Pyramid pyramid, Figures.Pyramid previousPyramid,
                  Figures.Terms terms, List<Figures.Verbatim> verbatims, List<Alert> alerts, List<ObjectiveProgress> objectives) {

    /** A share of voice of the previous period by topic, 0 when the topic had none. */
    double previousShare(String topic) {
        return previousShareOfVoice.values().stream().filter(s -> s.value().equals(topic)).mapToDouble(Figures.Share::share)
                .findFirst().orElse(0.0);
    }
}
