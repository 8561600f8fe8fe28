package org.comptoir.store.lucene;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.comptoir.store.AuthorActivity;

/**
 * What each author of a selection did, from doc values: posts, replies, reactions received, weeks active,
 * sentiment, and defences (replies that are not negative to a post that is, looked up in a second pass
 * over the parents, anywhere in the index).
 */
final class LuceneAuthorActivity {
    private static final long WEEK_MILLIS = ChronoUnit.WEEKS.getDuration().toMillis();
    /** Epoch day 0 is a Thursday: shifting by 3 days makes weeks start on Monday (ISO). */
    private static final long MONDAY_SHIFT_MILLIS = 3 * ChronoUnit.DAYS.getDuration().toMillis();

    private LuceneAuthorActivity() {
    }

    /** Running totals of one author. */
    private static final class Acc {
        long posts;
        long replies;
        long reactions;
        long followers;
        final long[] sentiment = new long[4];
        long lastMillis = Long.MIN_VALUE;
        String lastId;
        int[] weeks = new int[4];
        int weekCount;
        List<String> calmRepliesTo;

        void addWeek(int week) {
            if (weekCount > 0 && weeks[weekCount - 1] == week) {
                return;
            }
            if (weekCount == weeks.length) {
                weeks = Arrays.copyOf(weeks, weekCount * 2);
            }
            weeks[weekCount++] = week;
        }

        int distinctWeeks() {
            return (int) Arrays.stream(weeks, 0, weekCount).distinct().count();
        }
    }

    /** Above this many parents to look up, the negative posts of the period are scanned instead of looked up one by one. */
    static final int LOOKUP_LIMIT = 2_048;
    /** How far before the period a parent is looked for when scanning: replies come within days of their post. */
    static final long PARENT_WINDOW_MILLIS = ChronoUnit.DAYS.getDuration().toMillis() * 30;

    static List<AuthorActivity> authors(IndexSearcher searcher, Query query, Instant from, Instant to) throws IOException {
        Map<String, Acc> byAuthor = new HashMap<>();
        Collector collector = new Collector(byAuthor);
        searcher.search(query, collector);
        collector.done();
        Set<String> negativeParents = negativeAmong(searcher, byAuthor, from, to);
        List<AuthorActivity> result = new ArrayList<>(byAuthor.size());
        byAuthor.forEach((key, a) -> {
            long defences = a.calmRepliesTo == null ? 0 : a.calmRepliesTo.stream().filter(negativeParents::contains).count();
            result.add(new AuthorActivity(key, a.lastId, a.followers, a.posts, a.replies, defences, a.reactions,
                    a.distinctWeeks(), LuceneAggregations.toCounts(a.sentiment), Instant.ofEpochMilli(a.lastMillis)));
        });
        return result;
    }

