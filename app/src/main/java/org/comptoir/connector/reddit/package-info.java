/**
 * Reddit sources, with the user's own OAuth app: {@link org.comptoir.connector.reddit.RedditConnector} reads a
 * subreddit's new posts and comments by {@code after} paging back to the newest fullname stored;
 * {@link org.comptoir.connector.reddit.RedditToken} gets and renews the OAuth2 access token (client credentials or
 * password grant); {@link org.comptoir.connector.reddit.RedditSettings}. Publishes no events.
 */
package org.comptoir.connector.reddit;
