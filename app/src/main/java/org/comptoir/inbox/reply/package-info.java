/**
 * Replies through the networks: the outbound plug-in seam {@link org.comptoir.inbox.reply.ReplySender} (Mastodon and
 * Bluesky, one contract test), the durable {@link org.comptoir.inbox.reply.ReplyQueue} with idempotency keys, the
 * {@link org.comptoir.inbox.reply.ReplyDispatcher} that sends and retries with backoff, and the
 * {@link org.comptoir.inbox.reply.ReplyAccounts} replies are sent from (secrets sealed, never shown back).
 * Publishes {@link org.comptoir.inbox.reply.ReplySent} and {@link org.comptoir.inbox.reply.ReplyFailed}.
 */
package org.comptoir.inbox.reply;
