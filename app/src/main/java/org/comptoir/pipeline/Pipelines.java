package org.comptoir.pipeline;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.comptoir.enrich.Enricher;
import org.comptoir.query.QueryNode;
import org.comptoir.query.QueryParser;
import org.comptoir.query.QuerySyntaxException;
import org.comptoir.store.lucene.LucenePostIndex;
import org.comptoir.topic.Topic;
import org.comptoir.events.Events;
import org.comptoir.store.PostQuery;
import org.comptoir.topic.TopicRemoved;
import org.comptoir.topic.TopicSaved;
import org.comptoir.topic.TopicMatcher;
import org.comptoir.topic.TopicRepository;
import org.comptoir.topic.StoredPosts;
import org.comptoir.store.SearchPage;

/**
 * The open {@link Pipeline} of each workspace, created on first use: its Lucene index under
 * {@code <data>/workspaces/<name>/index} and a topic matcher loaded with the workspace's topics.
 * Listens to topic changes to re-match stored posts; each pipeline publishes {@link PostsIndexed}.
 */
public final class Pipelines implements StoredPosts, AutoCloseable {
    private final Path dataDir;
    private final TopicRepository topics;
    private final Enricher enricher;
    private final Events events;
    private final Map<String, Pipeline> open = new ConcurrentHashMap<>();

    public Pipelines(Path dataDir, TopicRepository topics, Enricher enricher, Events events) {
        this.dataDir = dataDir;
        this.topics = topics;
        this.enricher = enricher;
        this.events = events;
        events.subscribeStrictly(TopicSaved.class, this::topicSaved);
        events.subscribeStrictly(TopicRemoved.class, this::topicRemoved);
    }

    public Pipeline get(String workspace) {
        return open.computeIfAbsent(workspace, this::openPipeline);
    }

    /** The number of stored posts of the workspace that carry the topic. */
    public long mentions(String workspace, String topic) {
        return get(workspace).index().count(PostQuery.all().withTopic(topic));
    }

    @Override
    public long count(String workspace, PostQuery query) {
        return get(workspace).index().count(query);
    }

    @Override
    public SearchPage search(String workspace, PostQuery query) {
        return get(workspace).index().search(query);
    }

    private void topicSaved(TopicSaved event) {
        get(event.topic().workspace()).applyTopic(event.topic().name(), event.parsedQuery());
    }

    private void topicRemoved(TopicRemoved event) {
        get(event.workspace()).removeTopic(event.name());
    }

    private Pipeline openPipeline(String workspace) {
        Path indexDir = dataDir.resolve("workspaces").resolve(workspace).resolve("index");
        Pipeline pipeline = new Pipeline(new LucenePostIndex(indexDir),
                new TopicMatcher(Runtime.getRuntime().availableProcessors()), enricher,
                indexed -> events.publish(new PostsIndexed(workspace, indexed)));
        Map<String, QueryNode> queries = new LinkedHashMap<>();
        for (Topic topic : topics.list(workspace)) {
            try {
                queries.put(topic.name(), QueryParser.parse(topic.query()));
            } catch (QuerySyntaxException e) {
                throw new IllegalStateException("stored topic '" + topic.name() + "' of workspace '" + workspace
                        + "' no longer parses: " + e.getMessage(), e);
            }
        }
        pipeline.registerTopics(queries);
        return pipeline;
    }

    @Override
    public void close() {
        open.values().forEach(Pipeline::close);
        open.clear();
    }
}
