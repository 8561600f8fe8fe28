package org.comptoir.ingest.format.x;

import java.util.Map;
import org.comptoir.ingest.InvalidRecordException;
import org.comptoir.ingest.format.Dates;
import org.comptoir.ingest.format.JsonFields;
import org.comptoir.ingest.format.Languages;
import org.comptoir.ingest.format.Texts;
import org.comptoir.post.Author;
import org.comptoir.post.Metrics;
import org.comptoir.post.Network;
import org.comptoir.post.Post;
import tools.jackson.databind.JsonNode;

/**
 * Maps one X API v2 tweet object: {@code x:<id>}, {@code note_tweet.text} over {@code text}, author from the
 * page's {@code includes.users}, {@code replied_to} reference as in_reply_to, likes, retweets + quotes, replies.
 */
final class XTweetMapper {
    private XTweetMapper() {
    }

    static Post map(JsonNode tweet, Map<String, JsonNode> users, String raw) {
        if (!tweet.isObject()) {
            throw new InvalidRecordException("tweet must be an object, got " + JsonFields.describe(tweet));
        }
        String id = JsonFields.requiredId(tweet, "id", "id");
        JsonNode note = JsonFields.optionalObject(tweet, "note_tweet", "note_tweet");
        String longText = JsonFields.optionalString(note, "text", "note_tweet.text");
        String text = longText != null
                ? Texts.checkLength(longText, "note_tweet.text")
                : Texts.checkLength(JsonFields.requiredString(tweet, "text", "text"), "text");
        boolean derived = !tweet.hasNonNull("created_at");
        java.time.Instant createdAt = derived ? Snowflake.createdAt(id)
                : Dates.parse(JsonFields.requiredString(tweet, "created_at", "created_at"), "created_at");
        String authorId = JsonFields.optionalId(tweet, "author_id", "author_id");
        JsonNode user = authorId == null ? null : users.get(authorId);
        String username = JsonFields.optionalString(user, "username", "includes.users[].username");
        JsonNode metrics = JsonFields.optionalObject(tweet, "public_metrics", "public_metrics");
        return new Post("x:" + id, Network.X,
                username == null ? "https://x.com/i/web/status/" + id : "https://x.com/" + username + "/status/" + id,
                author(authorId, user, username),
                text, null,
                Languages.normalize(JsonFields.optionalString(tweet, "lang", "lang")),
                createdAt,
                repliedTo(tweet),
                metrics == null ? Metrics.NONE : new Metrics(
                        JsonFields.count(metrics, "like_count", "public_metrics.like_count"),
                        JsonFields.count(metrics, "retweet_count", "public_metrics.retweet_count")
                                + JsonFields.count(metrics, "quote_count", "public_metrics.quote_count"),
                        JsonFields.count(metrics, "reply_count", "public_metrics.reply_count")),
                derived ? Snowflake.markDerived(raw) : raw, null);
    }

    private static Author author(String authorId, JsonNode user, String username) {
        if (authorId == null) {
            return Author.UNKNOWN;
        }
        JsonNode metrics = JsonFields.optionalObject(user, "public_metrics", "includes.users[].public_metrics");
        return new Author(authorId, username == null ? null : "@" + username,
                JsonFields.optionalString(user, "name", "includes.users[].name"),
                JsonFields.optionalCount(metrics, "followers_count", "includes.users[].public_metrics.followers_count"));
    }

    private static String repliedTo(JsonNode tweet) {
        JsonNode references = JsonFields.optionalArray(tweet, "referenced_tweets", "referenced_tweets");
        if (references != null) {
            for (JsonNode reference : references) {
                if (reference.isObject() && "replied_to".equals(reference.path("type").asString(null))) {
                    String target = JsonFields.optionalId(reference, "id", "referenced_tweets[].id");
                    if (target != null) {
                        return "x:" + target;
                    }
                }
            }
        }
        return null;
    }
}
