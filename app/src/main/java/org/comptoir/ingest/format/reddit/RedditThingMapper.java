package org.comptoir.ingest.format.reddit;

import java.time.Instant;
import org.comptoir.ingest.InvalidRecordException;
import org.comptoir.ingest.format.JsonFields;
import org.comptoir.ingest.format.Texts;
import org.comptoir.post.Author;
import org.comptoir.post.Metrics;
import org.comptoir.post.Network;
import org.comptoir.post.Post;
import tools.jackson.databind.JsonNode;

/**
 * Maps one Reddit thing. The post id is {@code reddit:} and the thing's fullname ({@code reddit:t3_1abc2d} for a
 * post, {@code reddit:t1_k9x8y7} for a comment), so a comment's {@code parent_id} (a post or a comment) is its
 * {@code inReplyTo} as is. A post's title is its title and its text the self text (the title again for a link
 * post, followed by the link); a comment's title is its post's ({@code link_title}). {@code created_utc} is epoch
 * seconds. The author is {@code u/NAME}, unknown when {@code [deleted]}. Score counts as likes.
 */
final class RedditThingMapper {
    private RedditThingMapper() {
    }

    static Post map(JsonNode thing, String raw) {
        if (!thing.isObject()) {
            throw new InvalidRecordException("expected a Reddit thing {\"kind\":\"t3\"|\"t1\",\"data\":{…}}, got " + JsonFields.describe(thing));
        }
        String kind = thing.path("kind").asString("");
        if (!kind.equals("t3") && !kind.equals("t1")) {
            throw new InvalidRecordException("expected a Reddit post (t3) or comment (t1), got kind '" + kind + "'");
        }
        JsonNode data = JsonFields.optionalObject(thing, "data", "data");
        if (data == null) {
            throw JsonFields.missing("data");
        }
        String id = JsonFields.requiredId(data, "id", "data.id");
        String name = JsonFields.optionalString(data, "name", "data.name");
        String fullname = name != null ? name : kind + "_" + id;
        boolean comment = kind.equals("t1");
        String title = comment ? JsonFields.optionalString(data, "link_title", "data.link_title")
                : JsonFields.requiredString(data, "title", "data.title");
        String text = comment ? JsonFields.requiredString(data, "body", "data.body") : postText(data, title);
        String permalink = JsonFields.optionalString(data, "permalink", "data.permalink");
        return new Post("reddit:" + fullname, Network.REDDIT,
                permalink == null ? null : permalink.startsWith("http") ? permalink : "https://www.reddit.com" + permalink,
                author(data), Texts.checkLength(text, comment ? "data.body" : "data.selftext"), title, null,
                created(data), comment ? reply(JsonFields.requiredString(data, "parent_id", "data.parent_id")) : null,
                new Metrics(Math.max(0, data.path("score").asLong(0)), 0,
                        comment ? 0 : JsonFields.count(data, "num_comments", "data.num_comments")),
                raw, null);
    }

    private static String postText(JsonNode data, String title) {
        String self = Texts.blankToNull(JsonFields.optionalString(data, "selftext", "data.selftext"));
        if (self != null) {
            return self;
        }
        String link = JsonFields.optionalString(data, "url", "data.url");
        return link == null || data.path("is_self").asBoolean(false) ? title : title + "\n" + link;
    }

    private static Instant created(JsonNode data) {
        JsonNode created = data.get("created_utc");
        if (created == null || created.isNull()) {
            throw JsonFields.missing("data.created_utc");
        }
        if (!created.isNumber()) {
            throw JsonFields.wrongType("data.created_utc", "epoch seconds", created);
        }
        return Instant.ofEpochMilli(Math.round(created.asDouble() * 1000));
    }

    private static String reply(String parent) {
        if (!parent.matches("t[13]_[0-9a-z]+")) {
            throw new InvalidRecordException("data.parent_id must be a post or comment fullname (t3_…, t1_…), got '" + parent + "'");
        }
        return "reddit:" + parent;
    }

    private static Author author(JsonNode data) {
        String name = JsonFields.optionalString(data, "author", "data.author");
        if (name == null || name.equals("[deleted]")) {
            return Author.UNKNOWN;
        }
        return new Author(JsonFields.optionalString(data, "author_fullname", "data.author_fullname"), "u/" + name, null, null);
    }
}
