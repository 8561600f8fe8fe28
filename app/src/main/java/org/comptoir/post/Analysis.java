package org.comptoir.post;

import java.util.List;

/**
 * What enrichment understood of a post.
 *
 * @param lang       detected ISO 639-1 language, or {@code und} when unsure
 * @param sentiment  polarity
 * @param confidence probability of {@code sentiment}, 0..1
 * @param intent     what the author wants
 * @param evidence   the words, emoji or rules that drove sentiment and intent, most important first
 */
public record Analysis(String lang, Sentiment sentiment, double confidence, Intent intent, List<String> evidence) {
    public Analysis {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
