package org.comptoir.alert;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.comptoir.query.QuerySyntaxException;

/**
 * Replays a workspace's history hour by hour through the same detector the live evaluation uses, as if the
 * posts had arrived in time: each episode is heard at the end of its first hot hour. Used to tune rules
 * ({@code comptoir alerts replay}) and to check the demo crisis is heard early.
 */
final class AlertReplay {
    static final Duration DEFAULT_SPAN = Duration.ofDays(180);
    private final EpisodeFinder finder;
    private final Explainer explainer;

    AlertReplay(EpisodeFinder finder, Explainer explainer) {
        this.finder = finder;
        this.explainer = explainer;
    }

    List<ReplayedAlert> replay(List<AlertRule> rules, Instant from, Instant to, boolean explain) throws QuerySyntaxException {
        List<ReplayedAlert> alerts = new ArrayList<>();
        Instant end = to.truncatedTo(ChronoUnit.HOURS);
        for (AlertRule rule : rules) {
            if (!rule.enabled()) {
                continue;
            }
            for (Episode e : finder.find(rule, from, end, true)) {
                Explanation why = explain ? explainer.explain(rule, e, end) : null;
                alerts.add(new ReplayedAlert(rule.name(), rule.kind().label(), rule.topic(), rule.query(), e.start(), e.peak(), e.end(),
                        e.start().plus(HourlySeries.HOUR), why));
            }
        }
        alerts.sort(Comparator.comparing(ReplayedAlert::start).thenComparing(ReplayedAlert::rule));
        return alerts;
    }
}
