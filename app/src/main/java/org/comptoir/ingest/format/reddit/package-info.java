/**
 * Reddit API listings: {@link org.comptoir.ingest.format.reddit.RedditReader} reads {@code Listing} objects (the
 * answer of {@code /r/NAME/new}, {@code /r/NAME/comments}, search), arrays of them (a thread's page) and single
 * things, and maps each post ({@code t3}) and comment ({@code t1}) to a post; a comment replies to its parent.
 */
package org.comptoir.ingest.format.reddit;
