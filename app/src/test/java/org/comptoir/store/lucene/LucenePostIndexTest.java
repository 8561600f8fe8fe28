package org.comptoir.store.lucene;

import java.nio.file.Path;
import org.comptoir.store.PostIndex;
import org.comptoir.store.PostIndexContract;
import org.junit.jupiter.api.io.TempDir;

class LucenePostIndexTest extends PostIndexContract {
    @TempDir
    Path dir;

    @Override
    protected PostIndex openIndex() {
        return new LucenePostIndex(dir.resolve("index"));
    }

    @Override
    protected PostIndex reopen(PostIndex current) {
        current.close();
        return new LucenePostIndex(dir.resolve("index"));
    }

    @org.junit.jupiter.api.Test
    void anIndexWrittenBeforeTheAggregationFieldsIsRewrittenOnOpen() throws Exception {
        Path old = dir.resolve("old");
        try (var directory = org.apache.lucene.store.FSDirectory.open(old);
             var writer = new org.apache.lucene.index.IndexWriter(directory,
                     new org.apache.lucene.index.IndexWriterConfig(PostAnalyzers.analyzer()))) {
            var doc = PostDocuments.toDocument(org.comptoir.testing.TestPosts.post("m:1", "une panne", "fr", "2026-03-01T10:00:00Z"),
                    java.util.List.of("pannes"));
            doc.removeFields(PostFields.AGG_NETWORK);
            doc.removeFields(PostFields.AGG_TOPIC);
            doc.removeFields(PostFields.AGG_AUTHOR);
            doc.removeFields(PostFields.AGG_LANG);
            doc.removeFields(PostFields.AGG_SITE);
            writer.addDocument(doc);
            writer.commit();
        }
        try (LucenePostIndex reopened = new LucenePostIndex(old)) {
            org.assertj.core.api.Assertions.assertThat(reopened.countBy(org.comptoir.store.PostQuery.all(), org.comptoir.store.Facet.TOPIC))
                    .containsOnlyKeys("pannes");
            org.assertj.core.api.Assertions.assertThat(reopened.countBy(org.comptoir.store.PostQuery.all(), org.comptoir.store.Facet.NETWORK))
                    .containsOnlyKeys("mastodon");
            org.assertj.core.api.Assertions.assertThat(reopened.count(org.comptoir.store.PostQuery.all())).isEqualTo(1);
        }
    }
}
