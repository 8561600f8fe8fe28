package org.comptoir.store;

/** A field posts are counted by. {@link #TOPIC} is multi-valued: a post counts once for each topic it matched. */
public enum Facet {
    NETWORK, LANG, SITE, INTENT, SENTIMENT, TOPIC;

    public static Facet fromLabel(String label) {
        try {
            return valueOf(label.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown breakdown '" + label + "': use network, lang, site, intent, sentiment or topic");
        }
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
