/**
 * RSS and Atom feeds (including WordPress article and comment feeds):
 * {@link org.comptoir.ingest.format.feed.FeedReader} parses a feed with ROME and maps each item to an
 * {@code rss} post, threading blog comments to their article via {@code thr:in-reply-to} or the
 * {@code #comment-N} link.
 */
package org.comptoir.ingest.format.feed;
