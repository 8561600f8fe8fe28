package org.comptoir.ingest.format;

import java.util.Locale;

/**
 * Normalises declared languages to ISO 639-1: {@code fr-FR} → {@code fr}, {@code pt_BR} → {@code pt}.
 * Anything without a two-letter primary subtag ({@code und}, X's {@code qme}/{@code zxx}, empty) becomes null.
 */
public final class Languages {
    private Languages() {
    }

    public static String normalize(String declared) {
        if (declared == null) {
            return null;
        }
        String tag = declared.strip();
        int cut = indexOfSeparator(tag);
        String primary = (cut < 0 ? tag : tag.substring(0, cut)).toLowerCase(Locale.ROOT);
        if (primary.length() != 2 || !Character.isLetter(primary.charAt(0)) || !Character.isLetter(primary.charAt(1))) {
            return null;
        }
        return primary;
    }

    private static int indexOfSeparator(String tag) {
        for (int i = 0; i < tag.length(); i++) {
            char c = tag.charAt(i);
            if (c == '-' || c == '_') {
                return i;
            }
        }
        return -1;
    }
}
