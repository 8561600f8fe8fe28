package org.comptoir.store.lucene;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;
import org.comptoir.store.AuthorActivity;
import org.comptoir.store.SentimentCounts;

/**
 * What each author of a selection did, from doc values, with global ordinals: one primitive slot per author
 * across all segments (posts, replies, reactions, followers, sentiment, weeks as a bitmap, latest post), so a
 * selection of millions of posts by hundreds of thousands of authors costs no object per post or per author
 * until the answer is built. Defences need the parents' sentiment: looked up by id when few, else found by
 * scanning the negative posts of the period (and the 30 days before it).
 */
final class LuceneAuthorActivity {
    /** Above this many parents to look up, the negative posts of the period are scanned instead of looked up one by one. */
    static final int LOOKUP_LIMIT = 2_048;
    /** How far before the period a parent is looked for when scanning: replies come within days of their post. */
    static final long PARENT_WINDOW_MILLIS = ChronoUnit.DAYS.getDuration().toMillis() * 30;
    /** Weeks active are counted over at most this many weeks from the period's first one (later ones count as the last). */
    static final int MAX_WEEKS = 128;
    private static final long WEEK_MILLIS = ChronoUnit.WEEKS.getDuration().toMillis();
    /** Epoch day 0 is a Thursday: shifting by 3 days makes weeks start on Monday (ISO). */
    private static final long MONDAY_SHIFT_MILLIS = 3 * ChronoUnit.DAYS.getDuration().toMillis();

    private LuceneAuthorActivity() {
    }

