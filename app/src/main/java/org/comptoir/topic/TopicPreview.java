package org.comptoir.topic;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.comptoir.query.QueryNode;
import org.comptoir.query.QuerySyntaxException;
import org.comptoir.store.PostQuery;
import org.comptoir.store.SearchPage;
import org.comptoir.store.StoredPost;

/**
 * Tests a draft query before it is saved: how many stored posts it matches, per day over the last
 * {@value #DAYS} days (UTC), and the {@value #NEWEST} newest with the matched words marked. Reads only.
 */
public final class TopicPreview {
    public static final int DAYS = 30;
    public static final int NEWEST = 20;
    private final StoredPosts posts;
    private final Clock clock;

    public TopicPreview(StoredPosts posts, Clock clock) {
        this.posts = posts;
        this.clock = clock;
    }

    /** The posts a draft matched on one day. */
    public record Day(LocalDate date, long posts) {
    }

    /** A matching post, its title and text cut into plain and matched segments. */
    public record Example(StoredPost stored, List<TextSegments.Segment> title, List<TextSegments.Segment> text) {
    }

    /**
     * @param total   stored posts matched, at any date
     * @param recent  of which in the last {@value #DAYS} days
     * @param days    oldest first, today last
     * @param newest  newest first
     */
    public record Result(long total, long recent, List<Day> days, List<Example> newest) {
    }

    public Result preview(String workspace, String draft) throws QuerySyntaxException {
        QueryNode query = TopicCatalog.lint(draft);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<Day> days = new ArrayList<>(DAYS);
        long recent = 0;
        for (int back = DAYS - 1; back >= 0; back--) {
            LocalDate date = today.minusDays(back);
            long count = posts.count(workspace, new PostQuery(query, null, date.atStartOfDay(ZoneOffset.UTC).toInstant(),
                    date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), null, 1, null));
            days.add(new Day(date, count));
            recent += count;
        }
        SearchPage page = posts.search(workspace, PostQuery.of(query).withLimit(NEWEST));
        List<Example> newest = new ArrayList<>(page.posts().size());
        try (DraftHighlighter highlighter = new DraftHighlighter(query)) {
            for (StoredPost stored : page.posts()) {
                DraftHighlighter.Matched matched = highlighter.of(stored.post());
                newest.add(new Example(stored, TextSegments.split(stored.post().title(), matched.title()),
                        TextSegments.split(stored.post().text(), matched.text())));
            }
        }
        return new Result(page.total(), recent, days, newest);
    }
}
