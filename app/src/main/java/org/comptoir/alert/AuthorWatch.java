package org.comptoir.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.comptoir.analytics.Analytics;
import org.comptoir.analytics.Figures;
import org.comptoir.analytics.PyramidLevel;
import org.comptoir.analytics.Selection;
import org.comptoir.query.QuerySyntaxException;

/**
 * Who an "advocate or top author turns negative" rule watches at an instant: the authors of the rule's posts over the
 * {@link #SPAN} before it who are advocates of the engagement pyramid or among the {@link #TOP} most engaged
 * (docs/metrics.md), and whose net sentiment then was not negative. Their negative posts afterwards are the rule's series.
 */
final class AuthorWatch {
    static final Duration SPAN = Duration.ofDays(30);
    static final int TOP = 10;
    /** At most this many authors in one query. */
    static final int MAX = 50;
    /** Handles the query dialect reads as one {@code author:} value. */
    private static final Pattern HANDLE = Pattern.compile("@?[\\p{L}\\p{N}_.-]+(@[\\p{L}\\p{N}_.-]+)?");
    private final Analytics analytics;

    AuthorWatch(Analytics analytics) {
        this.analytics = analytics;
    }

    /** The watched authors' handles at {@code at}, best first. */
    List<String> handles(AlertRule rule, Instant at) throws QuerySyntaxException {
        Selection before = new Selection(rule.query(), rule.topic(), at.minus(SPAN), at, null, null, java.time.ZoneOffset.UTC);
        List<Figures.RankedAuthor> ranked = analytics.authors(rule.workspace(), before, 1000, false);
        List<String> handles = new ArrayList<>();
        for (int i = 0; i < ranked.size() && handles.size() < MAX; i++) {
            Figures.RankedAuthor a = ranked.get(i);
            boolean matters = i < TOP || PyramidLevel.ADVOCATE.label().equals(a.level());
            if (matters && a.netSentiment() >= 0 && a.handle() != null && HANDLE.matcher(a.handle()).matches()) {
                handles.add(a.handle());
            }
        }
        return handles;
    }

    /** The selection of the watched authors' negative posts of the rule (null when nobody is watched). */
    static Selection negativePostsOf(AlertRule rule, List<String> handles, Instant from, Instant to) {
        if (handles.isEmpty()) {
            return null;
        }
        StringBuilder q = new StringBuilder();
        if (rule.query() != null) {
            q.append('(').append(rule.query()).append(") AND ");
        }
        q.append("sentiment:negative AND (");
        for (int i = 0; i < handles.size(); i++) {
            q.append(i == 0 ? "" : " OR ").append("author:").append(handles.get(i));
        }
        q.append(')');
        return new Selection(q.toString(), rule.topic(), from, to, null, null, java.time.ZoneOffset.UTC);
    }
}
