package org.comptoir.enrich.intent;

import org.comptoir.post.Sentiment;

/**
 * Turns tokens and fired cues into hashed features: word unigrams, word bigrams (with start and end
 * marks), character n-grams inside words, one feature per fired cue family and one per language.
 * Origins: token {@code t} → {@code t}; bigram starting at {@code t} → {@link #BIGRAM_ORIGIN}{@code + t};
 * cue family {@code r} → {@link #RULE_ORIGIN}{@code + r}; the language and tone features → {@code -1}.
 * The tone feature (when the spec weighs it and a tone is given) says which polarity the sentiment
 * model decided for the post, valued by its confidence: the one feature sentiment and intent share.
 */
final class FeatureExtractor {
    static final int BIGRAM_ORIGIN = IntentTokeniser.MAX_TOKENS;
    static final int RULE_ORIGIN = 2 * IntentTokeniser.MAX_TOKENS;
    static final int ORIGIN_COUNT = RULE_ORIGIN + 32;

    private static final long UNIGRAM = 0x9E3779B97F4A7C15L;
    private static final long BIGRAM = 0xC2B2AE3D27D4EB4FL;
    private static final long CHARS = 0x165667B19E3779F9L;
    private static final long RULE = 0x27D4EB2F165667C5L;
    private static final long LANGUAGE = 0x85EBCA77C2B2AE63L;
    private static final long TONE = 0x5851F42D4C957F2DL;
    private static final long START = 0x1234567L;
    private static final long END = 0x7654321L;

    private final FeatureSpec spec;
    private final int shift;

    FeatureExtractor(FeatureSpec spec) {
        this.spec = spec;
        this.shift = 64 - spec.bits();
    }

    FeatureSpec spec() {
        return spec;
    }

    void extract(TokenBuffer tokens, CueHits hits, String lang, FeatureBuffer out) {
        extract(tokens, hits, lang, null, 0, out);
    }

    /** As above, with the sentiment model's decision for the post ({@code tone} null: not known, no tone feature). */
    void extract(TokenBuffer tokens, CueHits hits, String lang, Sentiment tone, double toneConfidence, FeatureBuffer out) {
        out.clear();
        long previous = START;
        for (int t = 0; t < tokens.count; t++) {
            long h = tokens.hash[t];
            out.add(bucket(h ^ UNIGRAM), 1f, t);
            out.add(bucket(previous * 31 + h ^ BIGRAM), 1f, t == 0 ? t : BIGRAM_ORIGIN + t - 1);
            previous = h;
            if (!tokens.symbol[t] && tokens.tokenLength(t) >= 2 && spec.charWeight() > 0) {
                charGrams(tokens, t, out);
            }
        }
        if (tokens.count > 0) {
            out.add(bucket(previous * 31 + END ^ BIGRAM), 1f, tokens.count - 1);
        }
        for (int r = 0; r < CueFamily.count(); r++) {
            if ((hits.firedMask & (1 << r)) != 0) {
                out.add(bucket(RULE + r * 0x9E3779B1L), spec.ruleWeight(), RULE_ORIGIN + r);
            }
        }
        out.add(bucket(LANGUAGE ^ (lang == null ? 0 : TokenBuffer.hashOf(lang))), 1f, -1);
        if (tone != null && spec.toneWeight() > 0) {
            out.add(bucket(TONE + (tone.ordinal() + 1) * 0x9E3779B1L), (float) (spec.toneWeight() * toneConfidence), -1);
        }
        out.scaleToUnitLength();
    }

    private void charGrams(TokenBuffer tokens, int t, FeatureBuffer out) {
        char[] chars = tokens.chars;
        int start = tokens.normStart[t];
        int marked = tokens.tokenLength(t) + 2;
        for (int n = spec.charMin(); n <= spec.charMax() && n <= marked; n++) {
            for (int from = 0; from + n <= marked; from++) {
                long h = TokenBuffer.FNV_OFFSET;
                for (int p = from; p < from + n; p++) {
                    char c = p == 0 ? '\u0002' : p == marked - 1 ? '\u0003' : chars[start + p - 1];
                    h = (h ^ c) * TokenBuffer.FNV_PRIME;
                }
                out.add(bucket(h ^ CHARS), spec.charWeight(), t);
            }
        }
    }

    private int bucket(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return (int) (h >>> shift);
    }
}
