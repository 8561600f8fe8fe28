package org.comptoir.topic;

/**
 * A topic as someone wrote it, before it is saved: from the topics page, the API or a topics file.
 * A null {@code kind} or {@code engage} keeps the stored value (see {@link TopicCatalog#save}).
 */
public record TopicDraft(String name, String query, String description, TopicKind kind, Boolean engage) {
}
