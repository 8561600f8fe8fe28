package org.comptoir.topic;

/** Listener of topic changes; the pipeline re-matches stored posts when a topic is saved or removed. */
public interface TopicEvents {
    void topicSaved(TopicSaved event);

    void topicRemoved(TopicRemoved event);

    /** A topic was created or its query changed. */
    record TopicSaved(Topic topic, org.comptoir.query.QueryNode parsedQuery) {
    }

    /** A topic was deleted. */
    record TopicRemoved(String workspace, String name) {
    }
}
