package org.comptoir.enrich.language;

/** One training or evaluation text with its known language (ISO 639-1 code). */
public record LabeledText(String language, String text) {
    public LabeledText {
        if (language == null || !language.matches("[a-z]{2}")) {
            throw new IllegalArgumentException("language must be a two-letter ISO 639-1 code, got " + language);
        }
        if (text == null) {
            throw new IllegalArgumentException("text must not be null");
        }
    }
}
