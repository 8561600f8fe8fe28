package org.comptoir.topic;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.comptoir.events.Actor;
import org.comptoir.events.Events;
import org.comptoir.query.QueryNode;
import org.comptoir.query.QueryParser;
import org.comptoir.query.QuerySyntaxException;
import org.comptoir.store.PostQuery;

/**
 * The topics of each workspace: validates and saves them, then publishes {@link TopicSaved} or
 * {@link TopicRemoved} so stored posts are matched again (backfill) and new posts are matched at ingest.
 */
public final class TopicCatalog {
    private final TopicRepository repository;
    private final Events events;
    private final StoredPosts posts;
    private final Clock clock;

    public TopicCatalog(TopicRepository repository, Events events, StoredPosts posts, Clock clock) {
        this.repository = repository;
        this.events = events;
        this.posts = posts;
        this.clock = clock;
    }

    /** A topic with its mentions over the last 7 and 30 days, for the topics page. */
    public record Overview(Topic topic, long last7Days, long last30Days) {
    }

    /** Creates or replaces a topic, keeping its kind and engage setting; returns it once stored posts are re-matched. */
    public Topic save(String workspace, String name, String query, String description) throws QuerySyntaxException {
        return save(workspace, name, query, description, null, null);
    }

    /**
     * Creates or replaces a topic; returns it once every stored post has been matched against it. A null
     * {@code kind} or {@code engage} keeps the stored value (a new topic: other, no engagement). The
     * current {@link Actor} is recorded as the author of the change.
     */
    public Topic save(String workspace, String name, String query, String description, TopicKind kind, Boolean engage)
            throws QuerySyntaxException {
        QueryNode parsed = check(name, query);
        Instant now = clock.instant();
        Optional<Topic> existing = repository.find(workspace, name);
        Topic topic = new Topic(workspace, name, query, description,
                kind != null ? kind : existing.map(Topic::kind).orElse(TopicKind.OTHER),
                engage != null ? engage : existing.map(Topic::engage).orElse(false),
                existing.map(Topic::createdAt).orElse(now), now, Actor.current().name());
        repository.save(topic);
        events.publish(new TopicSaved(topic, parsed));
        return topic;
    }

    /** Checks a topic's name and query without saving anything; returns the parsed query. */
    public static QueryNode check(String name, String query) throws QuerySyntaxException {
        Topic.checkName(name);
        return QueryParser.parse(query);
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

    /** Every topic of the workspace with its recent mention counts. */
    public List<Overview> overview(String workspace) {
        Instant now = clock.instant();
        return list(workspace).stream().map(topic -> new Overview(topic,
                mentionsSince(workspace, topic.name(), now.minus(Duration.ofDays(7))),
                mentionsSince(workspace, topic.name(), now.minus(Duration.ofDays(30))))).toList();
    }

    public Optional<Topic> find(String workspace, String name) {
        return repository.find(workspace, name);
    }

    /** The number of stored posts matching the topic. */
    public long mentions(String workspace, String name) {
        return posts.count(workspace, PostQuery.all().withTopic(name));
    }

    private long mentionsSince(String workspace, String name, Instant from) {
        return posts.count(workspace, new PostQuery(null, name, from, null, null, 1, null));
    }

    /** Parses a query without saving it; the exception names the problem and its column. */
    public static QueryNode lint(String query) throws QuerySyntaxException {
        return QueryParser.parse(query);
    }
}
