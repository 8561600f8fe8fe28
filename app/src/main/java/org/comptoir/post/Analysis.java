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
 * @param corrected  true when a person set sentiment and intent (then confidence is 1)
 * @param complaint  probability that the post reports a problem or grievance, whatever its intent (a question
 *                   about an outage is one); null when not assessed (posts analysed before it existed)
 */
public record Analysis(String lang, Sentiment sentiment, double confidence, Intent intent, List<String> evidence,
                       boolean corrected, Double complaint) {
    /** From this probability on, a post counts as a complaint ({@code complaint:yes}). */
    public static final double COMPLAINT_THRESHOLD = 0.5;

    public Analysis {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** An analysis made by the models, without a complaint probability. */
    public Analysis(String lang, Sentiment sentiment, double confidence, Intent intent, List<String> evidence) {
        this(lang, sentiment, confidence, intent, evidence, false, null);
    }

    public Analysis(String lang, Sentiment sentiment, double confidence, Intent intent, List<String> evidence,
                    boolean corrected) {
        this(lang, sentiment, confidence, intent, evidence, corrected, null);
    }

    /** Whether the post reads as a complaint; null when not assessed. */
    public Boolean flaggedAsComplaint() {
        return complaint == null ? null : complaint >= COMPLAINT_THRESHOLD;
    }

    /** The same analysis with sentiment and intent set by a person; null keeps the current value. */
    public Analysis correctedTo(Sentiment newSentiment, Intent newIntent) {
        return new Analysis(lang, newSentiment == null ? sentiment : newSentiment, 1.0,
                newIntent == null ? intent : newIntent, evidence, true, complaint);
    }
}
