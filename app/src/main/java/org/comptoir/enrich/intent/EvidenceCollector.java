package org.comptoir.enrich.intent;

import java.util.ArrayList;
import java.util.List;
import org.comptoir.post.Intent;

/**
 * Explains a decision in the text's own words, at most {@value #MAX_EVIDENCE} items: first the words that
 * fired the cue rules of the chosen intent ({@code RÉSILIER}, {@code pas terrible}), or a readable rule name
 * when a rule fired on punctuation or is derived ({@code question mark}, {@code sarcasm}); then the words whose
 * features pushed the chosen intent above the runner-up intent in the model. Function words, handles,
 * links, numbers, bare punctuation and capitalised names in mid-sentence ({@code Fournil Dupain}) are
 * never shown; a word pair only when it is a negated word ({@code not good}) not shown already.
 */
final class EvidenceCollector {
    static final int MAX_EVIDENCE = 4;
    /** Function words and placeholders: true to the model, but they explain nothing to a reader. */
    private static final CuePattern.Element QUIET = CuePattern.Element.compile(String.join("|",
            "le|la|les|un|une|des|du|de|a|au|aux|et|ou|en|dans|sur|pour|par|avec|que|qui|ce|ces|se|sa|son|ses|mon|ma|mes",
            "ton|ta|tes|votre|vos|notre|nos|leur|je|tu|il|elle|on|nous|vous|ils|elles|est|ai|as|y|me|te|lui|ne|pas",
            "avez|avons|ont|suis|sont|etes|sommes|etre|avoir|cette|cet|ca|cela|si|comme|chez|donc|car|mais|tout|tous",
            "the|an|and|or|of|to|in|on|at|for|with|by|from|it|its|is|are|was|were|be|been|my|your|our|their|his|her",
            "i|im|ive|you|we|they|he|she|me|us|them|this|that|these|those|so|as|just|do|does|did|have|has|had|but|if"),
            IntentTokeniser.newBuffer(), "evidence stop words");

    private EvidenceCollector() {
    }

    static List<String> collect(CharSequence text, Intent chosen, int runnerUp, IntentModel model, ClassifierScratch s) {
        List<String> evidence = new ArrayList<>(MAX_EVIDENCE + 1);
        CueHits hits = s.hits;
        for (int h = 0; h < hits.count && evidence.size() < MAX_EVIDENCE; h++) {
            CueFamily family = CueFamily.at(hits.family[h]);
            if (family.intent() != chosen || family == CueFamily.QUESTION) {
                continue;
            }
            int start = hits.start[h];
            if (family == CueFamily.NEGATED_PRAISE) {
                int negator = CueMatcher.defaultMatcher().negatorBefore(s.tokens, start);
                start = negator >= 0 ? negator : start;
            }
            String words = span(text, s.tokens, start, hits.end[h]);
            boolean readable = family != CueFamily.SARCASM && sayable(words) && !quiet(s.tokens, start, hits.end[h]);
            addOnce(evidence, readable ? words : family.readableName());
        }
        int touched = scoreOrigins(chosen, runnerUp, model, s);
        while (evidence.size() < MAX_EVIDENCE) {
            int best = -1;
            for (int i = 0; i < touched; i++) {
                int o = s.touchedOrigins[i];
                if (o < FeatureExtractor.RULE_ORIGIN && s.originScore[o] > 0 && (best < 0 || s.originScore[o] > s.originScore[best])) {
                    best = o;
                }
            }
            if (best < 0) {
                break;
            }
            s.originScore[best] = 0;
            boolean pair = best >= FeatureExtractor.BIGRAM_ORIGIN;
            int first = pair ? best - FeatureExtractor.BIGRAM_ORIGIN : best;
            int last = Math.min(pair ? first + 2 : first + 1, s.tokens.count);
            if ((!pair || CueMatcher.defaultMatcher().negatorBefore(s.tokens, first + 1) == first)
                    && shown(text, s.tokens, first, last, evidence)) {
                addOnce(evidence, span(text, s.tokens, first, last));
            }
        }
        for (int i = 0; i < touched; i++) {
            s.originScore[s.touchedOrigins[i]] = 0;
        }
        return evidence;
    }

