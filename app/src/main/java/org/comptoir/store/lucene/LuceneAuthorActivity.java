package org.comptoir.store.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.FixedBitSet;
import org.comptoir.store.AuthorTable;

/**
 * What each author of one or more selections did, from the reader's {@link AuthorColumns}: one pass of each
 * selection's query over arrays, into an {@link AuthorTable} whose rows are the authors present (a global ordinal
 * maps to its row, so the selections' rows line up). A reply defends when it is not negative and its parent is a
 * live negative post anywhere in the index. Names are resolved only for the rows the caller keeps.
 */
final class LuceneAuthorActivity {
    /** Weeks active are counted over at most this many weeks from the period's first one (later ones count as the last). */
    static final int MAX_WEEKS = 128;
    private static final long WEEK_MILLIS = ChronoUnit.WEEKS.getDuration().toMillis();
    /** Epoch day 0 is a Thursday: shifting by 3 days makes weeks start on Monday (ISO). */
    private static final long MONDAY_SHIFT_MILLIS = 3 * ChronoUnit.DAYS.getDuration().toMillis();

    private LuceneAuthorActivity() {
    }

    /** One selection: its query and the start of its period (null: from the oldest post). */
    record Selection(Query query, Instant from) {
    }

    /** The longs of the last table, reused by the next request instead of allocating (and faulting in) tens of MB again. */
    private static final AtomicReference<long[]> SPARE = new AtomicReference<>();

    static <R> R authors(IndexSearcher searcher, AuthorColumns columns, List<Selection> selections, Function<AuthorTable, R> reduce)
            throws IOException {
        IndexReader reader = searcher.getIndexReader();
        int[] rowOf = new int[columns.authors];
        Arrays.fill(rowOf, -1);
        long[] spare = SPARE.getAndSet(null);
        AuthorTable table = spare != null ? new AuthorTable(selections.size(), spare) : new AuthorTable(selections.size(), 1024);
        int[] ordOfRow = new int[1024];
        for (int s = 0; s < selections.size(); s++) {
            Collector collector = new Collector(columns, table, s, rowOf, firstWeek(reader, selections.get(s).from()), ordOfRow);
            searcher.search(selections.get(s).query(), collector);
            ordOfRow = collector.ordOfRow;
        }
        int[] ords = ordOfRow;
        table.names(new AuthorTable.Names() {
            @Override
            public String key(int row) {
                try {
                    return columns.key(reader, ords[row]);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            /** Global ordinals follow the keys' byte order, which is their order for the ASCII keys authors have. */
            @Override
            public int compareKeys(int rowA, int rowB) {
                return Integer.compare(ords[rowA], ords[rowB]);
            }

            @Override
            public String latestPostId(int selection, int row) {
                try {
                    return table.posts(selection, row) > 0 ? idOf(reader, (int) table.latest(selection, row)) : null;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        try {
            return reduce.apply(table);
        } finally {
            SPARE.set(table.buffer());
        }
    }

    private static String idOf(IndexReader reader, int doc) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        SortedDocValues ids = DocValues.getSorted(leaf.reader(), PostFields.ID);
        return ids.advanceExact(doc - leaf.docBase) ? ids.lookupOrd(ids.ordValue()).utf8ToString() : null;
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

    /** Counts one selection's posts into the table, reading the segment columns. */
    private static final class Collector extends SimpleCollector {
        private final AuthorColumns columns;
        private final AuthorTable table;
        private final int selection;
        private final int[] rowOf;
        private final long firstWeek;
        int[] ordOfRow;
        private SegmentColumns leaf;
        private FixedBitSet negativeParent;
        private int[] toGlobal;
        private int docBase;

        Collector(AuthorColumns columns, AuthorTable table, int selection, int[] rowOf, long firstWeek, int[] ordOfRow) {
            this.columns = columns;
            this.table = table;
            this.selection = selection;
            this.rowOf = rowOf;
            this.firstWeek = firstWeek;
            this.ordOfRow = ordOfRow;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) {
            leaf = columns.leaves[context.ord];
            toGlobal = columns.globalAuthor[context.ord];
            negativeParent = columns.negativeParent[context.ord];
            docBase = context.docBase;
        }

        @Override
        public void collect(int doc) {
            int ord = leaf.author[doc];
            if (ord < 0) {
                return;
            }
            int global = toGlobal[ord];
            int row = rowOf[global];
            if (row < 0) {
                row = table.addRow();
                rowOf[global] = row;
                if (row >= ordOfRow.length) {
                    ordOfRow = Arrays.copyOf(ordOfRow, ordOfRow.length * 2);
                }
                ordOfRow[row] = global;
            }
            long millis = leaf.millis[doc];
            int week = (int) Math.max(0, Math.min(MAX_WEEKS - 1, week(millis) - firstWeek));
            int sentiment = leaf.sentiment[doc];
            if (table.post(selection, row, sentiment, leaf.reactions[doc], leaf.followers[doc], week, millis)) {
                table.latest(selection, row, docBase + doc);
            }
            if (leaf.parent[doc] != 0) {
                boolean calm = sentiment != LuceneAggregations.NEGATIVE && sentiment != LuceneAggregations.NONE;
                table.reply(selection, row, calm && negativeParent.get(doc));
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
