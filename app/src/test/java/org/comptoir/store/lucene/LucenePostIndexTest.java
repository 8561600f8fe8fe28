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

    @org.junit.jupiter.api.Test
    void aReplyDefendsWhateverTheAgeOfItsNegativeParentAndACorrectionIsHeeded() {
        java.util.List<org.comptoir.store.StoredPost> posts = new java.util.ArrayList<>();
        java.time.Instant start = java.time.Instant.parse("2026-03-01T00:00:00Z");
        int n = 2_100;
        for (int i = 0; i < n; i++) {
            posts.add(analysed("c:" + i, "1", org.comptoir.post.Sentiment.NEGATIVE, start.plusSeconds(i), null));
            posts.add(analysed("r:" + i, "2", org.comptoir.post.Sentiment.POSITIVE, start.plusSeconds(i + 60), "c:" + i));
        }
        // a calm reply to a complaint posted 60 days before the period, and one to a post that is not negative
        posts.add(analysed("old", "1", org.comptoir.post.Sentiment.NEGATIVE, start.minus(java.time.Duration.ofDays(60)), null));
        posts.add(analysed("r:old", "2", org.comptoir.post.Sentiment.POSITIVE, start.plusSeconds(5), "old"));
        posts.add(analysed("happy", "1", org.comptoir.post.Sentiment.POSITIVE, start.plusSeconds(6), null));
        posts.add(analysed("r:happy", "2", org.comptoir.post.Sentiment.POSITIVE, start.plusSeconds(7), "happy"));
        var period = new org.comptoir.store.PostQuery(null, null, start, start.plus(java.time.Duration.ofDays(1)), null, 20, null);
        try (LucenePostIndex index = new LucenePostIndex(dir.resolve("many"))) {
            index.upsert(posts.subList(0, posts.size() / 2));
            index.commit();
            index.upsert(posts.subList(posts.size() / 2, posts.size()));
            index.commit();
            var defender = index.authors(period).stream().filter(a -> a.key().equals("mastodon:2")).findFirst().orElseThrow();
            org.assertj.core.api.Assertions.assertThat(defender.replies()).isEqualTo(n + 2);
            org.assertj.core.api.Assertions.assertThat(defender.defences()).isEqualTo(n + 1);
            // the old complaint is corrected to neutral: answering it is no longer a defence
            index.upsert(java.util.List.of(analysed("old", "1", org.comptoir.post.Sentiment.NEUTRAL,
                    start.minus(java.time.Duration.ofDays(60)), null)));
            index.commit();
            var after = index.authors(period).stream().filter(a -> a.key().equals("mastodon:2")).findFirst().orElseThrow();
            org.assertj.core.api.Assertions.assertThat(after.defences()).isEqualTo(n);
        }
    }

    private static org.comptoir.store.StoredPost analysed(String id, String authorId, org.comptoir.post.Sentiment sentiment,
                                                         java.time.Instant at, String inReplyTo) {
        return new org.comptoir.store.StoredPost(new org.comptoir.post.Post(id, org.comptoir.post.Network.MASTODON, null,
                new org.comptoir.post.Author(authorId, "@a" + authorId, null, null), "texte", null, "fr", at, inReplyTo,
                new org.comptoir.post.Metrics(0, 0, 0), null,
                new org.comptoir.post.Analysis("fr", sentiment, 0.9, org.comptoir.post.Intent.OTHER, java.util.List.of())), java.util.List.of());
    }
}
