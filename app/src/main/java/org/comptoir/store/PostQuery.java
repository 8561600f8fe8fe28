package org.comptoir.store;

import java.time.Instant;
import org.comptoir.query.QueryNode;

/**
 * What to look for in a workspace's posts. Every criterion is optional; they combine with AND.
 *
 * @param query  a parsed dialect query, null for all posts
 * @param topic  only posts that matched this topic (a mention), null for any
 * @param from   inclusive lower bound on publication time, null for none
 * @param to     exclusive upper bound on publication time, null for none
 * @param lang   effective language, null for any
 * @param limit  page size (1..1000)
 * @param cursor opaque position returned by the previous page, null for the first page
 * @param network only posts of this network ({@code Network} name, lower case), null for any
 */
public record PostQuery(QueryNode query, String topic, Instant from, Instant to, String lang, int limit, String cursor,
                        String network) {
    public static final int MAX_LIMIT = 1000;

    public PostQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
    }

    public PostQuery(QueryNode query, String topic, Instant from, Instant to, String lang, int limit, String cursor) {
        this(query, topic, from, to, lang, limit, cursor, null);
    }

    public static PostQuery all() {
        return new PostQuery(null, null, null, null, null, 20, null);
    }

    public static PostQuery of(QueryNode query) {
        return new PostQuery(query, null, null, null, null, 20, null);
    }

    public PostQuery withLimit(int newLimit) {
        return new PostQuery(query, topic, from, to, lang, newLimit, cursor, network);
    }

    public PostQuery withCursor(String newCursor) {
        return new PostQuery(query, topic, from, to, lang, limit, newCursor, network);
    }

    public PostQuery withTopic(String newTopic) {
        return new PostQuery(query, newTopic, from, to, lang, limit, cursor, network);
    }

    /** The same selection over {@code [newFrom, newTo)}. */
    public PostQuery between(Instant newFrom, Instant newTo) {
        return new PostQuery(query, topic, newFrom, newTo, lang, limit, cursor, network);
    }
}
