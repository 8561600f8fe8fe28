package org.comptoir.alert;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.comptoir.analytics.Analytics;
import org.comptoir.analytics.Figures;
import org.comptoir.analytics.Selection;
import org.comptoir.query.QuerySyntaxException;

/** Builds an episode's {@link Explanation} from the dashboard's figures over the episode's posts. */
final class Explainer {
    static final Duration BASELINE = Duration.ofDays(7);
    static final Duration LEVELS = Duration.ofDays(30);
    private final Analytics analytics;
    private final AuthorWatch watch;

    Explainer(Analytics analytics) {
        this.analytics = analytics;
        this.watch = new AuthorWatch(analytics);
    }

    Explanation explain(AlertRule rule, Episode episode, Instant now) throws QuerySyntaxException {
        Instant end = episode.end() != null ? episode.end() : now.isAfter(episode.peak()) ? now : episode.peak().plus(HourlySeries.HOUR);
        if (!end.isAfter(episode.start())) {
            end = episode.start().plus(HourlySeries.HOUR);
        }
        Selection during = SeriesReader.selection(rule, episode.start(), end);
        if (rule.kind() == AlertKind.AUTHOR_TURNS_NEGATIVE) {
            Selection watched = AuthorWatch.negativePostsOf(rule, watch.handles(rule, episode.start().truncatedTo(java.time.temporal.ChronoUnit.DAYS)),
                    episode.start(), end);
            during = watched != null ? watched : during;
        }
        Selection before = during.between(episode.start().minus(BASELINE), episode.start());
        List<Figures.Term> terms = analytics.terms(rule.workspace(), during, before, 10).terms();
        Map<String, String> levels = new HashMap<>();
        for (Figures.RankedAuthor a : analytics.authors(rule.workspace(), during.between(end.minus(LEVELS), end), 1000)) {
            levels.put(a.key(), a.level());
        }
        List<Explanation.Driver> drivers = analytics.authors(rule.workspace(), during, 5).stream()
                .map(a -> new Explanation.Driver(a.handle(), a.name(), a.network(), a.posts(), levels.getOrDefault(a.key(), a.level()),
                        a.employee()))
                .toList();
        List<Figures.Verbatim> verbatims = analytics.verbatims(rule.workspace(), during, 5);
        double ratio = episode.expected() <= 0 ? 0 : Detector.round(episode.observed() / episode.expected());
        return new Explanation(summary(rule, episode, ratio), episode.observed(), episode.expected(), episode.spread(), ratio,
                episode.score(), episode.baseline(), episode.posts(), terms, drivers, verbatims,
                link("/dashboard", rule, during, true), link("/search", rule, during, false), null);
    }

    /** The summary stored with the alert (English; pages and notifications render it again in their reader's language). */
    static String summary(AlertRule rule, Episode e, double ratio) {
        return AlertSummary.of(rule.kind(), rule.topic(), e.peak(), e.observed(), e.expected(), e.spread(), e.baseline(), ratio, e.score(),
                Locale.ENGLISH);
    }

    private static String link(String path, AlertRule rule, Selection s, boolean hourly) {
        StringBuilder url = new StringBuilder(path).append("?workspace=").append(encode(rule.workspace()));
        if (s.query() != null) {
            url.append("&q=").append(encode(s.query()));
        }
        if (s.topic() != null) {
            url.append("&topic=").append(encode(s.topic()));
        }
        url.append("&from=").append(encode(s.from().toString())).append("&to=").append(encode(s.to().toString()));
        if (hourly) {
            url.append("&interval=hour");
        }
        return url.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
