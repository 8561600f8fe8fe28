package org.comptoir.ingest.format.csv;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Header shapes of exports that real tools write, recognised from their column names: which of their columns
 * holds which Comptoir field, where the network comes from, and whether the URL stands in for a missing id.
 * Column names are compared lower-cased with spaces collapsed. The mapping of each shape is in
 * docs/import-formats.md; {@code --map} and Comptoir's own column names always win over it.
 */
public enum ExportShape {
    /** twarc2's {@code twarc2 csv} (twarc-csv): flattened X API v2 tweets with dotted names. */
    TWARC2("twarc2 CSV", "x", Network.FIXED, false,
            h -> h.contains("id") && h.contains("text")
                    && (h.contains("author.username") || h.contains("public_metrics.like_count") || h.contains("__twarc.url")),
            "id=id", "text=text", "created_at=created_at", "lang=lang", "author_id=author_id|author.id",
            "author_handle=author.username", "author_name=author.name",
            "author_followers=author.public_metrics.followers_count", "likes=public_metrics.like_count",
            "reposts=public_metrics.retweet_count+public_metrics.quote_count", "replies=public_metrics.reply_count",
            "in_reply_to=referenced_tweets.replied_to.id|referenced_tweets"),
    /** The legacy Twitter archive's {@code tweets.csv} (2012–2018 "Your Twitter archive"). */
    TWITTER_ARCHIVE("Twitter archive tweets.csv", "x", Network.FIXED, false,
            h -> h.contains("tweet_id") && h.contains("timestamp") && h.contains("text"),
            "id=tweet_id", "text=text", "created_at=timestamp", "in_reply_to=in_reply_to_status_id"),
    /** Brandwatch Consumer Research mentions export (a few report lines may come before the header). */
    BRANDWATCH("Brandwatch mentions export", null, Network.COLUMN, true,
            h -> h.contains("page type") && (h.contains("query id") || h.contains("query name") || h.contains("full text")),
            "id=resource id|mention id", "network=page type", "url=url", "text=full text|snippet", "title=title",
            "created_at=date", "lang=language", "author_handle=author", "author_name=full name",
            "author_followers=twitter followers", "likes=twitter likes|facebook likes|instagram likes",
            "reposts=twitter retweets", "replies=twitter reply count|facebook comments|instagram comments"),
    /** Talkwalker documents export (the API's field names as CSV columns). */
    TALKWALKER("Talkwalker export", null, Network.COLUMN, true,
            h -> h.contains("source_type") && h.contains("published") && h.contains("url"),
            "network=source_type", "url=url", "text=content|content_snippet|title_snippet", "title=title",
            "created_at=published", "lang=lang", "author_id=extra_author_attributes.id",
            "author_handle=extra_author_attributes.short_name", "author_name=extra_author_attributes.name",
            "author_followers=article_extended_attributes.twitter_followers",
            "likes=article_extended_attributes.twitter_likes|article_extended_attributes.facebook_likes",
            "reposts=article_extended_attributes.twitter_retweets|article_extended_attributes.facebook_shares",
            "replies=article_extended_attributes.twitter_replies|article_extended_attributes.facebook_comments"),
    /** Meltwater Explore / Monitor export. */
    MELTWATER("Meltwater export", null, Network.URL_HOST, true,
            h -> h.contains("hit sentence") || h.contains("opening text") && h.contains("headline"),
            "id=tweet id|document id", "url=url", "text=hit sentence|opening text", "title=headline",
            "created_at=date", "lang=language", "author_handle=twitter screen name", "author_name=influencer|author",
            "author_followers=twitter followers", "likes=likes", "reposts=retweets|shares", "replies=replies|comments"),
    /** Mention (mention.com) alert export. */
    MENTION("Mention export", null, Network.COLUMN, true,
            h -> (h.contains("alert") || h.contains("alert name")) && h.contains("description") && h.contains("url"),
            "id=mention id|id", "network=source type|source", "url=url", "text=description", "title=title",
            "created_at=published at|date", "lang=language", "author_name=author name|author",
            "author_followers=followers|author followers");

