package org.comptoir.inbox.reply;

import java.time.Instant;
import java.util.Locale;

/**
 * A reply in the durable queue and what became of it.
 *
 * @param messageId the timeline item it is in its conversation
 * @param inReplyTo the Comptoir id of the post it answers
 * @param remoteId  the network's post id once sent ({@code mastodon:…}), else null
 * @param error     why the last attempt failed, else null
 */
public record Reply(long id, String workspace, long conversationId, long messageId, String network, String inReplyTo,
                    String body, String idempotencyKey, State state, int attempts, Instant nextAttemptAt, String remoteId,
                    String remoteUrl, String error, String createdBy, Instant createdAt, Instant sentAt) {

    public enum State {
        QUEUED, SENDING, SENT, FAILED;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
