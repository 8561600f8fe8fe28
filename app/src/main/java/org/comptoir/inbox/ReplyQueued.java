package org.comptoir.inbox;

/** An agent ({@code author}) queued a reply for sending on the conversation's network. */
public record ReplyQueued(String workspace, long conversationId, long replyId, String network, String author) {
}
