package org.comptoir.enrich.sentiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.comptoir.enrich.text.Token;
import org.comptoir.enrich.text.TokenType;

/**
 * Builds the evidence of a decision: each feature's contribution to the margin of the chosen class
 * over the mean of the others is credited to the tokens it came from (bigrams split half and half),
 * tokens are grouped under a readable label in the post's own form, and the labels that pushed most
 * towards the decision are kept. A negated word is shown with its cue ({@code ne recommande plus}),
 * and the cues of one scope together ({@code ne … plus}).
 */
final class Explanation {

    static final int MAX_EVIDENCE = 5;
    private static final int MAX_LABEL = 40;

    private Explanation() {
    }

    static List<String> evidence(String text, List<Token> tokens, FeatureBuffer features, float[] weights, int chosen) {
        int n = Math.min(tokens.size(), FeatureExtractor.MAX_TOKENS);
        float[] credit = new float[n];
        for (int k = 0; k < features.size; k++) {
            int source = features.sources[k];
            if (source == FeatureBuffer.NO_SOURCE) {
                continue;
            }
            int at = features.buckets[k] * SentimentModel.CLASSES;
            float others = 0f;
            for (int c = 0; c < SentimentModel.CLASSES; c++) {
                others += c == chosen ? 0f : weights[at + c];
            }
            float margin = (weights[at + chosen] - others / (SentimentModel.CLASSES - 1)) * features.values[k];
            int second = FeatureBuffer.second(source);
            if (second < 0) {
                credit[FeatureBuffer.first(source)] += margin;
            } else {
                credit[FeatureBuffer.first(source)] += margin / 2;
                credit[second] += margin / 2;
            }
        }
        Map<String, Float> byLabel = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            if (credit[i] != 0f && tokens.get(i).type() != TokenType.HASHTAG) {
                byLabel.merge(label(text, tokens, i), credit[i], Float::sum);
            }
        }
        List<Map.Entry<String, Float>> ranked = new ArrayList<>(byLabel.entrySet());
        ranked.sort((a, b) -> Float.compare(b.getValue(), a.getValue()));
        List<String> evidence = new ArrayList<>(MAX_EVIDENCE);
        for (Map.Entry<String, Float> e : ranked) {
            if (evidence.size() == MAX_EVIDENCE || e.getValue() <= 0.05f) {
                break;
            }
            evidence.add(e.getKey());
        }
        return evidence;
    }

    private static String label(String text, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.type() == TokenType.NEGATION_CUE) {
            return cueChain(tokens, i);
        }
        if (t.negated()) {
            int cue = i - 1;
            while (cue >= 0 && tokens.get(cue).type() != TokenType.NEGATION_CUE) {
                cue--;
            }
            if (cue >= 0) {
                int end = i + 1 < tokens.size() && tokens.get(i + 1).type() == TokenType.NEGATION_CUE
                        ? tokens.get(i + 1).end() : t.end();
                if (end - tokens.get(cue).start() <= MAX_LABEL) {
                    return text.substring(tokens.get(cue).start(), end);
                }
            }
        }
        return t.text();
    }

    /** The cues of one negation scope, e.g. {@code ne … plus}, the same label for each of them. */
    private static String cueChain(List<Token> tokens, int i) {
        int first = i;
        for (int k = i - 1; k >= 0 && (tokens.get(k).negated() || tokens.get(k).type() == TokenType.NEGATION_CUE); k--) {
            if (tokens.get(k).type() == TokenType.NEGATION_CUE) {
                first = k;
            }
        }
        StringBuilder label = new StringBuilder(tokens.get(first).text());
        int previous = first;
        for (int k = first + 1; k < tokens.size() && (tokens.get(k).negated() || tokens.get(k).type() == TokenType.NEGATION_CUE); k++) {
            if (tokens.get(k).type() == TokenType.NEGATION_CUE) {
                label.append(k == previous + 1 ? " " : " … ").append(tokens.get(k).text());
                previous = k;
            }
        }
        return label.toString();
    }
}