    /** Where a shape's network comes from when the file has no {@code network} column value. */
    enum Network {
        /** Always the shape's network ({@code x}). */
        FIXED,
        /** A column naming the source type ({@code twitter}, {@code SOCIALMEDIA_TWITTER}, {@code news}), normalised. */
        COLUMN,
        /** The host of the post's URL ({@code twitter.com} → {@code x}, else {@code web}). */
        URL_HOST
    }

    private final String label;
    private final String fixedNetwork;
    private final Network networkRule;
    private final boolean idFromUrl;
    private final Predicate<Set<String>> recognises;
    private final Map<String, List<String>> columnsByField = new LinkedHashMap<>();
    private final Map<String, String> addedByField = new LinkedHashMap<>();

    ExportShape(String label, String fixedNetwork, Network networkRule, boolean idFromUrl,
                Predicate<Set<String>> recognises, String... mappings) {
        this.label = label;
        this.fixedNetwork = fixedNetwork;
        this.networkRule = networkRule;
        this.idFromUrl = idFromUrl;
        this.recognises = recognises;
        for (String mapping : mappings) {
            String field = mapping.substring(0, mapping.indexOf('='));
            String columns = mapping.substring(mapping.indexOf('=') + 1);
            int plus = columns.indexOf('+');
            if (plus > 0) {
                addedByField.put(field, columns.substring(plus + 1));
                columns = columns.substring(0, plus);
            }
            columnsByField.put(field, List.of(columns.split("\\|")));
        }
    }

    /** The shape a header has, if it is a known one. */
    public static Optional<ExportShape> recognise(List<String> header) {
        Set<String> names = header.stream().map(ExportShape::normalise).collect(Collectors.toSet());
        for (ExportShape shape : values()) {
            if (shape.recognises.test(names)) {
                return Optional.of(shape);
            }
        }
        return Optional.empty();
    }

    /** A human name for messages and the import page ({@code twarc2 CSV}). */
    public String label() {
        return label;
    }

    /** The network of every record of this shape, or null when each record names its own. */
    public String fixedNetwork() {
        return fixedNetwork;
    }

    /** True when a record's network can come from the file itself (a column or the URL), so none must be given. */
    public boolean providesNetwork() {
        return networkRule != Network.COLUMN || columnsByField.containsKey("network");
    }

    Network networkRule() {
        return networkRule;
    }

    /** Whether the post URL is the id when the shape has no id column or the cell is empty (as RSS does). */
    public boolean idFromUrl() {
        return idFromUrl;
    }

    /** Column → field proposals for this header: the first present column of each field's candidates. */
    public Map<String, String> proposals(List<String> header) {
        Map<String, String> proposals = new LinkedHashMap<>();
        columnsByField.forEach((field, candidates) -> {
            for (String candidate : candidates) {
                String column = find(header, candidate);
                if (column != null) {
                    proposals.putIfAbsent(column, field);
                    break;
                }
            }
        });
        return proposals;
    }

    /** Every column of this header that can hold a field, in preference order (a row's empty cell falls back to the next). */
    List<String> candidates(List<String> header, String field) {
        return columnsByField.getOrDefault(field, List.of()).stream().map(name -> find(header, name))
                .filter(java.util.Objects::nonNull).toList();
    }

    /** The column whose value is added to a field's ({@code public_metrics.quote_count} to reposts), or null. */
    String addedColumn(List<String> header, String field) {
        String added = addedByField.get(field);
        return added == null ? null : find(header, added);
    }

    static String find(List<String> header, String normalisedName) {
        for (String column : header) {
            if (normalise(column).equals(normalisedName)) {
                return column;
            }
        }
        return null;
    }

    static String normalise(String column) {
        return column.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
