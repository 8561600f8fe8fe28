package org.comptoir.store.lucene;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

/**
 * The per-post values the author figures read, decoded once per segment into arrays (segments never change):
 * the author's segment ordinal, sentiment, time, reactions, followers, a 64-bit hash of the parent's id, and the
 * id hashes of the segment's negative posts. About 29 bytes per post plus 12 per negative post, kept while the
 * segment lives; reading arrays instead of doc-value iterators is what makes a million posts quick to aggregate.
 */
final class SegmentColumns {
    final int[] author;
    final byte[] sentiment;
    final long[] millis;
    final long[] reactions;
    final int[] followers;
    /** {@link #hash} of the parent's id, 0 for a post that replies to nothing. */
    final long[] parent;
    /** The negative posts of the segment (deleted ones included: the reader's live docs decide) and their id hashes. */
    final int[] negativeDocs;
    final long[] negativeIds;

    private SegmentColumns(int maxDoc, int negatives) {
        author = new int[maxDoc];
        sentiment = new byte[maxDoc];
        millis = new long[maxDoc];
        reactions = new long[maxDoc];
        followers = new int[maxDoc];
        parent = new long[maxDoc];
        negativeDocs = new int[negatives];
        negativeIds = new long[negatives];
    }

    static SegmentColumns read(LeafReader reader) throws IOException {
        int maxDoc = reader.maxDoc();
        byte[] sentiments = sentiments(reader, maxDoc);
        int negatives = 0;
        for (byte s : sentiments) {
            negatives += s == LuceneAggregations.NEGATIVE ? 1 : 0;
        }
        SegmentColumns c = new SegmentColumns(maxDoc, negatives);
        System.arraycopy(sentiments, 0, c.sentiment, 0, maxDoc);
        Arrays.fill(c.author, -1);
        SortedDocValues authors = DocValues.getSorted(reader, PostFields.AGG_AUTHOR);
        for (int doc = authors.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = authors.nextDoc()) {
            c.author[doc] = authors.ordValue();
        }
        copy(DocValues.getNumeric(reader, PostFields.CREATED_AT), c.millis);
        copy(DocValues.getNumeric(reader, PostFields.ENGAGEMENT), c.reactions);
        NumericDocValues followers = DocValues.getNumeric(reader, PostFields.FOLLOWERS);
        for (int doc = followers.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = followers.nextDoc()) {
            c.followers[doc] = (int) Math.min(Integer.MAX_VALUE, Math.max(0, followers.longValue()));
        }
        SortedDocValues parents = DocValues.getSorted(reader, PostFields.AGG_PARENT);
        long[] parentHashes = hashes(parents);
        for (int doc = parents.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = parents.nextDoc()) {
            c.parent[doc] = parentHashes[parents.ordValue()];
        }
        SortedDocValues ids = DocValues.getSorted(reader, PostFields.ID);
        long[] idHashes = hashes(ids);
        int n = 0;
        for (int doc = 0; doc < maxDoc; doc++) {
            if (sentiments[doc] == LuceneAggregations.NEGATIVE && ids.advanceExact(doc)) {
                c.negativeDocs[n] = doc;
                c.negativeIds[n++] = idHashes[ids.ordValue()];
            }
        }
        return c;
    }

    private static byte[] sentiments(LeafReader reader, int maxDoc) throws IOException {
        byte[] result = new byte[maxDoc];
        Arrays.fill(result, (byte) LuceneAggregations.NONE);
        SortedDocValues values = DocValues.getSorted(reader, PostFields.AGG_SENTIMENT);
        byte[] ofOrd = new byte[values.getValueCount()];
        for (int ord = 0; ord < ofOrd.length; ord++) {
            ofOrd[ord] = (byte) LuceneAggregations.sentimentCode(values.lookupOrd(ord).utf8ToString());
        }
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
            result[doc] = ofOrd[values.ordValue()];
        }
        return result;
    }

    private static void copy(NumericDocValues values, long[] into) throws IOException {
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
            into[doc] = values.longValue();
        }
    }

    /** The hash of every term of a sorted field, by ordinal, reading the terms once in order. */
    private static long[] hashes(SortedDocValues values) throws IOException {
        long[] result = new long[values.getValueCount()];
        TermsEnum terms = values.termsEnum();
        int ord = 0;
        for (BytesRef term = terms.next(); term != null; term = terms.next()) {
            result[ord++] = hash(term.bytes, term.offset, term.length);
        }
        return result;
    }

    /** A 64-bit hash of a post id (FNV-1a, then a SplitMix64 finish); never 0, which means "no parent". */
    static long hash(byte[] bytes, int offset, int length) {
        long h = 0xcbf29ce484222325L;
        for (int i = offset; i < offset + length; i++) {
            h = (h ^ (bytes[i] & 0xff)) * 0x100000001b3L;
        }
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        h ^= h >>> 31;
        return h == 0 ? 1 : h;
    }

    static long hash(String id) {
        byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
        return hash(bytes, 0, bytes.length);
    }
}
