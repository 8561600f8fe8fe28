package org.comptoir.store;

import java.time.Instant;

/**
 * What one author did in a selection of posts, as the index counts it.
 *
 * @param key          stable identity: network and account id (or handle when the id is unknown)
 * @param latestPostId the author's latest post in the selection (its handle and name are the ones to show)
 * @param followers    the largest follower count seen, 0 when never known
 * @param posts        posts in the selection
 * @param replies      of which replies in a thread ({@code in_reply_to} set)
 * @param defences     of which replies that are not negative to a post that is (defending, or answering factually)
 * @param reactions    likes + reposts + replies received by those posts
 * @param weeks        distinct ISO weeks (UTC) with at least one post
 * @param sentiment    the posts by sentiment
 * @param last         the latest post's time
 */
public record AuthorActivity(String key, String latestPostId, long followers, long posts, long replies, long defences,
                             long reactions, int weeks, SentimentCounts sentiment, Instant last) {
}
