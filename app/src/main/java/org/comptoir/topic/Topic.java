package org.comptoir.topic;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A saved boolean query of a workspace (brand, competitor, campaign). Posts matching it are its mentions.
 *
 * @param name        unique in its workspace; 1 to 100 characters, no slash, backslash, quote or control character
 * @param query       the query in Comptoir's dialect (see docs/query-language.md)
 * @param description free text, may be null
 * @param kind        what it follows (brand, competitor, campaign, other)
 * @param engage      whether its posts open conversations (read once the inbox exists)
 * @param updatedBy   who made the last change (user, token owner, CLI), null when unknown
 */
public record Topic(String workspace, String name, String query, String description, TopicKind kind, boolean engage,
                    Instant createdAt, Instant updatedAt, String updatedBy) {
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}](?:[^\\p{Cntrl}/\\\\\"]{0,98}[^\\p{Cntrl}/\\\\\"\\s])?");

    public Topic {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        kind = kind == null ? TopicKind.OTHER : kind;
        checkName(name);
    }

    public static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("invalid topic name '" + name
                    + "': use 1 to 100 characters, starting with a letter or digit, without / \\ \" or control characters");
        }
    }
}
