package org.comptoir.store.lucene;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.comptoir.store.Facet;
import org.comptoir.store.SentimentCounts;

/**
 * Counting a selection of posts with doc values, in one pass over the matching documents and without
 * loading a stored field: histograms over time, counts by facet. Each pass keeps per-segment arrays
 * indexed by ordinals and merges them by value at the end of the segment.
 */
final class LuceneAggregations {
    static final int NEGATIVE = 0;
    static final int NEUTRAL = 1;
    static final int POSITIVE = 2;
    static final int NONE = 3;

    private LuceneAggregations() {
    }

    static List<SentimentCounts> histogram(IndexSearcher searcher, Query query, List<Instant> boundaries) throws IOException {
        long[] edges = boundaries.stream().mapToLong(Instant::toEpochMilli).toArray();
        long[][] counts = new long[Math.max(0, edges.length - 1)][4];
        if (counts.length > 0) {
            searcher.search(query, new SentimentCollector() {
                private NumericDocValues createdAt;

                @Override
                void leaf(LeafReaderContext context) throws IOException {
                    createdAt = DocValues.getNumeric(context.reader(), PostFields.CREATED_AT);
                }

                @Override
                void collect(int doc, int sentiment) throws IOException {
                    if (!createdAt.advanceExact(doc)) {
                        return;
                    }
                    int bucket = bucketOf(edges, createdAt.longValue());
                    if (bucket >= 0) {
                        counts[bucket][sentiment]++;
                    }
                }
            });
        }
        List<SentimentCounts> buckets = new ArrayList<>(counts.length);
        for (long[] c : counts) {
            buckets.add(toCounts(c));
        }
        return buckets;
    }

    /** The bucket of {@code value}: the last edge not after it, or -1 outside {@code [edges[0], edges[last])}. */
    static int bucketOf(long[] edges, long value) {
        if (value < edges[0] || value >= edges[edges.length - 1]) {
            return -1;
        }
        int low = 0;
        int high = edges.length - 2;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (edges[mid] <= value) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    static Map<String, SentimentCounts> countBy(IndexSearcher searcher, Query query, Facet facet) throws IOException {
        Map<String, long[]> totals = new HashMap<>();
        String field = field(facet);
        boolean multi = facet == Facet.TOPIC;
        SentimentCollector collector = new SentimentCollector() {
            private SortedDocValues single;
            private SortedSetDocValues many;
            private long[][] perOrd;

            @Override
            void leaf(LeafReaderContext context) throws IOException {
                if (multi) {
                    many = DocValues.getSortedSet(context.reader(), field);
                    perOrd = new long[(int) Math.min(Integer.MAX_VALUE - 8, many.getValueCount())][];
                } else {
                    single = DocValues.getSorted(context.reader(), field);
                    perOrd = new long[single.getValueCount()][];
                }
            }

            @Override
            void collect(int doc, int sentiment) throws IOException {
                if (multi) {
                    if (many.advanceExact(doc)) {
                        for (int i = 0; i < many.docValueCount(); i++) {
                            add((int) many.nextOrd(), sentiment);
                        }
                    }
                } else if (single.advanceExact(doc)) {
                    add(single.ordValue(), sentiment);
                }
            }

            private void add(int ord, int sentiment) {
                long[] c = perOrd[ord];
                if (c == null) {
                    c = new long[4];
                    perOrd[ord] = c;
                }
                c[sentiment]++;
            }

            @Override
            void finishLeaf() throws IOException {
                for (int ord = 0; ord < perOrd.length; ord++) {
                    if (perOrd[ord] != null) {
                        String value = (multi ? many.lookupOrd(ord) : single.lookupOrd(ord)).utf8ToString();
                        long[] total = totals.computeIfAbsent(value, v -> new long[4]);
                        for (int s = 0; s < 4; s++) {
                            total[s] += perOrd[ord][s];
                        }
                    }
                }
            }
        };
        searcher.search(query, collector);
        collector.done();
        Map<String, SentimentCounts> result = new HashMap<>();
        totals.forEach((value, c) -> result.put(value, toCounts(c)));
        return result;
    }

    static String field(Facet facet) {
        return switch (facet) {
            case NETWORK -> PostFields.AGG_NETWORK;
            case LANG -> PostFields.AGG_LANG;
            case SITE -> PostFields.AGG_SITE;
            case INTENT -> PostFields.AGG_INTENT;
            case SENTIMENT -> PostFields.AGG_SENTIMENT;
            case TOPIC -> PostFields.AGG_TOPIC;
        };
    }

    static SentimentCounts toCounts(long[] c) {
        return new SentimentCounts(c[NEGATIVE] + c[NEUTRAL] + c[POSITIVE] + c[NONE], c[NEGATIVE], c[NEUTRAL], c[POSITIVE]);
    }

    /** Visits matching documents with their sentiment (one of the constants above) read from doc values. */
    /** The code of an {@code agg.sentiment} value: {@link #NEGATIVE}, {@link #NEUTRAL}, {@link #POSITIVE} or {@link #NONE}. */
    static int sentimentCode(String value) {
        return switch (value) {
            case "negative" -> NEGATIVE;
            case "positive" -> POSITIVE;
            case "neutral" -> NEUTRAL;
            default -> NONE;
        };
    }

    abstract static class SentimentCollector extends SimpleCollector {
        private SortedDocValues sentiments;
        private int[] sentimentOfOrd;
        private boolean started;

        abstract void leaf(LeafReaderContext context) throws IOException;

        abstract void collect(int doc, int sentiment) throws IOException;

        void finishLeaf() throws IOException {
        }

        @Override
        protected final void doSetNextReader(LeafReaderContext context) throws IOException {
            if (started) {
                finishLeaf();
            }
            started = true;
            sentiments = DocValues.getSorted(context.reader(), PostFields.AGG_SENTIMENT);
            sentimentOfOrd = new int[sentiments.getValueCount()];
            for (int ord = 0; ord < sentimentOfOrd.length; ord++) {
                sentimentOfOrd[ord] = sentimentCode(sentiments.lookupOrd(ord).utf8ToString());
            }
            leaf(context);
        }

        @Override
        public final void collect(int doc) throws IOException {
            collect(doc, sentiments.advanceExact(doc) ? sentimentOfOrd[sentiments.ordValue()] : NONE);
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        /** Call once the search returned, so the last segment is merged too. */
        final void done() throws IOException {
            if (started) {
                finishLeaf();
                started = false;
            }
        }
    }
}
