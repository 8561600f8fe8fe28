package org.comptoir.query;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The fields a topic query may name, with their aliases and the kind of value they take. */
public enum QueryField {
    LANG(Kind.KEYWORD, "lang", "language"),
    NETWORK(Kind.KEYWORD, "network"),
    AUTHOR(Kind.KEYWORD, "author"),
    SITE(Kind.KEYWORD, "site"),
    URL(Kind.KEYWORD, "url"),
    TITLE(Kind.TEXT, "title"),
    FOLLOWERS(Kind.NUMBER, "followers"),
    SENTIMENT(Kind.KEYWORD, "sentiment"),
    INTENT(Kind.KEYWORD, "intent"),
    /** {@code yes} or {@code no} ({@code true}/{@code false} too): whether the post reads as a complaint. */
    COMPLAINT(Kind.KEYWORD, "complaint");

    /** How the value of a field is written and matched. */
    public enum Kind {
        /** Exact values (case-insensitive), a trailing {@code *} for a prefix. */
        KEYWORD,
        /** Any text query, analysed like the post text. */
        TEXT,
        /** A number or a range {@code [min TO max]}. */
        NUMBER
    }

    private final Kind kind;
    private final List<String> names;

    QueryField(Kind kind, String... names) {
        this.kind = kind;
        this.names = List.of(names);
    }

    public Kind kind() {
        return kind;
    }

    /** The name used in queries; the first of {@link #names()}. */
    public String queryName() {
        return names.get(0);
    }

    /** Every name accepted in a query, case-insensitively. */
    public List<String> names() {
        return names;
    }

    /** The field called {@code name} (case-insensitive, aliases included), if any. */
    public static Optional<QueryField> byName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.names.contains(lower)).findFirst();
    }
}
