package org.comptoir.inbox.reply;

/** A queued reply was published on its network (remoteId is the network's post id, prefixed like Comptoir's post ids). */
public record ReplySent(String workspace, long conversationId, long messageId, long replyId, String remoteId, String url) {
}
