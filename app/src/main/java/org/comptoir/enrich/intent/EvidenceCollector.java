package org.comptoir.enrich.intent;

import java.util.ArrayList;
import java.util.List;
import org.comptoir.post.Intent;

/**
 * Explains a decision in the text's own words: first the cue rules that fired for the chosen intent
 * ({@code rule:leaving}) with the words that fired them ({@code résilié}), then the words or word pairs
 * whose features pushed the chosen intent most above the other intents in the model.
 */
final class EvidenceCollector {
    static final int MAX_EVIDENCE = 6;
    private static final int MAX_MODEL_WORDS = 3;
    /** Function words and placeholders: true to the model, but they explain nothing to a reader. */
    private static final CuePattern.Element QUIET = CuePattern.Element.compile(String.join("|",
            "le|la|les|un|une|des|du|de|a|au|aux|et|ou|en|dans|sur|pour|par|avec|que|qui|ce|ces|se|sa|son|ses|mon|ma|mes",
            "ton|ta|tes|votre|vos|notre|nos|leur|je|tu|il|elle|on|nous|vous|ils|elles|est|ai|as|y|me|te|lui|ne|pas",
            "the|an|and|or|of|to|in|on|at|for|with|by|from|it|its|is|are|was|were|be|been|my|your|our|their|his|her",
            "i|im|you|we|they|he|she|me|us|them|this|that|these|those|so|as|just"),
            IntentTokeniser.newBuffer(), "evidence stop words");

    private EvidenceCollector() {
    }

    static List<String> collect(CharSequence text, Intent chosen, IntentModel model, ClassifierScratch s) {
        List<String> evidence = new ArrayList<>(MAX_EVIDENCE + 1);
        CueHits hits = s.hits;
        for (int h = 0; h < hits.count && evidence.size() < MAX_EVIDENCE - 1; h++) {
            CueFamily family = CueFamily.at(hits.family[h]);
            if (family.intent() == chosen) {
                addOnce(evidence, family.ruleName());
                addOnce(evidence, span(text, s.tokens, hits.start[h], hits.end[h]));
            }
        }
        int added = 0;
        int touched = scoreOrigins(chosen, model, s);
        while (added < MAX_MODEL_WORDS && evidence.size() < MAX_EVIDENCE) {
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
            int first = best < FeatureExtractor.BIGRAM_ORIGIN ? best : best - FeatureExtractor.BIGRAM_ORIGIN;
            int last = best < FeatureExtractor.BIGRAM_ORIGIN ? first + 1 : first + 2;
            if (!quiet(s.tokens, first, last) && addOnce(evidence, span(text, s.tokens, first, last))) {
                added++;
            }
        }
        for (int i = 0; i < touched; i++) {
            s.originScore[s.touchedOrigins[i]] = 0;
        }
        return evidence;
    }

    /** Sums, per origin, how much its features favour the chosen intent over the average intent. */
    private static int scoreOrigins(Intent chosen, IntentModel model, ClassifierScratch s) {
        FeatureBuffer f = s.features;
        int k = IntentModel.INTENTS.length;
        int touched = 0;
        for (int i = 0; i < f.count; i++) {
            int origin = f.origin[i];
            if (origin < 0) {
                continue;
            }
            double mean = 0;
            for (int c = 0; c < k; c++) {
                mean += model.weight(f.index[i], c);
            }
            double margin = f.value[i] * (model.weight(f.index[i], chosen.ordinal()) - mean / k);
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

    private static boolean quiet(TokenBuffer tokens, int firstToken, int endToken) {
        for (int t = firstToken; t < Math.min(endToken, tokens.count); t++) {
            boolean placeholder = tokens.symbol[t] && (tokens.firstChar(t) == '@' || tokens.firstChar(t) == '~');
            if (!placeholder && !QUIET.matches(tokens, t)) {
                return false;
            }
        }
        return true;
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