    /** Sums, per origin, how much its features favour the chosen intent over the runner-up intent. */
    private static int scoreOrigins(Intent chosen, int runnerUp, IntentModel model, ClassifierScratch s) {
        FeatureBuffer f = s.features;
        int touched = 0;
        for (int i = 0; i < f.count; i++) {
            int origin = f.origin[i];
            if (origin < 0) {
                continue;
            }
            double margin = f.value[i] * (model.weight(f.index[i], chosen.ordinal()) - model.weight(f.index[i], runnerUp));
            if (s.originScore[origin] == 0) {
                s.touchedOrigins[touched++] = origin;
            }
            s.originScore[origin] += margin;
            if (s.originScore[origin] == 0) {
                s.originScore[origin] = Double.MIN_VALUE;
            }
        }
        return touched;
    }

    private static boolean quiet(TokenBuffer tokens, int first, int last) {
        for (int t = first; t < Math.min(last, tokens.count); t++) {
            if (!QUIET.matches(tokens, t)) {
                return false;
            }
        }
        return true;
    }

    /** Whether every token of [first, last) says something and none of them is shown already. */
    private static boolean shown(CharSequence text, TokenBuffer tokens, int first, int last, List<String> evidence) {
        for (int t = first; t < last; t++) {
            if (!telling(text, tokens, t) || mentioned(span(text, tokens, t, t + 1), evidence)) {
                return false;
            }
        }
        return last > first;
    }

    private static boolean telling(CharSequence text, TokenBuffer tokens, int t) {
        if (tokens.symbol[t]) {
            char c = tokens.firstChar(t);
            return c != '@' && c != '~' && c != '?' && c != '!';
        }
        if (QUIET.matches(tokens, t) || tokens.tokenLength(t) < 2 || tokens.normalised(t).indexOf('0') >= 0) {
            return false;
        }
        return !titleCase(text, tokens, t) || sentenceStart(text, tokens, t)
                && !(t + 1 < tokens.count && titleCase(text, tokens, t + 1));
    }

    /** A word written with a capital then lower case ({@code Dupain}, not {@code RÉSILIER}). */
    private static boolean titleCase(CharSequence text, TokenBuffer tokens, int t) {
        int from = tokens.origStart[t];
        int to = tokens.origEnd[t];
        if (tokens.symbol[t] || to - from < 2 || !Character.isUpperCase(text.charAt(from))) {
            return false;
        }
        for (int i = from + 1; i < to; i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean sentenceStart(CharSequence text, TokenBuffer tokens, int t) {
        if (t == 0 || t == 1 && tokens.symbol[0] && tokens.firstChar(0) == '@') {
            return true;
        }
        if (tokens.symbol[t - 1] && (tokens.firstChar(t - 1) == '?' || tokens.firstChar(t - 1) == '!')) {
            return true;
        }
        for (int i = tokens.origEnd[t - 1]; i < tokens.origStart[t]; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '\u2026' || c == ':' || c == '\n') {
                return true;
            }
        }
        return false;
    }

    private static boolean mentioned(String word, List<String> evidence) {
        for (String item : evidence) {
            if (item.equalsIgnoreCase(word) || (" " + item + " ").contains(" " + word + " ")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a cue's words can be shown as they are (letters, digits or emoji, not bare punctuation). */
    private static boolean sayable(String words) {
        for (int i = 0; i < words.length(); i++) {
            char c = words.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.isSurrogate(c) || c > 0x2100) {
                return true;
            }
        }
        return false;
    }

    private static String span(CharSequence text, TokenBuffer tokens, int firstToken, int endToken) {
        int from = tokens.origStart[firstToken];
        int to = tokens.origEnd[Math.min(endToken, tokens.count) - 1];
        return text.subSequence(from, Math.max(from, to)).toString();
    }

    private static boolean addOnce(List<String> evidence, String item) {
        if (item.isBlank() || evidence.contains(item)) {
            return false;
        }
        evidence.add(item);
        return true;
    }
}
