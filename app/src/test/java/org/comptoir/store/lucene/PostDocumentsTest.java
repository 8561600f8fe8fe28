package org.comptoir.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.comptoir.post.Analysis;
import org.comptoir.post.Author;
import org.comptoir.post.Intent;
import org.comptoir.post.Metrics;
import org.comptoir.post.Network;
import org.comptoir.post.Post;
import org.comptoir.post.Sentiment;
import org.comptoir.store.StoredPost;
import org.junit.jupiter.api.Test;

class PostDocumentsTest {
    private static final Post FULL = new Post("mastodon:42", Network.of("Piaille"), " https://piaille.fr/@marie/42 ",
            new Author("109", "@Marie@piaille.fr", "Marie 🌻", 0L), "Encore en panne 😡\nmerci", "",
            "fr-CA", Instant.parse("2024-01-02T03:04:05.123456789Z"), "mastodon:41", new Metrics(5, 0, 7),
            "{\"id\":\"42\"}", new Analysis("und", Sentiment.NEGATIVE, 0.1 + 0.2, Intent.CHURN_RISK,
            List.of("panne", "😡", "panne")));
    private static final Post MINIMAL = new Post("rss:1", Network.RSS, null, null, "", null, null,
            Instant.EPOCH, null, null, null, null);
    private static final Post HALF_ANALYSED = MINIMAL.withAnalysis(new Analysis(null, null, 0.0, null, null));

    @Test
    void aDocumentRebuildsThePostExactly() {
        for (Post post : List.of(FULL, MINIMAL, HALF_ANALYSED)) {
            StoredPost stored = PostDocuments.fromDocument(PostDocuments.toDocument(post, List.of("b", "a")));
            assertThat(stored.post()).isEqualTo(post);
            assertThat(stored.topics()).containsExactly("b", "a");
        }
    }

    @Test
    void storedFieldsReadBackFromAnIndexRebuildThePostExactly() throws Exception {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(PostAnalyzers.analyzer()))) {
                for (Post post : List.of(FULL, MINIMAL)) {
                    writer.updateDocument(PostDocuments.idTerm(post.id()), PostDocuments.toDocument(post, List.of("t1")));
                }
                writer.updateDocument(PostDocuments.idTerm(FULL.id()), PostDocuments.toDocument(FULL, List.of("t1", "t2")));
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                TopDocs hits = searcher.search(new org.apache.lucene.search.MatchAllDocsQuery(), 10,
                        new Sort(new SortField(PostFields.ID, SortField.Type.STRING)));
                assertThat(hits.totalHits.value).isEqualTo(2);
                Document full = searcher.storedFields().document(hits.scoreDocs[0].doc);
                assertThat(PostDocuments.fromDocument(full)).isEqualTo(new StoredPost(FULL, List.of("t1", "t2")));
                Document minimal = searcher.storedFields().document(hits.scoreDocs[1].doc);
                assertThat(PostDocuments.fromDocument(minimal)).isEqualTo(new StoredPost(MINIMAL, List.of("t1")));
                assertThat(searcher.count(new TermQuery(new org.apache.lucene.index.Term(PostFields.LANG, "fr"))))
                        .isEqualTo(1);
            }
        }
    }

    @Test
    void theEffectiveLanguageChoosesTheStemmedField() {
        Document doc = PostDocuments.toDocument(FULL, List.of());
        assertThat(doc.getField("text_fr")).isNotNull();
        assertThat(doc.getField("text_other")).isNull();
        assertThat(doc.get(PostFields.NETWORK)).isEqualTo("piaille");
    }
}
