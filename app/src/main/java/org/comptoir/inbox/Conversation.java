package org.comptoir.inbox;

import java.time.Instant;
import java.util.List;

/**
 * An inbox thread with one person, as the list shows it.
 *
 * @param rootPost        the post that opened it
 * @param subject         the start of that post's text (untrusted: always escaped)
 * @param waitingSince    when the person's oldest unanswered post arrived, null when nobody waits for us
 * @param firstResponseAt when the workspace first answered, null until then
 */
public record Conversation(long id, String workspace, ConversationStatus status, Instant snoozedUntil, Priority priority,
                           String team, String assignee, List<String> tags, String network, String authorHandle,
                           String authorName, String rootPost, String subject, String intent, String sentiment,
                           Instant openedAt, Instant lastMessageAt, Instant waitingSince, Instant firstResponseAt,
                           Instant resolvedAt) {
    public Conversation {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
