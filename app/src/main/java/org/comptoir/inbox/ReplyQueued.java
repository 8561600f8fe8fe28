package org.comptoir.inbox;

/** An agent's reply was queued for sending on the conversation's network. */
public record ReplyQueued(String workspace, long conversationId, long replyId, String network) {
}
