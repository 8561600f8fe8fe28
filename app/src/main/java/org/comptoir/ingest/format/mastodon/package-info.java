/**
 * Mastodon API statuses: {@link org.comptoir.ingest.format.mastodon.MastodonReader} reads single statuses,
 * arrays (timelines) and search results and maps each {@code Status} to a post.
 */
package org.comptoir.ingest.format.mastodon;
