package org.comptoir.demo;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Network-prefixed ids and plausible URLs on fictional hosts ({@code .example}). Ids follow each
 * network's shape (X and Mastodon snowflakes, Bluesky record keys, Reddit base-36, blog GUIDs that
 * are URLs) and carry a running sequence number, so they never collide.
 */
final class Addresses {
    private static final long X_EPOCH = 1_288_834_974_657L;
    private static final String BASE32_SORTABLE = "234567abcdefghijklmnopqrstuvwxyz";

    /** An id and a URL. */
    record Address(String id, String url) {
    }

    private final Set<String> usedUrls = new HashSet<>();
    private long sequence;

    private final Set<String> usedIds = new HashSet<>();

    /** A post on X, Mastodon or Bluesky; retries with the next sequence number on the rare clash. */
    Address social(DemoAuthor author, Instant at) {
        Address address = socialOnce(author, at);
        while (!usedIds.add(address.id())) {
            address = socialOnce(author, at);
        }
        return address;
    }

    private Address socialOnce(DemoAuthor author, Instant at) {
        long seq = ++sequence;
        String handle = author.author().handle();
        return switch (author.network().name()) {
            case "x" -> {
                long snowflake = ((at.toEpochMilli() - X_EPOCH) << 22) | (seq & 0x3F_FFFF);
                yield new Address("x:" + snowflake, "https://x.example/" + handle.substring(1) + "/status/" + snowflake);
            }
            case "mastodon" -> {
                long snowflake = (at.toEpochMilli() << 16) | (seq & 0xFFFF);
                String[] parts = handle.substring(1).split("@");
                yield new Address("mastodon:" + snowflake, "https://" + parts[1] + "/@" + parts[0] + "/" + snowflake);
            }
            case "bluesky" -> {
                String key = tid(at.getEpochSecond() * 1_000_000L + at.getNano() / 1_000, seq);
                yield new Address("bluesky:" + key, "https://ciel.example/profile/" + handle.substring(1) + "/post/" + key);
            }
            default -> throw new IllegalArgumentException("not a micro-blogging network: " + author.network());
        };
    }

    Address redditSubmission(String subreddit, String title) {
        String id = Long.toString(1_800_000_000L + ++sequence * 7, 36);
        return new Address("reddit:t3_" + id, "https://reddit.example/r/" + subreddit + "/comments/" + id + "/"
                + slug(title, 40) + "/");
    }

    Address redditComment(String submissionUrl) {
        String id = Long.toString(3_600_000_000L + ++sequence * 11, 36);
        return new Address("reddit:t1_" + id, submissionUrl + id + "/");
    }

    Address review(String host, DemoBrand brand) {
        long number = 4_000_000L + ++sequence * 13;
        return new Address("review:" + host + "/" + number, "https://" + host + "/" + brand.key() + "/avis/" + number);
    }

    /** The owner's public answer under a review. */
    Address reviewResponse(String reviewId, String reviewUrl) {
        return new Address(reviewId + "/reponse", reviewUrl + "#reponse");
    }

    /** A blog article; its RSS GUID is its URL. */
    Address article(String host, String path, String title, Instant at) {
        ZonedDateTime date = at.atZone(ZoneOffset.UTC);
        String base = "https://" + host + "/" + path + String.format(Locale.ROOT, "%d/%02d/", date.getYear(),
                date.getMonthValue()) + slug(title, 60);
        String url = base + "/";
        for (int n = 2; !usedUrls.add(url); n++) {
            url = base + "-" + n + "/";
        }
        return new Address("rss:" + url, url);
    }

    Address comment(String articleUrl) {
        String url = articleUrl + "#comment-" + ++sequence;
        return new Address("rss:" + url, url);
    }

    static String slug(String text, int max) {
        String ascii = Typist.withoutAccents(text.toLowerCase(Locale.ROOT));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < ascii.length() && out.length() < max; i++) {
            char c = ascii.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
                out.append('-');
            }
        }
        while (out.length() > 0 && out.charAt(out.length() - 1) == '-') {
            out.setLength(out.length() - 1);
        }
        return out.length() == 0 ? "post" : out.toString();
    }

    /** A Bluesky record key: 13 sortable base-32 characters from microseconds and a clock id. */
    private static String tid(long micros, long clock) {
        long value = (micros << 10) | (clock & 0x3FF);
        char[] out = new char[13];
        for (int i = 12; i >= 0; i--) {
            out[i] = BASE32_SORTABLE.charAt((int) (value & 31));
            value >>>= 5;
        }
        return new String(out);
    }
}
