package org.comptoir.inbox.reply;

/** A queued reply was given up: the network refused it or every attempt failed. */
public record ReplyFailed(String workspace, long conversationId, long replyId, String error) {
}
