package org.comptoir.inbox;

import java.time.Instant;
import java.util.List;

/**
 * What a {@code PATCH} changes; a null field is left as it is. {@code assignee} and {@code team} take {@code ""}
 * to clear. {@code snoozedUntil} is required with status snoozed. {@code answered} records that the agent answered
 * on the network itself (a network Comptoir cannot send to).
 */
public record ConversationChange(ConversationStatus status, Instant snoozedUntil, Priority priority, String team,
                                 String assignee, List<String> tags, Boolean answered) {
}
