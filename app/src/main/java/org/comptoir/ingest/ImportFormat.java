package org.comptoir.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The file formats {@link PostFileReader} reads. See docs/import-formats.md for each mapping. */
public enum ImportFormat {
    /** Comptoir's native JSON lines, the schema {@link NativeJson} writes. */
    JSONL("jsonl"),
    /** CSV with a header row ({@code ,} {@code ;} or tab), Comptoir's columns or a known export's header. */
    CSV("csv"),
    /** Excel workbooks (first sheet), read like CSV. */
    XLSX("xlsx"),
    /** X (Twitter) API v2 response pages. */
    X_API("x", "x-v2", "twitter"),
    /** Mastodon API {@code Status} objects. */
    MASTODON("mastodon"),
    /** Bluesky Jetstream events, one per line. */
    JETSTREAM("bluesky", "jetstream"),
    /** RSS 2.0 / RSS 1.0 / Atom feeds, including WordPress comment feeds. */
    FEED("rss", "atom", "feed"),
    /** Reddit API listings of posts ({@code t3}) and comments ({@code t1}). */
    REDDIT("reddit");

    private final String cliName;
    private final List<String> aliases;

    ImportFormat(String cliName, String... aliases) {
        this.cliName = cliName;
        this.aliases = List.of(aliases);
    }

    /** The name used by {@code comptoir import --format}. */
    public String cliName() {
        return cliName;
    }

    /** Other names {@code --format} accepts for this format ({@code twitter} for {@code x}). */
    public List<String> aliases() {
        return aliases;
    }

    /** Every accepted name with its aliases: {@code jsonl, csv, xlsx, x (x-v2, twitter), …}. */
    public static String accepted() {
        return Arrays.stream(values())
                .map(f -> f.aliases.isEmpty() ? f.cliName : f.cliName + " (" + String.join(", ", f.aliases) + ")")
                .collect(Collectors.joining(", "));
    }

    /**
     * The format for a CLI name or alias, case-insensitive.
     *
     * @throws IllegalArgumentException for an unknown name, listing the valid ones
     */
    public static ImportFormat fromCliName(String s) {
        String name = s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
        for (ImportFormat format : values()) {
            if (format.cliName.equals(name) || format.aliases.contains(name)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown import format '" + s + "'; expected one of " + accepted());
    }
}