    /**
     * The ids, among the parents of the authors' calm replies, of posts that are negative: looked up by id when they
     * are few, else found by scanning the negative posts from {@link #PARENT_WINDOW_MILLIS} before the period to its end.
     */
    private static Set<String> negativeAmong(IndexSearcher searcher, Map<String, Acc> byAuthor, Instant from, Instant to)
            throws IOException {
        Set<String> parents = new HashSet<>();
        byAuthor.values().forEach(a -> {
            if (a.calmRepliesTo != null) {
                parents.addAll(a.calmRepliesTo);
            }
        });
        Set<String> negative = new HashSet<>();
        if (parents.isEmpty()) {
            return negative;
        }
        Query candidates;
        if (parents.size() <= LOOKUP_LIMIT) {
            candidates = new TermInSetQuery(PostFields.ID, parents.stream().map(BytesRef::new).toList());
        } else {
            long start = from == null ? Long.MIN_VALUE : from.toEpochMilli() - PARENT_WINDOW_MILLIS;
            long end = to == null ? Long.MAX_VALUE : to.toEpochMilli() - 1;
            candidates = new org.apache.lucene.search.BooleanQuery.Builder()
                    .add(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(PostFields.SENTIMENT, "negative")),
                            org.apache.lucene.search.BooleanClause.Occur.FILTER)
                    .add(org.apache.lucene.document.LongPoint.newRangeQuery(PostFields.CREATED_AT, start, end),
                            org.apache.lucene.search.BooleanClause.Occur.FILTER)
                    .build();
        }
        searcher.search(candidates, new SimpleCollector() {
            private SortedDocValues ids;
            private SortedDocValues sentiments;
            private int negativeOrd;

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                ids = DocValues.getSorted(context.reader(), PostFields.ID);
                sentiments = DocValues.getSorted(context.reader(), PostFields.AGG_SENTIMENT);
                negativeOrd = sentiments.lookupTerm(new BytesRef("negative"));
            }

            @Override
            public void collect(int doc) throws IOException {
                if (negativeOrd >= 0 && sentiments.advanceExact(doc) && sentiments.ordValue() == negativeOrd && ids.advanceExact(doc)) {
                    String id = ids.lookupOrd(ids.ordValue()).utf8ToString();
                    if (parents.contains(id)) {
                        negative.add(id);
                    }
                }
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        });
        return negative;
    }

    /** One pass over the selection: per-segment accumulators by author ordinal, merged by author key per segment. */
    private static final class Collector extends LuceneAggregations.SentimentCollector {
        private final Map<String, Acc> byAuthor;
        private SortedDocValues authors;
        private SortedDocValues parents;
        private SortedDocValues ids;
        private NumericDocValues createdAt;
        private NumericDocValues engagement;
        private NumericDocValues followers;
        private Acc[] perOrd;

        Collector(Map<String, Acc> byAuthor) {
            this.byAuthor = byAuthor;
        }

        @Override
        void leaf(LeafReaderContext context) throws IOException {
            var reader = context.reader();
            authors = DocValues.getSorted(reader, PostFields.AGG_AUTHOR);
            parents = DocValues.getSorted(reader, PostFields.AGG_PARENT);
            ids = DocValues.getSorted(reader, PostFields.ID);
            createdAt = DocValues.getNumeric(reader, PostFields.CREATED_AT);
            engagement = DocValues.getNumeric(reader, PostFields.ENGAGEMENT);
            followers = DocValues.getNumeric(reader, PostFields.FOLLOWERS);
            perOrd = new Acc[authors.getValueCount()];
        }

        @Override
        void collect(int doc, int sentiment) throws IOException {
            if (!authors.advanceExact(doc)) {
                return;
            }
            int ord = authors.ordValue();
            Acc a = perOrd[ord];
            if (a == null) {
                a = new Acc();
                perOrd[ord] = a;
            }
            a.posts++;
            a.sentiment[sentiment]++;
            if (engagement.advanceExact(doc)) {
                a.reactions += engagement.longValue();
            }
            if (followers.advanceExact(doc)) {
                a.followers = Math.max(a.followers, followers.longValue());
            }
            long millis = createdAt.advanceExact(doc) ? createdAt.longValue() : 0;
            a.addWeek((int) Math.floorDiv(millis + MONDAY_SHIFT_MILLIS, WEEK_MILLIS));
            if (millis >= a.lastMillis && ids.advanceExact(doc)) {
                a.lastMillis = millis;
                a.lastId = ids.lookupOrd(ids.ordValue()).utf8ToString();
            }
            if (parents.advanceExact(doc)) {
                a.replies++;
                if (sentiment != LuceneAggregations.NEGATIVE && sentiment != LuceneAggregations.NONE) {
                    if (a.calmRepliesTo == null) {
                        a.calmRepliesTo = new ArrayList<>(2);
                    }
                    a.calmRepliesTo.add(parents.lookupOrd(parents.ordValue()).utf8ToString());
                }
            }
        }

        @Override
        void finishLeaf() throws IOException {
            for (int ord = 0; ord < perOrd.length; ord++) {
                Acc a = perOrd[ord];
                if (a != null) {
                    byAuthor.merge(authors.lookupOrd(ord).utf8ToString(), a, LuceneAuthorActivity::merge);
                }
            }
        }
    }

    private static Acc merge(Acc into, Acc from) {
        into.posts += from.posts;
        into.replies += from.replies;
        into.reactions += from.reactions;
        into.followers = Math.max(into.followers, from.followers);
        for (int s = 0; s < 4; s++) {
            into.sentiment[s] += from.sentiment[s];
        }
        if (from.lastMillis >= into.lastMillis) {
            into.lastMillis = from.lastMillis;
            into.lastId = from.lastId;
        }
        for (int i = 0; i < from.weekCount; i++) {
            into.addWeek(from.weeks[i]);
        }
        if (from.calmRepliesTo != null) {
            if (into.calmRepliesTo == null) {
                into.calmRepliesTo = new ArrayList<>();
            }
            into.calmRepliesTo.addAll(from.calmRepliesTo);
        }
        return into;
    }
}
