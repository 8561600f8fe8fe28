package org.comptoir.source;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.comptoir.connector.Prefilter;

/**
 * Keeps a raw event only when it contains one of the anchors the workspace's topics need ({@link TopicAnchors}),
 * compared lower-cased and without accents. No anchors means no prefilter: a topic without a word (only
 * {@code lang:fr}, only a {@code NOT}) could match anything.
 */
final class KeywordPrefilter implements Prefilter {
    private final String[] anchors;

    KeywordPrefilter(Set<String> anchors) {
        this.anchors = anchors.toArray(String[]::new);
    }

    static Prefilter of(List<String> topicQueries) {
        Set<String> anchors = TopicAnchors.of(topicQueries);
        return anchors == null ? Prefilter.ALL : new KeywordPrefilter(anchors);
    }

    @Override
    public boolean mayMatch(String rawEvent) {
        String text = fold(rawEvent);
        for (String anchor : anchors) {
            if (text.contains(anchor)) {
                return true;
            }
        }
        return false;
    }

    /** Lower case without accents; the NFD pass runs only on text that is not plain ASCII. */
    static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            if (lower.charAt(i) > 0x7f) {
                return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
            }
        }
        return lower;
    }
}