    static List<AuthorActivity> authors(IndexSearcher searcher, Query query, Instant from, Instant to) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        SortedDocValues global = MultiDocValues.getSortedValues(reader, PostFields.AGG_AUTHOR);
        if (global == null) {
            return List.of();
        }
        OrdinalMap map = global instanceof MultiDocValues.MultiSortedDocValues multi ? multi.mapping : null;
        Slots slots = new Slots((int) global.getValueCount(), firstWeek(reader, from));
        Collector collector = new Collector(slots, map);
        searcher.search(query, collector);
        collector.done();
        boolean[] defended = slots.calmReplies.isEmpty() ? new boolean[0]
                : negativeParents(searcher, slots.calmParents, from, to);
        long[] defences = new long[slots.posts.length];
        for (int i = 0; i < slots.calmReplies.size(); i++) {
            if (defended[i]) {
                defences[slots.calmReplies.get(i)]++;
            }
        }
        String[] latestIds = latestIds(reader, slots);
        List<AuthorActivity> result = new ArrayList<>();
        for (int ord = 0; ord < slots.posts.length; ord++) {
            if (slots.posts[ord] == 0) {
                continue;
            }
            long[] s = {slots.sentiment[ord * 4], slots.sentiment[ord * 4 + 1], slots.sentiment[ord * 4 + 2], slots.sentiment[ord * 4 + 3]};
            SentimentCounts counts = LuceneAggregations.toCounts(s);
            int weeks = Long.bitCount(slots.weeks[ord * 2]) + Long.bitCount(slots.weeks[ord * 2 + 1]);
            result.add(new AuthorActivity(global.lookupOrd(ord).utf8ToString(), latestIds[ord], slots.followers[ord], slots.posts[ord],
                    slots.replies[ord], defences[ord], slots.reactions[ord], weeks, counts, Instant.ofEpochMilli(slots.lastMillis[ord])));
        }
        return result;
    }

    /** The week the bitmaps start at: the period's first, or the oldest post's. */
    private static long firstWeek(IndexReader reader, Instant from) throws IOException {
        long start = from != null ? from.toEpochMilli() : Long.MAX_VALUE;
        if (from == null) {
            for (LeafReaderContext leaf : reader.leaves()) {
                PointValues points = leaf.reader().getPointValues(PostFields.CREATED_AT);
                if (points != null && points.size() > 0) {
                    start = Math.min(start, LongPoint.decodeDimension(points.getMinPackedValue(), 0));
                }
            }
        }
        return start == Long.MAX_VALUE ? 0 : week(start);
    }

    private static long week(long millis) {
        return Math.floorDiv(millis + MONDAY_SHIFT_MILLIS, WEEK_MILLIS);
    }

    /** Per-author accumulators indexed by global ordinal. */
    private static final class Slots {
        final long[] posts;
        final long[] replies;
        final long[] reactions;
        final long[] followers;
        final long[] sentiment;
        final long[] weeks;
        final long[] lastMillis;
        final int[] lastDoc;
        final long firstWeek;
        final IntList calmReplies = new IntList();
        final List<String> calmParents = new ArrayList<>();

        Slots(int authors, long firstWeek) {
            posts = new long[authors];
            replies = new long[authors];
            reactions = new long[authors];
            followers = new long[authors];
            sentiment = new long[authors * 4];
            weeks = new long[authors * 2];
            lastMillis = new long[authors];
            Arrays.fill(lastMillis, Long.MIN_VALUE);
            lastDoc = new int[authors];
            this.firstWeek = firstWeek;
        }
    }

    /** A growable list of ints. */
    private static final class IntList {
        private int[] values = new int[1024];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int get(int i) {
            return values[i];
        }

        int size() {
            return size;
        }

        boolean isEmpty() {
            return size == 0;
        }
    }

    private static final class Collector extends LuceneAggregations.SentimentCollector {
        private final Slots slots;
        private final OrdinalMap map;
        private LongValues toGlobal;
        private int docBase;
        private SortedDocValues authors;
        private SortedDocValues parents;
        private NumericDocValues createdAt;
        private NumericDocValues engagement;
        private NumericDocValues followers;
        private final LongList leafCalm = new LongList();

        Collector(Slots slots, OrdinalMap map) {
            this.slots = slots;
            this.map = map;
        }

        @Override
        void leaf(LeafReaderContext context) throws IOException {
            var reader = context.reader();
            docBase = context.docBase;
            toGlobal = map == null ? LongValues.IDENTITY : map.getGlobalOrds(context.ord);
            authors = DocValues.getSorted(reader, PostFields.AGG_AUTHOR);
            parents = DocValues.getSorted(reader, PostFields.AGG_PARENT);
            createdAt = DocValues.getNumeric(reader, PostFields.CREATED_AT);
            engagement = DocValues.getNumeric(reader, PostFields.ENGAGEMENT);
            followers = DocValues.getNumeric(reader, PostFields.FOLLOWERS);
        }

        @Override
        void collect(int doc, int sentiment) throws IOException {
            if (!authors.advanceExact(doc)) {
                return;
            }
            int a = (int) toGlobal.get(authors.ordValue());
            slots.posts[a]++;
            slots.sentiment[a * 4 + sentiment]++;
            if (engagement.advanceExact(doc)) {
                slots.reactions[a] += engagement.longValue();
            }
            if (followers.advanceExact(doc)) {
                slots.followers[a] = Math.max(slots.followers[a], followers.longValue());
            }
            long millis = createdAt.advanceExact(doc) ? createdAt.longValue() : 0;
            int w = (int) Math.max(0, Math.min(MAX_WEEKS - 1, week(millis) - slots.firstWeek));
            slots.weeks[a * 2 + (w >> 6)] |= 1L << (w & 63);
            if (millis >= slots.lastMillis[a]) {
                slots.lastMillis[a] = millis;
                slots.lastDoc[a] = docBase + doc;
            }
            if (parents.advanceExact(doc)) {
                slots.replies[a]++;
                if (sentiment != LuceneAggregations.NEGATIVE && sentiment != LuceneAggregations.NONE) {
                    // resolved to ids when the segment ends, in ordinal order (terms are read block by block)
                    leafCalm.add((long) parents.ordValue() << 32 | a);
                }
            }
        }

        @Override
        void finishLeaf() throws IOException {
            long[] pairs = leafCalm.toSortedArray();
            leafCalm.clear();
            String last = null;
            int lastOrd = -1;
            for (long pair : pairs) {
                int parentOrd = (int) (pair >>> 32);
                if (parentOrd != lastOrd) {
                    last = parents.lookupOrd(parentOrd).utf8ToString();
                    lastOrd = parentOrd;
                }
                slots.calmReplies.add((int) pair);
                slots.calmParents.add(last);
            }
        }
    }

    /** A growable list of longs. */
    private static final class LongList {
        private long[] values = new long[1024];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long[] toSortedArray() {
            long[] sorted = Arrays.copyOf(values, size);
            Arrays.sort(sorted);
            return sorted;
        }

        void clear() {
            size = 0;
        }
    }

    /** For each calm reply, whether its parent is a negative post. */
    private static boolean[] negativeParents(IndexSearcher searcher, List<String> parents, Instant from, Instant to) throws IOException {
        Set<String> wanted = new HashSet<>(parents);
        Query candidates;
        if (wanted.size() <= LOOKUP_LIMIT) {
            candidates = new TermInSetQuery(PostFields.ID, wanted.stream().map(BytesRef::new).toList());
        } else {
            long start = from == null ? Long.MIN_VALUE : from.toEpochMilli() - PARENT_WINDOW_MILLIS;
            long end = to == null ? Long.MAX_VALUE : to.toEpochMilli() - 1;
            candidates = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(PostFields.SENTIMENT, "negative")), BooleanClause.Occur.FILTER)
                    .add(LongPoint.newRangeQuery(PostFields.CREATED_AT, start, end), BooleanClause.Occur.FILTER)
                    .build();
        }
        NegativeScan scan = new NegativeScan(wanted);
        searcher.search(candidates, scan);
        scan.finishLeaf();
        Set<String> negative = scan.negative;
        boolean[] defended = new boolean[parents.size()];
        for (int i = 0; i < defended.length; i++) {
            defended[i] = negative.contains(parents.get(i));
        }
        return defended;
    }

    /** Finds, among the matching posts, the negative ones whose id is wanted; ids are read in ordinal order per segment. */
    private static final class NegativeScan extends SimpleCollector {
        private final Set<String> wanted;
        private final Set<String> negative = new HashSet<>();
        private final LongList idOrds = new LongList();
        private SortedDocValues ids;
        private SortedDocValues sentiments;
        private int negativeOrd;

        NegativeScan(Set<String> wanted) {
            this.wanted = wanted;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            finishLeaf();
            ids = DocValues.getSorted(context.reader(), PostFields.ID);
            sentiments = DocValues.getSorted(context.reader(), PostFields.AGG_SENTIMENT);
            negativeOrd = sentiments.lookupTerm(new BytesRef("negative"));
        }

        @Override
        public void collect(int doc) throws IOException {
            if (negativeOrd >= 0 && sentiments.advanceExact(doc) && sentiments.ordValue() == negativeOrd && ids.advanceExact(doc)) {
                idOrds.add(ids.ordValue());
            }
        }

        /** Reads the segment's collected ids in ordinal order (terms are decompressed block by block). */
        void finishLeaf() throws IOException {
            if (ids != null) {
                for (long ord : idOrds.toSortedArray()) {
                    String id = ids.lookupOrd((int) ord).utf8ToString();
                    if (wanted.contains(id)) {
                        negative.add(id);
                    }
                }
            }
            idOrds.clear();
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    /** The id of each author's latest post: the documents sorted, read segment by segment in order. */
    private static String[] latestIds(IndexReader reader, Slots slots) throws IOException {
        String[] ids = new String[slots.posts.length];
        long[] byDoc = new long[slots.posts.length];
        int n = 0;
        for (int a = 0; a < slots.posts.length; a++) {
            if (slots.posts[a] > 0) {
                byDoc[n++] = ((long) slots.lastDoc[a] << 32) | a;
            }
        }
        Arrays.sort(byDoc, 0, n);
        List<LeafReaderContext> leaves = reader.leaves();
        int i = 0;
        for (LeafReaderContext leaf : leaves) {
            int base = leaf.docBase;
            int end = base + leaf.reader().maxDoc();
            SortedDocValues values = DocValues.getSorted(leaf.reader(), PostFields.ID);
            LongList byOrd = new LongList();
            for (; i < n && (int) (byDoc[i] >>> 32) < end; i++) {
                if (values.advanceExact((int) (byDoc[i] >>> 32) - base)) {
                    byOrd.add((long) values.ordValue() << 32 | (int) byDoc[i]);
                }
            }
            // ids read in ordinal order: terms are decompressed block by block
            for (long pair : byOrd.toSortedArray()) {
                ids[(int) pair] = values.lookupOrd((int) (pair >>> 32)).utf8ToString();
            }
        }
        return ids;
    }
}
