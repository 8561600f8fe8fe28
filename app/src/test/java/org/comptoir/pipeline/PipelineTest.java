package org.comptoir.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comptoir.testing.TestPosts.post;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.comptoir.enrich.Enricher;
import org.comptoir.query.QueryParser;
import org.comptoir.store.PostIndex;
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

    @Test
    void postsProcessedDuringACommitAreWrittenAtOnceAndAnnouncedByTheNextCommit() throws Exception {
        CountDownLatch commitStarted = new CountDownLatch(1);
        CountDownLatch releaseCommit = new CountDownLatch(1);
        LucenePostIndex lucene = new LucenePostIndex(dir.resolve("held"));
        PostIndex heldCommit = (PostIndex) Proxy.newProxyInstance(PostIndex.class.getClassLoader(),
                new Class<?>[] {PostIndex.class}, (proxy, method, args) -> {
                    if (method.getName().equals("commit")) {
                        commitStarted.countDown();
                        releaseCommit.await(30, TimeUnit.SECONDS);
                    }
                    try {
                        return method.invoke(lucene, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        List<List<String>> announced = new CopyOnWriteArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (Pipeline held = new Pipeline(heldCommit, new TopicMatcher(1), Enricher.none(),
                posts -> announced.add(posts.stream().map(p -> p.post().id()).toList()))) {
            held.process(List.of(post("m:1", "avant le commit", "fr", "2026-03-01T10:00:00Z")));
            Future<?> commit = threads.submit(held::commit);
            assertThat(commitStarted.await(10, TimeUnit.SECONDS)).isTrue();

            Future<Pipeline.Processed> during = threads.submit(
                    () -> held.process(List.of(post("m:2", "pendant le commit", "fr", "2026-03-01T10:00:01Z"))));
            assertThat(during.get(10, TimeUnit.SECONDS).indexed()).isEqualTo(1);
            assertThat(held.index().get("m:2")).isPresent();

            releaseCommit.countDown();
            commit.get(10, TimeUnit.SECONDS);
            assertThat(announced).containsExactly(List.of("m:1"));
            held.commit();
            assertThat(announced).containsExactly(List.of("m:1"), List.of("m:2"));
        } finally {
            releaseCommit.countDown();
            threads.shutdownNow();
        }
    }
}
