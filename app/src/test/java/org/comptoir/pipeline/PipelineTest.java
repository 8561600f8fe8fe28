package org.comptoir.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comptoir.testing.TestPosts.post;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.comptoir.enrich.Enricher;
import org.comptoir.query.QueryParser;
import org.comptoir.store.PostQuery;
import org.comptoir.store.lucene.LucenePostIndex;
import org.comptoir.topic.TopicMatcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineTest {
    @TempDir
    Path dir;
    Pipeline pipeline;

    @BeforeEach
    void open() {
        pipeline = new Pipeline(new LucenePostIndex(dir), new TopicMatcher(2), Enricher.none());
    }

    @AfterEach
    void close() {
        pipeline.close();
    }

    @Test
    void newPostsAreMatchedAgainstTopicsAtIngest() throws Exception {
        pipeline.registerTopics(Map.of("pannes", QueryParser.parse("panne OR coupure"), "cafe", QueryParser.parse("café")));
        pipeline.process(List.of(post("m:1", "Encore une coupure de réseau", "fr", "2026-03-01T10:00:00Z"),
                post("m:2", "Un cafe et une panne", "fr", "2026-03-01T11:00:00Z"),
                post("m:3", "Rien à signaler", "fr", "2026-03-01T12:00:00Z")));
        assertThat(pipeline.index().get("m:1").orElseThrow().topics()).containsExactly("pannes");
        assertThat(pipeline.index().get("m:2").orElseThrow().topics()).containsExactly("cafe", "pannes");
        assertThat(pipeline.index().get("m:3").orElseThrow().topics()).isEmpty();
    }

    @Test
    void postsAlreadyStoredOrRepeatedInTheBatchAreCountedAsDuplicates() {
        pipeline.process(List.of(post("m:1", "un", "fr", "2026-03-01T10:00:00Z")));
        Pipeline.Processed processed = pipeline.process(List.of(post("m:1", "un", "fr", "2026-03-01T10:00:00Z"),
                post("m:2", "deux", "fr", "2026-03-01T10:00:00Z"), post("m:2", "deux", "fr", "2026-03-01T10:00:00Z")));
        assertThat(processed).isEqualTo(new Pipeline.Processed(1, 2));
        assertThat(pipeline.index().count(PostQuery.all())).isEqualTo(2);
    }

    @Test
    void aNewTopicIsBackfilledOnStoredPostsAndRemovingItUntagsThem() throws Exception {
        pipeline.process(List.of(post("m:1", "Mes pannes de box", "fr", "2026-03-01T10:00:00Z"),
                post("m:2", "Tout marche", "fr", "2026-03-01T11:00:00Z")));
        int tagged = pipeline.applyTopic("pannes", QueryParser.parse("panne"));
        assertThat(tagged).isEqualTo(1);
        assertThat(pipeline.index().count(PostQuery.all().withTopic("pannes"))).isEqualTo(1);
        pipeline.process(List.of(post("m:3", "Nouvelle panne ce matin", "fr", "2026-03-02T10:00:00Z")));
        assertThat(pipeline.index().count(PostQuery.all().withTopic("pannes"))).isEqualTo(2);

        pipeline.applyTopic("pannes", QueryParser.parse("marche"));
        assertThat(pipeline.index().search(PostQuery.all().withTopic("pannes")).posts())
                .extracting(p -> p.post().id()).containsExactly("m:2");

        pipeline.removeTopic("pannes");
        assertThat(pipeline.index().count(PostQuery.all().withTopic("pannes"))).isZero();
        pipeline.process(List.of(post("m:4", "panne qui marche", "fr", "2026-03-03T10:00:00Z")));
        assertThat(pipeline.index().get("m:4").orElseThrow().topics()).isEmpty();
    }

    @Test
    void concurrentBatchesSharingIdsIndexEachPostOnceAndCountItOnce() throws Exception {
        List<org.comptoir.post.Post> first = new java.util.ArrayList<>();
        List<org.comptoir.post.Post> second = new java.util.ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            org.comptoir.post.Post post = post("m:" + i, "message " + i, "fr", "2026-03-01T10:00:00Z");
            if (i < 2_000) {
                first.add(post);
            }
            if (i >= 1_000) {
                second.add(post);
            }
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(() -> pipeline.process(first));
            var b = pool.submit(() -> pipeline.process(second));
            Pipeline.Processed pa = a.get();
            Pipeline.Processed pb = b.get();
            assertThat(pa.indexed() + pb.indexed()).isEqualTo(3_000);
            assertThat(pa.duplicates() + pb.duplicates()).isEqualTo(1_000);
        } finally {
            pool.shutdown();
        }
        assertThat(pipeline.index().count(PostQuery.all())).isEqualTo(3_000);
    }
}
