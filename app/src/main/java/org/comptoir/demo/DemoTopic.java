package org.comptoir.demo;

import org.comptoir.topic.TopicKind;

/**
 * A saved topic of the demo workspace.
 *
 * @param name        what the topic is called in the workspace
 * @param query       the boolean query, in Comptoir's topic dialect
 * @param description what it follows; always says the data is fictional
 * @param kind        brand, competitor or campaign (the dashboard's share of voice reads it)
 * @param engage      whether its posts open conversations (our brands: yes)
 */
public record DemoTopic(String name, String query, String description, TopicKind kind, boolean engage) {
}
