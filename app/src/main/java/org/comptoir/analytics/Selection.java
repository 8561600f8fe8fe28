package org.comptoir.analytics;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.comptoir.query.QueryNode;
import org.comptoir.query.QueryParser;
import org.comptoir.query.QuerySyntaxException;
import org.comptoir.store.PostQuery;

/**
 * The posts a figure is computed on: the search filters plus the time zone its days are counted in (null:
 * the workspace's). {@code from} and {@code to} default to the 30 days before now; {@code to} is exclusive.
 */
public record Selection(String query, String topic, Instant from, Instant to, String lang, String network, ZoneId zone) {
    public static final Duration DEFAULT_SPAN = Duration.ofDays(30);

    public Selection {
        query = blankToNull(query);
        topic = blankToNull(topic);
        lang = blankToNull(lang);
        network = blankToNull(network);
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
    }

    /** The same filters counted in {@code defaultZone} unless a zone was asked for. */
    public Selection inZoneUnlessSet(ZoneId defaultZone) {
        return zone != null ? this : new Selection(query, topic, from, to, lang, network, defaultZone);
    }

    /** The same filters with the default range filled in from {@code now}. */
    public Selection resolved(Instant now) {
        Instant end = to != null ? to : from != null && from.plus(DEFAULT_SPAN).isBefore(now) ? from.plus(DEFAULT_SPAN) : now;
        Instant start = from != null ? from : end.minus(DEFAULT_SPAN);
        return new Selection(query, topic, start, end, lang, network, zone);
    }

    /** The period of the same length just before this one (the default baseline). */
    public Selection previous() {
        Duration span = Duration.between(from, to);
        return new Selection(query, topic, from.minus(span), from, lang, network, zone);
    }

    public Selection between(Instant newFrom, Instant newTo) {
        return new Selection(query, topic, newFrom, newTo, lang, network, zone);
    }

    PostQuery toPostQuery() throws QuerySyntaxException {
        QueryNode node = query == null || query.equals("*") ? null : QueryParser.parse(query);
        return new PostQuery(node, topic, from, to, lang, PostQuery.MAX_LIMIT, null, network);
    }

    public static ZoneId zone(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return ZoneId.of(name.strip());
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("unknown time zone '" + name + "' (use an IANA name such as Europe/Paris)");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
