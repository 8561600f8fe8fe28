package org.comptoir.store.lucene;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * One reader's view for the author figures: each segment's {@link SegmentColumns}, each segment's author
 * ordinals mapped to global ones (one number per author across segments), and which posts reply to a live
 * negative post (its parent's id hash is among the live negative posts' ones). Built once per reader by {@link Cache}
 * (the segments' columns once per segment), then every author request reads arrays.
 */
final class AuthorColumns {
    final SegmentColumns[] leaves;
    final int[][] globalAuthor;
    final int authors;
    /** Per segment, the posts whose parent is a live negative post (looked up once per reader, not per request). */
    final FixedBitSet[] negativeParent;
    private final OrdinalMap map;

    private AuthorColumns(SegmentColumns[] leaves, int[][] globalAuthor, int authors, FixedBitSet[] negativeParent, OrdinalMap map) {
        this.leaves = leaves;
        this.globalAuthor = globalAuthor;
        this.authors = authors;
        this.negativeParent = negativeParent;
        this.map = map;
    }

    /** The author key of a global ordinal. */
    String key(IndexReader reader, int globalOrd) throws IOException {
        int leaf = map == null ? 0 : map.getFirstSegmentNumber(globalOrd);
        long ord = map == null ? globalOrd : map.getFirstSegmentOrd(globalOrd);
        return DocValues.getSorted(reader.leaves().get(leaf).reader(), PostFields.AGG_AUTHOR).lookupOrd((int) ord).utf8ToString();
    }

    /** The columns of the readers' segments, kept while a segment lives, and the latest reader's view. */
    static final class Cache {
        private final Map<IndexReader.CacheKey, SegmentColumns> segments = new ConcurrentHashMap<>();
        private volatile Entry last;

        private record Entry(Object key, AuthorColumns view) {
        }

        AuthorColumns of(IndexReader reader) throws IOException {
            IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
            Object key = helper == null ? reader : helper.getKey();
            Entry entry = last;
            if (entry != null && entry.key() == key) {
                return entry.view();
            }
            AuthorColumns view = build(reader);
            last = new Entry(key, view);
            return view;
        }

        private AuthorColumns build(IndexReader reader) throws IOException {
            List<LeafReaderContext> contexts = reader.leaves();
            SegmentColumns[] leaves = new SegmentColumns[contexts.size()];
            SortedDocValues[] authorValues = new SortedDocValues[contexts.size()];
            int negatives = 0;
            for (int i = 0; i < leaves.length; i++) {
                leaves[i] = columns(contexts.get(i));
                authorValues[i] = DocValues.getSorted(contexts.get(i).reader(), PostFields.AGG_AUTHOR);
                negatives += leaves[i].negativeDocs.length;
            }
            OrdinalMap map = leaves.length <= 1 ? null : OrdinalMap.build(null, authorValues, PackedInts.DEFAULT);
            int[][] global = new int[leaves.length][];
            for (int i = 0; i < leaves.length; i++) {
                int count = authorValues[i].getValueCount();
                global[i] = new int[count];
                LongValues toGlobal = map == null ? LongValues.IDENTITY : map.getGlobalOrds(i);
                for (int ord = 0; ord < count; ord++) {
                    global[i][ord] = (int) toGlobal.get(ord);
                }
            }
            LongHashSet negativeIds = new LongHashSet(negatives);
            for (int i = 0; i < leaves.length; i++) {
                Bits live = contexts.get(i).reader().getLiveDocs();
                SegmentColumns c = leaves[i];
                for (int n = 0; n < c.negativeDocs.length; n++) {
                    if (live == null || live.get(c.negativeDocs[n])) {
                        negativeIds.add(c.negativeIds[n]);
                    }
                }
            }
            FixedBitSet[] negativeParent = new FixedBitSet[leaves.length];
            for (int i = 0; i < leaves.length; i++) {
                long[] parent = leaves[i].parent;
                negativeParent[i] = new FixedBitSet(Math.max(1, parent.length));
                for (int doc = 0; doc < parent.length; doc++) {
                    if (parent[doc] != 0 && negativeIds.contains(parent[doc])) {
                        negativeParent[i].set(doc);
                    }
                }
            }
            int authors = map == null ? (authorValues.length == 0 ? 0 : authorValues[0].getValueCount()) : (int) map.getValueCount();
            return new AuthorColumns(leaves, global, authors, negativeParent, map);
        }

        private SegmentColumns columns(LeafReaderContext context) throws IOException {
            IndexReader.CacheHelper core = context.reader().getCoreCacheHelper();
            if (core == null) {
                return SegmentColumns.read(context.reader());
            }
            SegmentColumns cached = segments.get(core.getKey());
            if (cached == null) {
                cached = SegmentColumns.read(context.reader());
                if (segments.putIfAbsent(core.getKey(), cached) == null) {
                    core.addClosedListener(segments::remove);
                }
            }
            return cached;
        }
    }

    /** A set of longs by open addressing (0 is never stored: {@link SegmentColumns#hash} never returns it). */
    private static final class LongHashSet {
        private final long[] slots;
        private final int mask;

        LongHashSet(int expected) {
            int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
            slots = new long[capacity];
            mask = capacity - 1;
        }

        void add(long value) {
            int i = (int) (value ^ (value >>> 32)) & mask;
            while (slots[i] != 0 && slots[i] != value) {
                i = (i + 1) & mask;
            }
            slots[i] = value;
        }

        boolean contains(long value) {
            int i = (int) (value ^ (value >>> 32)) & mask;
            while (slots[i] != 0) {
                if (slots[i] == value) {
                    return true;
                }
                i = (i + 1) & mask;
            }
            return false;
        }
    }
}
