package org.comptoir.enrich.language;

/**
 * The outcome of a detection: an ISO 639-1 code (or {@code "und"} when unsure) and the model's
 * probability for it, in [0, 1]. {@code und} guesses carry the confidence of the rejected best
 * language (0 when the text had nothing to score).
 */
public record LanguageGuess(String lang, double confidence) {
    public static final String UNDETERMINED = "und";

    public LanguageGuess {
        if (lang == null || lang.isBlank()) {
            throw new IllegalArgumentException("lang must be an ISO 639-1 code or \"und\"");
        }
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must be within [0, 1], got " + confidence);
        }
    }

    static LanguageGuess undetermined(double confidence) {
        return new LanguageGuess(UNDETERMINED, confidence);
    }

    public boolean isDetermined() {
        return !UNDETERMINED.equals(lang);
    }
}
