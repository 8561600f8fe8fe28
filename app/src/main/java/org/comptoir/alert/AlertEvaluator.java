package org.comptoir.alert;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.comptoir.query.QuerySyntaxException;

/**
 * Evaluates one rule on the recent hours (the last {@link #LOOKBACK}, the current hour included while it
 * fills) with the detector the replay uses, and reconciles what it finds with the stored alerts: an episode
 * that overlaps a stored alert of the rule updates it (peak, end, explanation); any other is a new alert.
 * So an episode raises one alert however often it is evaluated.
 */
final class AlertEvaluator {
    static final Duration LOOKBACK = Duration.ofDays(3);
    private final EpisodeFinder finder;
    private final Explainer explainer;
    private final AlertRepository alerts;

    AlertEvaluator(EpisodeFinder finder, Explainer explainer, AlertRepository alerts) {
        this.finder = finder;
        this.explainer = explainer;
        this.alerts = alerts;
    }

    /** Evaluates {@code rule} at {@code now}; calls {@code raised} with each new alert. */
    void evaluate(AlertRule rule, Instant now, Consumer<Alert> raised) throws QuerySyntaxException {
        Instant windowStart = now.minus(LOOKBACK).truncatedTo(ChronoUnit.HOURS);
        List<Episode> episodes = finder.find(rule, windowStart, now.truncatedTo(ChronoUnit.HOURS).plus(HourlySeries.HOUR), false);
        List<Alert> stored = alerts.recent(rule.id(), windowStart.minus(Duration.ofHours(rule.cooldownHours())));
        for (Episode e : episodes) {
            Instant episodeEnd = e.end() == null ? now : e.end();
            Optional<Alert> same = stored.stream()
                    .filter(a -> !a.start().isAfter(episodeEnd) && (a.end() == null || !a.end().isBefore(e.start())))
                    .findFirst();
            if (same.isPresent()) {
                Alert a = same.get();
                if (!a.peak().equals(e.peak()) || a.observed() != e.observed() || !java.util.Objects.equals(a.end(), e.end())) {
                    alerts.update(of(rule, e, a.id(), a.start(), a.detectedAt(), now));
                }
            } else {
                Alert a = of(rule, e, 0, e.start(), now, now);
                raised.accept(new Alert(alerts.insert(a), a.workspace(), a.ruleId(), a.rule(), a.kind(), a.start(), a.peak(), a.end(),
                        a.detectedAt(), a.observed(), a.expected(), a.score(), a.summary(), a.explanation()));
            }
        }
    }

    private Alert of(AlertRule rule, Episode e, long id, Instant start, Instant detectedAt, Instant now) throws QuerySyntaxException {
        Explanation why = explainer.explain(rule, e, now);
        return new Alert(id, rule.workspace(), rule.id(), rule.name(), rule.kind().label(), start, e.peak(), e.end(), detectedAt,
                e.observed(), e.expected(), e.score(), why.summary(), why);
    }
}
