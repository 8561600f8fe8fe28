package org.comptoir.enrich.sentiment;

import java.util.Set;
import org.comptoir.enrich.text.Token;
import org.comptoir.enrich.text.TokenType;

/**
 * Decides which tokens a reader can take as a reason for a polarity: never function words (French and
 * English stop words), plain punctuation, numbers, links, handles, or a capitalised word in mid-sentence
 * (a brand or place name carries no sentiment by itself) unless a sentiment lexicon knows it; inside a
 * run of capitalised words ({@code Fournil Dupain}) only strong lexicon words count. Emphatic
 * punctuation ({@code !!!}, {@code ?!}) and emoticons are kept. Also says which tokens are preferred
 * reasons: lexicon words, emoji, emoticons, negation cues and hashtag words.
 */
final class EvidenceWords {

    /** Function words, accents folded, lower case. */
    static final Set<String> STOP_WORDS = Set.copyOf(java.util.List.of(
            "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "a", "au", "aux", "et", "ou", "en", "dans",
            "sur", "sous", "pour", "par", "avec", "que", "qu", "qui", "quoi", "ce", "c", "ces", "cet", "cette", "se",
            "s", "sa", "son", "ses", "mon", "ma", "mes", "ton", "ta", "tes", "votre", "vos", "notre", "nos", "leur",
            "leurs", "je", "j", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "est", "es", "etre", "ete",
            "ai", "as", "avez", "avons", "ont", "avoir", "suis", "sont", "sommes", "etes", "y", "me", "m", "te", "t",
            "lui", "eux", "moi", "toi", "ca", "cela", "ceci", "si", "comme", "chez", "vers", "depuis", "donc", "car",
            "or", "ni", "puis", "alors", "aussi", "tout", "tous", "toute", "toutes", "fait", "faire", "va", "vais",
            "ici", "quand", "comment", "pourquoi", "ou", "dont", "lequel", "laquelle", "meme",
            "the", "an", "and", "of", "to", "in", "on", "at", "for", "with", "by", "from", "it", "its", "is",
            "are", "was", "were", "be", "been", "being", "am", "my", "your", "our", "their", "his", "her", "hers",
            "i", "im", "ive", "you", "youre", "we", "they", "he", "she", "us", "them", "this", "that", "these",
            "those", "as", "just", "do", "does", "did", "have", "has", "had", "will", "would", "can", "could",
            "what", "which", "who", "whom", "when", "where", "why", "how", "there", "here", "then", "than", "up",
            "out", "about", "into", "over", "if", "because", "while", "also", "get", "got", "s", "re", "ll", "d",
            "apres", "avant", "pendant", "after", "before", "during", "rt", "via", "amp"));

    /** Lexicon score a capitalised word needs to count as a sentiment word rather than a name. */
    private static final float WEAK = 0.1f;
    /** Lexicon score a word needs inside a run of capitalised words ({@code Moustique Mobile}). */
    private static final float STRONG = 0.5f;

    private final Lexicon lexicon;

    EvidenceWords(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Whether token {@code i} may be shown as a reason. */
    boolean explains(java.util.List<Token> tokens, int i) {
        Token t = tokens.get(i);
        return switch (t.type()) {
            case URL, HANDLE, NUMBER, SYMBOL -> false;
            case EMOJI, EMOTICON, NEGATION_CUE -> true;
            case PUNCTUATION -> isEmphasis(t.text());
            case HASHTAG -> t.normalized().length() > 2 && !STOP_WORDS.contains(t.normalized().substring(1));
            case WORD, HASHTAG_PART -> readableWord(tokens, i);
        };
    }

    /** Lexicon words, emoji, emoticons, negation cues and hashtag words explain best. */
    boolean preferred(Token t) {
        return switch (t.type()) {
            case EMOJI, EMOTICON, NEGATION_CUE, HASHTAG, HASHTAG_PART -> true;
            case WORD -> inLexicon(t.normalized());
            default -> false;
        };
    }

    boolean inLexicon(String normalized) {
        return polarity(normalized) >= WEAK;
    }

    /** The strongest absolute lexicon score of a word in the English and French lexicons (0 if unknown). */
    float polarity(String normalized) {
        float strongest = 0f;
        for (int group : new int[] {Lexicon.EN, Lexicon.FR}) {
            float[] scores = lexicon.get(group, normalized);
            if (scores != null) {
                for (float score : scores) {
                    if (!Float.isNaN(score)) {
                        strongest = Math.max(strongest, Math.abs(score));
                    }
                }
            }
        }
        return strongest;
    }

    private boolean readableWord(java.util.List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String w = t.normalized().replace("'", "").replace("\u2019", "");
        if (w.length() < 2 || STOP_WORDS.contains(w) || hasDigit(w)) {
            return false;
        }
        if (!capitalised(t)) {
            return true;
        }
        if (capitalised(tokens, i - 1) || capitalised(tokens, i + 1)) {
            return polarity(w) >= STRONG;
        }
        return sentenceStart(tokens, i) || polarity(w) >= WEAK;
    }

    /** A title-case word (not shouted): a name when it is not the first word of a sentence. */
    private static boolean capitalised(Token t) {
        return t.type() == TokenType.WORD && Character.isUpperCase(t.text().codePointAt(0)) && !FeatureExtractor.isShouted(t);
    }

    private static boolean capitalised(java.util.List<Token> tokens, int i) {
        return i >= 0 && i < tokens.size() && capitalised(tokens.get(i));
    }

    /** Emphatic punctuation: a run of two or more {@code !}/{@code ?} marks ({@code !!!}, {@code ?!}). */
    static boolean isEmphasis(String text) {
        int marks = 0;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '!' || c == '?') {
                marks++;
            } else if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return marks >= 2;
    }

    private static boolean sentenceStart(java.util.List<Token> tokens, int i) {
        for (int k = i - 1; k >= 0; k--) {
            Token before = tokens.get(k);
            switch (before.type()) {
                case HANDLE, URL, EMOJI, EMOTICON, HASHTAG, HASHTAG_PART -> {
                    continue;
                }
                case PUNCTUATION -> {
                    String p = before.text();
                    return p.contains(".") || p.contains("!") || p.contains("?") || p.contains("\u2026")
                            || p.contains(":") || p.contains("\"") || p.contains("\u00ab");
                }
                default -> {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean hasDigit(String w) {
        for (int k = 0; k < w.length(); k++) {
            if (Character.isDigit(w.charAt(k))) {
                return true;
            }
        }
        return false;
    }
}
