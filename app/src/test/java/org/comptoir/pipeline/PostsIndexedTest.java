package org.comptoir.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comptoir.testing.TestPosts.post;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.comptoir.enrich.Enricher;
import org.comptoir.events.Events;
import org.comptoir.store.StoredPost;
import org.comptoir.topic.TopicRepository;
import org.comptoir.sql.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostsIndexedTest {
    @TempDir
    Path dir;

    @Test
    void everyListenerHearsTheNewPostsOnceTheyAreDurableAndNotDuplicates() {
        Events events = new Events();
        List<PostsIndexed> dashboard = new ArrayList<>();
        List<PostsIndexed> alerts = new ArrayList<>();
        events.subscribe(PostsIndexed.class, dashboard::add);
        events.subscribe(PostsIndexed.class, e -> {
            throw new IllegalStateException("a failing listener does not stop the others");
        });
        events.subscribe(PostsIndexed.class, alerts::add);
        try (Database database = Database.h2(dir);
             Pipelines pipelines = new Pipelines(dir, new TopicRepository(database.dataSource()), Enricher.none(), events)) {
            Pipeline pipeline = pipelines.get("default");
            pipeline.process(List.of(post("m:1", "Une panne", "fr", "2026-03-01T10:00:00Z"),
                    post("m:2", "Un café", "fr", "2026-03-01T11:00:00Z")));
            assertThat(dashboard).as("nothing before the commit").isEmpty();
            pipeline.commit();
            pipeline.process(List.of(post("m:2", "Un café", "fr", "2026-03-01T11:00:00Z")));
            pipeline.commit();
        }
        assertThat(dashboard).singleElement().satisfies(event -> {
            assertThat(event.workspace()).isEqualTo("default");
            assertThat(event.posts()).extracting(StoredPost::post).extracting(p -> p.id()).containsExactly("m:1", "m:2");
        });
        assertThat(alerts).isEqualTo(dashboard);
    }
}
