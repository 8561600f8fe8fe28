package org.comptoir.demo;

/**
 * A saved topic of the demo workspace.
 *
 * @param name        what the topic is called in the workspace
 * @param query       the boolean query, in Comptoir's topic dialect
 * @param description what it follows; always says the data is fictional
 */
public record DemoTopic(String name, String query, String description) {
}
