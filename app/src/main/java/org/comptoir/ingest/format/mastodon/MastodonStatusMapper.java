package org.comptoir.ingest.format.mastodon;

import java.net.URI;
import org.comptoir.ingest.InvalidRecordException;
import org.comptoir.ingest.format.Dates;
import org.comptoir.ingest.format.HtmlText;
import org.comptoir.ingest.format.JsonFields;
import org.comptoir.ingest.format.Languages;
import org.comptoir.ingest.format.Texts;
import org.comptoir.post.Author;
import org.comptoir.post.Metrics;
import org.comptoir.post.Network;
import org.comptoir.post.Post;
import tools.jackson.databind.JsonNode;

/**
 * Maps one Mastodon {@code Status}. A reblog (non-null {@code reblog}) imports the reblogged status, whose
 * author wrote the words; {@code spoiler_text} (the content warning) becomes the title; HTML content becomes
 * plain text; a local {@code acct} gets the account URL's host ({@code marie} → {@code @marie@piaille.fr}).
 */
final class MastodonStatusMapper {
    private MastodonStatusMapper() {
    }

    static Post map(JsonNode status, String raw) {
        if (!status.isObject()) {
            throw new InvalidRecordException("expected a Mastodon status object, got " + JsonFields.describe(status));
        }
        JsonNode reblog = JsonFields.optionalObject(status, "reblog", "reblog");
        JsonNode s = reblog != null ? reblog : status;
        String prefix = reblog != null ? "reblog." : "";
        String id = JsonFields.requiredId(s, "id", prefix + "id");
        String text = HtmlText.toText(JsonFields.requiredString(s, "content", prefix + "content"));
        String url = JsonFields.optionalString(s, "url", prefix + "url");
        JsonNode account = JsonFields.optionalObject(s, "account", prefix + "account");
        return new Post("mastodon:" + id, Network.MASTODON,
                url != null ? url : JsonFields.optionalString(s, "uri", prefix + "uri"),
                author(account, prefix + "account."),
                Texts.checkLength(text, prefix + "content"),
                JsonFields.optionalString(s, "spoiler_text", prefix + "spoiler_text"),
                Languages.normalize(JsonFields.optionalString(s, "language", prefix + "language")),
                Dates.parse(JsonFields.requiredString(s, "created_at", prefix + "created_at"), prefix + "created_at"),
                prefixed(JsonFields.optionalId(s, "in_reply_to_id", prefix + "in_reply_to_id")),
                new Metrics(JsonFields.count(s, "favourites_count", prefix + "favourites_count"),
                        JsonFields.count(s, "reblogs_count", prefix + "reblogs_count"),
                        JsonFields.count(s, "replies_count", prefix + "replies_count")),
                raw, null);
    }

    private static Author author(JsonNode account, String label) {
        if (account == null) {
            return Author.UNKNOWN;
        }
        String acct = JsonFields.optionalString(account, "acct", label + "acct");
        String url = JsonFields.optionalString(account, "url", label + "url");
        return new Author(JsonFields.optionalId(account, "id", label + "id"), handle(acct, url),
                JsonFields.optionalString(account, "display_name", label + "display_name"),
                JsonFields.optionalCount(account, "followers_count", label + "followers_count"));
    }

    static String handle(String acct, String accountUrl) {
        if (acct == null) {
            return null;
        }
        String bare = acct.startsWith("@") ? acct.substring(1) : acct;
        if (!bare.contains("@")) {
            String host = host(accountUrl);
            if (host != null) {
                bare = bare + "@" + host;
            }
        }
        return "@" + bare;
    }

    private static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            return URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String prefixed(String id) {
        return id == null ? null : "mastodon:" + id;
    }
}
