package org.comptoir.store.lucene;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.comptoir.store.PostQuery;

/** Turns a {@link PostQuery} into a Lucene query, sort and cursor. */
final class LuceneSearchRequest {
    static final Sort NEWEST_FIRST = new Sort(
            new SortField(PostFields.CREATED_AT, SortField.Type.LONG, true),
            new SortField(PostFields.ID, SortField.Type.STRING));

    private LuceneSearchRequest() {
    }

    static Query toLuceneQuery(PostQuery query) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        builder.add(query.query() == null ? new MatchAllDocsQuery() : LuceneQueryTranslator.toQuery(query.query()), Occur.MUST);
        if (query.topic() != null) {
            builder.add(new TermQuery(new Term(PostFields.TOPIC, query.topic())), Occur.FILTER);
        }
        if (query.lang() != null) {
            builder.add(new TermQuery(new Term(PostFields.LANG, query.lang())), Occur.FILTER);
        }
        if (query.network() != null) {
            builder.add(new TermQuery(new Term(PostFields.NETWORK, query.network())), Occur.FILTER);
        }
        if (query.from() != null || query.to() != null) {
            long from = query.from() == null ? Long.MIN_VALUE : query.from().toEpochMilli();
            long to = query.to() == null ? Long.MAX_VALUE : query.to().toEpochMilli() - 1;
            builder.add(LongPoint.newRangeQuery(PostFields.CREATED_AT, from, to), Occur.FILTER);
        }
        return builder.build();
    }

    static String encodeCursor(FieldDoc last) {
        long createdAt = (Long) last.fields[0];
        String id = ((BytesRef) last.fields[1]).utf8ToString();
        String raw = createdAt + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static FieldDoc decodeCursor(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid cursor: " + cursor, e);
        }
        int colon = raw.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("invalid cursor: " + cursor);
        }
        try {
            long createdAt = Long.parseLong(raw.substring(0, colon));
            // the id plus \0 sorts right after the last id seen and before any other, so the page boundary is exact
            return new FieldDoc(-1, Float.NaN, new Object[] {createdAt, new BytesRef(raw.substring(colon + 1) + "\0")});
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid cursor: " + cursor, e);
        }
    }
}
