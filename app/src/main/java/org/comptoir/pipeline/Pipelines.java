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
import org.comptoir.topic.TopicEvents;
import org.comptoir.topic.TopicMatcher;
import org.comptoir.topic.TopicRepository;

/**
 * The open {@link Pipeline} of each workspace, created on first use: its Lucene index under
 * {@code <data>/workspaces/<name>/index} and a topic matcher loaded with the workspace's topics.
 * Listens to topic changes to re-match stored posts.
 */
public final class Pipelines implements TopicEvents, AutoCloseable {
    private final Path dataDir;
    private final TopicRepository topics;
    private final Enricher enricher;
    private final Map<String, Pipeline> open = new ConcurrentHashMap<>();

    public Pipelines(Path dataDir, TopicRepository topics, Enricher enricher) {
        this.dataDir = dataDir;
        this.topics = topics;
        this.enricher = enricher;
    }

    public Pipeline get(String workspace) {
        return open.computeIfAbsent(workspace, this::openPipeline);
    }

    @Override
    public void topicSaved(TopicSaved event) {
        get(event.topic().workspace()).applyTopic(event.topic().name(), event.parsedQuery());
    }

    @Override
    public void topicRemoved(TopicRemoved event) {
        get(event.workspace()).removeTopic(event.name());
    }

    private Pipeline openPipeline(String workspace) {
        Path indexDir = dataDir.resolve("workspaces").resolve(workspace).resolve("index");
        Pipeline pipeline = new Pipeline(new LucenePostIndex(indexDir),
                new TopicMatcher(Runtime.getRuntime().availableProcessors()), enricher);
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
