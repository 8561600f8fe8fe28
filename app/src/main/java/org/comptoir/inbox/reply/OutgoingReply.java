package org.comptoir.inbox.reply;

import java.time.Instant;

/**
 * A reply to send.
 *
 * @param idempotencyKey the key the network deduplicates on (kept with the queued reply, the same on every attempt)
 * @param inReplyTo      the Comptoir id of the post answered ({@code mastodon:1099}, {@code bluesky:at://…})
 * @param text           what the agent wrote
 * @param createdAt      when the agent sent it (stable across attempts)
 */
public record OutgoingReply(String idempotencyKey, String inReplyTo, String text, Instant createdAt) {
}
