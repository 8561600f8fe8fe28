package org.comptoir.post;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * Any public item ingested: a tweet, a toot, a comment, a review, a blog post.
 *
 * @param id        globally unique, network-prefixed id ({@code mastodon:1099}); the de-duplication key
 * @param network   where it was published
 * @param url       public address, may be null
 * @param author    who wrote it, never null (use {@link Author#UNKNOWN})
 * @param text      the body, never null (may be empty for a titled blog post)
 * @param title     title of a blog post or review, may be null
 * @param lang      ISO 639-1 language as declared by the source, may be null
 * @param createdAt publication time
 * @param inReplyTo id of the post this one answers (a blog comment answers its article), may be null
 * @param metrics   engagement counters, never null
 * @param raw       the source record as received (JSON line, feed item...), kept for audit, may be null
 * @param analysis  enrichment result, null until the pipeline enriched the post
 */
public record Post(String id, Network network, String url, Author author, String text, String title,
                   String lang, Instant createdAt, String inReplyTo, Metrics metrics, String raw,
                   Analysis analysis) {

    /** Longest text accepted; longer records are quarantined by ingest. */
    public static final int MAX_TEXT_LENGTH = 100_000;

    public Post {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(createdAt, "createdAt");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
        author = author == null ? Author.UNKNOWN : author;
        metrics = metrics == null ? Metrics.NONE : metrics;
    }

    public Post withAnalysis(Analysis newAnalysis) {
        return new Post(id, network, url, author, text, title, lang, createdAt, inReplyTo, metrics, raw, newAnalysis);
    }

    /** The language to analyse the post in: the enrichment's if any, else the declared one, else {@code und}. */
    public String effectiveLang() {
        if (analysis != null && analysis.lang() != null && !analysis.lang().equals("und")) {
            return analysis.lang();
        }
        return lang == null || lang.isBlank() ? "und" : lang;
    }

    /** Host of {@link #url()} without {@code www.}, or null. */
    public String site() {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(java.util.Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
