package org.comptoir.enrich.sentiment;

import java.util.List;
import org.comptoir.post.Sentiment;

/**
 * The polarity of a post, the model's probability for it, and the evidence: the words, emoji and
 * rules (as written in the post, e.g. {@code panne}, {@code 😡}, {@code ne … plus}, {@code !!!})
 * that pushed most towards this decision, most important first, at most {@value Explanation#MAX_EVIDENCE}.
 */
public record SentimentResult(Sentiment sentiment, double confidence, List<String> evidence) {

    public SentimentResult {
        evidence = List.copyOf(evidence);
    }
}
