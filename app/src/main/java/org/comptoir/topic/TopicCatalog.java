package org.comptoir.topic;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.comptoir.events.Events;
import org.comptoir.query.QueryNode;
import org.comptoir.query.QueryParser;
import org.comptoir.query.QuerySyntaxException;

/**
 * The topics of each workspace: validates and saves them, then publishes {@link TopicSaved} or
 * {@link TopicRemoved} so stored posts are matched again (backfill) and new posts are matched at ingest.
 */
public final class TopicCatalog {
    private final TopicRepository repository;
    private final Events events;
    private final MentionCounter mentions;
    private final Clock clock;

    public TopicCatalog(TopicRepository repository, Events events, MentionCounter mentions, Clock clock) {
        this.repository = repository;
        this.events = events;
        this.mentions = mentions;
        this.clock = clock;
    }

    /** Counts the stored posts that carry a topic (the pipeline's index answers). */
    @FunctionalInterface
    public interface MentionCounter {
        long count(String workspace, String topic);
    }

    /** Creates or replaces a topic; returns it once every stored post has been matched against it. */
    public Topic save(String workspace, String name, String query, String description) throws QuerySyntaxException {
        Topic.checkName(name);
        QueryNode parsed = QueryParser.parse(query);
        Instant now = clock.instant();
        Instant createdAt = repository.find(workspace, name).map(Topic::createdAt).orElse(now);
        Topic topic = new Topic(workspace, name, query, description, createdAt, now);
        repository.save(topic);
        events.publish(new TopicSaved(topic, parsed));
        return topic;
    }

    public boolean remove(String workspace, String name) {
        boolean removed = repository.delete(workspace, name);
        if (removed) {
            events.publish(new TopicRemoved(workspace, name));
        }
        return removed;
    }

    public List<Topic> list(String workspace) {
        return repository.list(workspace);
    }

    public Optional<Topic> find(String workspace, String name) {
        return repository.find(workspace, name);
    }

    /** The number of stored posts matching the topic. */
    public long mentions(String workspace, String name) {
        return mentions.count(workspace, name);
    }

    /** Parses a query without saving it; the exception names the problem and its column. */
    public static QueryNode lint(String query) throws QuerySyntaxException {
        return QueryParser.parse(query);
    }
}
