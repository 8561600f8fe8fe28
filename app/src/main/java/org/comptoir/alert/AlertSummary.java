package org.comptoir.alert;

import java.text.MessageFormat;
import java.time.Instant;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The one-line summary of an alert in French or English, from the {@code i18n/alerts} bundle (read with
 * {@link ResourceBundle}, so notifications need no Spring): what was counted, about what, in which hour, against what was
 * expected. Stored alerts keep their English summary (API, replay); pages and notifications render it again in their reader's
 * language with {@link #of(Alert, String, Locale)}.
 */
final class AlertSummary {
    private AlertSummary() {
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("i18n/alerts", language(locale),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** French unless English is asked for. */
    static Locale language(Locale locale) {
        return locale != null && locale.getLanguage().equals("en") ? Locale.ROOT : Locale.FRENCH;
    }

    static String of(AlertKind kind, String topic, Instant peak, long observed, double expected, double spread, String baseline,
                     double ratio, double score, Locale locale) {
        ResourceBundle t = bundle(locale);
        Locale numbers = language(locale) == Locale.ROOT ? Locale.ROOT : Locale.FRENCH;
        String what = t.getString("alerts.summary.what." + kind.label());
        String where = topic != null ? MessageFormat.format(t.getString("alerts.summary.topic"), topic) : t.getString("alerts.summary.query");
        String key = expected <= 0 ? "alerts.summary.none" : "alerts.summary.expected";
        return MessageFormat.format(t.getString(key), Long.toString(observed), what, where, peak.toString(),
                String.format(numbers, "%.1f", expected), String.format(numbers, "%.1f", spread), baseline,
                String.format(numbers, "%.1f", ratio), String.format(numbers, "%.1f", score));
    }

    /**
     * The alert's summary in {@code locale}; an objective at risk is told from the progress it was raised with; a source that
     * stopped delivering keeps the summary it was raised with.
     */
    static String of(Alert alert, String topic, Locale locale) {
        AlertKind kind;
        try {
            kind = AlertKind.fromLabel(alert.kind());
        } catch (IllegalArgumentException e) {
            return alert.summary();
        }
        Explanation why = alert.explanation();
        if (kind == AlertKind.OBJECTIVE_AT_RISK && why != null && why.objective() != null) {
            return ObjectiveAlerts.summary(why.objective(), locale);
        }
        if (!kind.hourly() || why == null) {
            return alert.summary();
        }
        return of(kind, topic, alert.peak(), why.observed(), why.expected(), why.spread(), why.baseline(), why.ratio(), why.score(), locale);
    }
}
