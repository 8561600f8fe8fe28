package org.comptoir.topic;

/** A topic was deleted; the pipeline removes it from stored posts. */
public record TopicRemoved(String workspace, String name) {
}
