package org.comptoir.topic;

import org.comptoir.query.QueryNode;

/** A topic was created or its query changed; the pipeline re-matches stored posts (backfill). */
public record TopicSaved(Topic topic, QueryNode parsedQuery) {
}
