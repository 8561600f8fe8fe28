package org.comptoir.enrich.intent;

import java.util.List;
import org.comptoir.post.Intent;

/**
 * The intent of one post, the model's probability for it, and why (at most four items): the words that
 * fired cue rules ({@code RÉSILIER}) or a readable rule name ({@code question mark}, {@code sarcasm}), then
 * the most telling words, as written in the post. Notes about the input
 * itself start with {@code note:} (empty text, text truncated to its first 2,000 characters).
 * {@code complaint} is the calibrated probability that the post reports a problem or grievance (0 for
 * an empty text or a model without a complaint head).
 */
public record IntentResult(Intent intent, double confidence, List<String> evidence, double complaint) {
    public IntentResult {
        evidence = List.copyOf(evidence);
    }

    public IntentResult(Intent intent, double confidence, List<String> evidence) {
        this(intent, confidence, evidence, 0);
    }
}
