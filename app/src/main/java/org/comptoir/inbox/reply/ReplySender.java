package org.comptoir.inbox.reply;

/**
 * Sends one reply to a network (the outbound plug-in seam for answers). Implementations:
 * {@link MastodonReplySender}, {@link BlueskyReplySender}; both pass {@code ReplySenderContract}. A sender holds
 * no thread and no state: {@link ReplyDispatcher} owns the queue, retries and backoff.
 */
public interface ReplySender {

    /** The network it answers on ({@code mastodon}, {@code bluesky}). */
    String network();

    /**
     * Publishes {@code reply} from {@code account}. Sending the same {@link OutgoingReply#idempotencyKey()} twice
     * publishes once: the network deduplicates on it.
     *
     * @throws ReplyFailure with whether trying again may help and, when the network said so, after how long
     */
    Sent send(ReplyAccount account, OutgoingReply reply) throws ReplyFailure;

    /** What the network answered: the new post's id there and its public link. */
    record Sent(String remoteId, String url) {
    }
}
