package org.comptoir.ingest;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The file formats {@link PostFileReader} reads. See docs/import-formats.md for each mapping. */
public enum ImportFormat {
    /** Comptoir's native JSON lines, the schema {@link NativeJson} writes. */
    JSONL("jsonl"),
    /** CSV with a header row ({@code ,} {@code ;} or tab). */
    CSV("csv"),
    /** X (Twitter) API v2 response pages. */
    X_API("x"),
    /** Mastodon API {@code Status} objects. */
    MASTODON("mastodon"),
    /** Bluesky Jetstream events, one per line. */
    JETSTREAM("jetstream"),
    /** RSS 2.0 / RSS 1.0 / Atom feeds, including WordPress comment feeds. */
    FEED("rss");

    private final String cliName;

    ImportFormat(String cliName) {
        this.cliName = cliName;
    }

    /** The name used by {@code comptoir import --format}. */
    public String cliName() {
        return cliName;
    }

    /**
     * The format for a CLI name, case-insensitive; {@code atom} and {@code feed} are aliases of {@code rss}.
     *
     * @throws IllegalArgumentException for an unknown name, listing the valid ones
     */
    public static ImportFormat fromCliName(String s) {
        String name = s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
        if (name.equals("atom") || name.equals("feed")) {
            return FEED;
        }
        for (ImportFormat format : values()) {
            if (format.cliName.equals(name)) {
                return format;
            }
        }
        String valid = Arrays.stream(values()).map(ImportFormat::cliName).collect(Collectors.joining(", "));
        throw new IllegalArgumentException("unknown import format '" + s + "'; expected one of " + valid
                + " (atom and feed are aliases of rss)");
    }
}
