package org.comptoir.topic;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.comptoir.post.Post;
import org.comptoir.store.lucene.PostDocuments;

/**
 * The document Lucene Monitor matches a post as: the post's index document reduced to the indexed
 * fields some topic reads. Monitor indexes each batch into a small index, so stored fields, doc values
 * and unread fields (id, raw payload, case-sensitive copies when no topic uses {@code {…}}) are pure cost.
 */
final class MatchDocuments {
    private MatchDocuments() {
    }

    static Document of(Post post, Set<String> queryFields) {
        Document full = PostDocuments.toDocument(post, List.of());
        Document lean = new Document();
        for (IndexableField field : full) {
            boolean indexed = field.fieldType().indexOptions() != IndexOptions.NONE || field.fieldType().pointDimensionCount() > 0;
            if (indexed && queryFields.contains(field.name())) {
                lean.add(field);
            }
        }
        return lean;
    }

    /** The fields a query reads. */
    static Set<String> fieldsOf(Query query) {
        Set<String> fields = new HashSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                fields.add(field);
                return true;
            }

            @Override
            public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return fields;
    }
}
