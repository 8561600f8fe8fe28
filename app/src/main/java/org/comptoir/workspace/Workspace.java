package org.comptoir.workspace;

import java.time.Instant;
import java.time.ZoneId;
import java.util.regex.Pattern;

/** A brand's (or an agency client's) separate space: its own posts, topics and settings. */
public record Workspace(String name, String label, String description, Instant createdAt, ZoneId zone) {
    public static final String DEFAULT = "default";
    public static final String DEMO = "demo";
    /** The zone of a workspace created without one: Comptoir's users are French first. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Paris");
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

    public Workspace {
        checkName(name);
        zone = zone == null ? DEFAULT_ZONE : zone;
    }

    /** Workspace names become directory names: lower-case letters, digits, {@code _} and {@code -}. */
    public static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("invalid workspace name '" + name
                    + "': use 1 to 64 lower-case letters, digits, _ or -");
        }
    }
}
