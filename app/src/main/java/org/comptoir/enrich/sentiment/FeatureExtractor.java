package org.comptoir.enrich.sentiment;

import java.util.List;
import java.util.Set;
import org.comptoir.enrich.text.Token;
import org.comptoir.enrich.text.TokenType;

/**
 * Turns tokens into hashed features: word unigrams and bigrams (negated words get their own
 * features), character n-grams, lexicon polarity (split by lexicon, sign and negation, boosted by
 * intensifiers, capitals and elongations), and shape flags (ALL-CAPS, elongation). Every feature is
 * emitted once language-independently and, per {@link FeatureConfig}, once conjoined with the post
 * language, so one model serves every language. Stateless and thread-safe.
 */
final class FeatureExtractor {

    /** Posts longer than this many tokens are cut (features of the rest are ignored). */
    static final int MAX_TOKENS = 2000;

    private static final int NS_BIAS = 0x1b873593;
    private static final int NS_WORD = 0x2c1b3c6d;
    private static final int NS_BIGRAM = 0x297a2d39;
    private static final int NS_CHAR = 0x68e31da4;
    private static final int NS_LEX = 0x5bd1e995;
    private static final int NS_SHAPE = 0x3c6ef372;
    private static final int NEGATED = 0x7f4a7c15;
    private static final int BOUNDARY = 0x0002;

    private static final Set<String> INTENSIFIERS = Set.of("tres", "trop", "super", "vraiment", "tellement", "hyper",
            "grave", "carrement", "extremement", "archi", "very", "so", "really", "too", "extremely", "totally",
            "absolutely", "soooo", "muy", "molto", "sehr", "muito", "tao", "mega", "ultra", "si", "fucking", "such");

    private final FeatureConfig config;
    private final Lexicon lexicon;

    FeatureExtractor(FeatureConfig config, Lexicon lexicon) {
        this.config = config;
        this.lexicon = lexicon;
    }

    void extract(List<Token> tokens, String lang, FeatureBuffer out) {
        out.clear();
        int langSeed = lang == null || lang.equals("und") ? 0 : Hashing.hash(lang, 0x51ed270b);
        Emitter emit = new Emitter(out, config.mask(), langSeed);
        emit.add(NS_BIAS, 1f, FeatureBuffer.NO_SOURCE, true);
        int n = Math.min(tokens.size(), MAX_TOKENS);
        int previousWord = Hashing.mix(NS_BIGRAM, BOUNDARY);
        int previousIndex = -1;
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            int word = Hashing.hash(unigram(t), t.negated() ? NS_WORD ^ NEGATED : NS_WORD);
            emit.add(word, 1f, i, config.langWords());
            if (t.type() != TokenType.HASHTAG_PART) {
                emit.add(Hashing.mix(previousWord, word), 1f,
                        FeatureBuffer.source(i, previousIndex), config.langWords());
                previousWord = word;
                previousIndex = i;
            }
            if (t.isWordLike() && config.charMin() > 0) {
                charGrams(t, i, emit);
            }
            lexicon(tokens, i, lang, emit);
            shape(t, i, emit);
        }
        emit.add(Hashing.mix(previousWord, BOUNDARY), 1f, previousIndex, config.langWords());
    }

    private static String unigram(Token t) {
        return switch (t.type()) {
            case URL -> "http";
            case HANDLE -> "@user";
            case NUMBER -> "0";
            default -> t.normalized();
        };
    }

    private void charGrams(Token t, int index, Emitter emit) {
        String w = t.normalized();
        int length = w.length() + 2;
        int seed = t.negated() ? NS_CHAR ^ NEGATED : NS_CHAR;
        for (int from = 0; from < length; from++) {
            int h = seed;
            int to = Math.min(length, from + config.charMax());
            for (int k = from; k < to; k++) {
                char c = k == 0 || k == length - 1 ? (char) BOUNDARY : w.charAt(k - 1);
                h = (h ^ c) * 0x01000193;
                if (k - from + 1 >= config.charMin()) {
                    emit.add(Hashing.finish(h), 1f, index, config.langChars());
                }
            }
        }
    }

    private void lexicon(List<Token> tokens, int i, String lang, Emitter emit) {
        Token t = tokens.get(i);
        if (t.type() == TokenType.EMOJI || t.type() == TokenType.EMOTICON) {
            lexiconGroup(Lexicon.SYMBOLS, t, i, 1f, emit);
            return;
        }
        if (!t.isWordLike()) {
            return;
        }
        float boost = 1f;
        if (i > 0 && INTENSIFIERS.contains(tokens.get(i - 1).normalized())) {
            boost += 0.5f;
        }
        if (t.elongated() || isShouted(t)) {
            boost += 0.3f;
        }
        boolean french = "fr".equals(lang) || "und".equals(lang);
        boolean english = !"fr".equals(lang);
        if (english) {
            lexiconGroup(Lexicon.EN, t, i, boost, emit);
        }
        if (french) {
            lexiconGroup(Lexicon.FR, t, i, boost, emit);
        }
    }

    private void lexiconGroup(int group, Token t, int i, float boost, Emitter emit) {
        float[] scores = lexicon.get(group, t.normalized());
        if (scores == null) {
            return;
        }
        for (int slot = 0; slot < scores.length; slot++) {
            float s = scores[slot];
            if (!Float.isNaN(s) && s != 0f) {
                int channel = ((group * Lexicon.SLOTS + slot) * 2 + (s > 0 ? 0 : 1)) * 2 + (t.negated() ? 1 : 0);
                emit.add(Hashing.mix(NS_LEX, channel), Math.abs(s) * boost, i, true);
            }
        }
    }

    private void shape(Token t, int i, Emitter emit) {
        if (t.elongated()) {
            emit.add(Hashing.mix(NS_SHAPE, 1), 1f, i, true);
        }
        if (isShouted(t)) {
            emit.add(Hashing.mix(NS_SHAPE, 2), 1f, i, true);
        }
    }

    static boolean isShouted(Token t) {
        String s = t.text();
        if (s.length() < 3 || !t.isWordLike()) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (Character.isLowerCase(c)) {
                return false;
            }
        }
        return Character.isUpperCase(s.charAt(0));
    }

    /** Writes one feature, and its language-conjoined copy when asked and the language is known. */
    private record Emitter(FeatureBuffer out, int mask, int langSeed) {
        void add(int hash, float value, int source, boolean conjoin) {
            out.add(hash & mask, value, source);
            if (conjoin && langSeed != 0) {
                out.add(Hashing.mix(hash, langSeed) & mask, value, source);
            }
        }
    }
}
