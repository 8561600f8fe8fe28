package org.comptoir.alert;

import java.net.URI;

/**
 * The address people reach Comptoir at ({@code comptoir.public-url}, default {@value #DEFAULT}): links in notifications (email,
 * webhook, Slack) are made absolute with it, since they are read outside the application.
 */
record PublicUrl(String base) {
    static final String DEFAULT = "http://localhost:8080";

    PublicUrl {
        String b = base == null || base.isBlank() ? DEFAULT : base.strip();
        while (b.endsWith("/")) {
            b = b.substring(0, b.length() - 1);
        }
        URI uri;
        try {
            uri = URI.create(b);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("comptoir.public-url must be an http(s) address, e.g. https://comptoir.example: '" + base + "'");
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null || uri.getQuery() != null) {
            throw new IllegalArgumentException("comptoir.public-url must be an http(s) address, e.g. https://comptoir.example: '" + base + "'");
        }
        base = b;
    }

    /** {@code link} ({@code /dashboard?…}) under the public address; absolute links and null are returned as they are. */
    String absolute(String link) {
        if (link == null || link.startsWith("http://") || link.startsWith("https://")) {
            return link;
        }
        return base + (link.startsWith("/") ? link : "/" + link);
    }

    /** The explanation with its dashboard and search links made absolute. */
    Explanation absolute(Explanation why) {
        if (why == null) {
            return null;
        }
        return new Explanation(why.summary(), why.observed(), why.expected(), why.spread(), why.ratio(), why.score(), why.baseline(),
                why.posts(), why.terms(), why.drivers(), why.verbatims(), absolute(why.dashboardLink()), absolute(why.searchLink()),
                why.objective());
    }
}
