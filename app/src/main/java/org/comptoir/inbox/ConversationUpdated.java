package org.comptoir.inbox;

/** Someone changed a conversation's workflow fields; {@code detail} says what ({@code status: open → resolved}). */
public record ConversationUpdated(String workspace, long conversationId, String detail) {
}
