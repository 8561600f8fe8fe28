/**
 * Mastodon sources: {@link org.comptoir.connector.mastodon.MastodonConnector} reads a hashtag, timeline, account or
 * search by REST with {@code min_id} paging and the {@code Link} header;
 * {@link org.comptoir.connector.mastodon.MastodonStreamConnector} follows a timeline on the streaming API (server-sent
 * events) and catches up by REST after any break; {@link org.comptoir.connector.mastodon.MastodonSettings}.
 * Publishes no events.
 */
package org.comptoir.connector.mastodon;
