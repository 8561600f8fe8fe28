package org.comptoir.enrich.sentiment;

import java.util.ArrayList;
import java.util.List;
import org.comptoir.enrich.text.Token;
import org.comptoir.enrich.text.TokenType;

/**
 * Builds the evidence of a decision. Each token is credited with what its features add to the chosen
 * class minus what they add to the runner-up class (bigrams are split half and half between their two
 * tokens); only tokens whose credit passes {@link #MIN_CREDIT} and that {@link EvidenceWords} accepts get a
 * label in the post's own form. Lexicon words, emoji, negations and hashtag words count double when
 * ranking. A negated sentiment word is shown with its cue ({@code not good}, {@code ne recommande plus});
 * the cues of one scope are shown together ({@code ne … plus}). A neutral decision has no evidence:
 * neutrality is the absence of reasons, and words that "push towards neutral" read as nonsense.
 */
final class Explanation {

    static final int MAX_EVIDENCE = 5;
    static final float MIN_CREDIT = 0.1f;
    private static final int MAX_LABEL = 40;
    private static final float PREFERRED_FACTOR = 2f;

    private Explanation() {
    }

    static List<String> evidence(String text, List<Token> tokens, float[] perToken, int chosen, int runnerUp,
                                 EvidenceWords words) {
        int n = perToken.length / SentimentModel.CLASSES;
        if (chosen == org.comptoir.post.Sentiment.NEUTRAL.ordinal()) {
            return new ArrayList<>(0);
        }
        List<String> labels = new ArrayList<>();
        List<Float> sums = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            float credit = perToken[i * SentimentModel.CLASSES + chosen] - perToken[i * SentimentModel.CLASSES + runnerUp];
            Token t = tokens.get(i);
            if (credit <= MIN_CREDIT || !words.explains(tokens, i)) {
                continue;
            }
            boolean preferred = words.preferred(t) || t.negated() && words.inLexicon(t.normalized());
            String label = label(tokens, i, words);
            float rank = preferred ? credit * PREFERRED_FACTOR : credit;
            int existing = labels.indexOf(label);
            if (existing >= 0) {
                sums.set(existing, sums.get(existing) + rank);
            } else {
                labels.add(label);
                sums.add(rank);
            }
        }
        List<Integer> order = new ArrayList<>(labels.size());
        for (int k = 0; k < labels.size(); k++) {
            order.add(k);
        }
        order.sort((a, b) -> Float.compare(sums.get(b), sums.get(a)));
        List<String> evidence = new ArrayList<>(MAX_EVIDENCE);
        for (int k = 0; k < order.size() && evidence.size() < MAX_EVIDENCE; k++) {
            evidence.add(labels.get(order.get(k)));
        }
        return evidence;
    }

    private static String label(List<Token> tokens, int i, EvidenceWords words) {
        Token t = tokens.get(i);
        if (t.type() == TokenType.NEGATION_CUE) {
            return cueChain(tokens, i);
        }
        if (t.type() == TokenType.HASHTAG) {
            return t.text();
        }
        if (t.negated() && words.inLexicon(t.normalized())) {
            int cue = i - 1;
            while (cue >= 0 && tokens.get(cue).type() != TokenType.NEGATION_CUE) {
                cue--;
            }
            if (cue >= 0) {
                Token closing = i + 1 < tokens.size() && tokens.get(i + 1).type() == TokenType.NEGATION_CUE
                        ? tokens.get(i + 1) : null;
                String label = tokens.get(cue).text() + (cue == i - 1 ? " " : " … ") + t.text()
                        + (closing == null ? "" : " " + closing.text());
                if (label.length() <= MAX_LABEL) {
                    return label;
                }
            }
        }
        return t.text();
    }

    /** The cues of one negation scope, e.g. {@code ne … plus}, the same label for each of them. */
    private static String cueChain(List<Token> tokens, int i) {
        int first = i;
        for (int k = i - 1; k >= 0 && inScope(tokens.get(k)); k--) {
            if (tokens.get(k).type() == TokenType.NEGATION_CUE) {
                first = k;
            }
        }
        StringBuilder label = new StringBuilder(tokens.get(first).text());
        int previous = first;
        for (int k = first + 1; k < tokens.size() && inScope(tokens.get(k)); k++) {
            if (tokens.get(k).type() == TokenType.NEGATION_CUE) {
                label.append(k == previous + 1 ? " " : " … ").append(tokens.get(k).text());
                previous = k;
            }
        }
        return label.toString();
    }

    private static boolean inScope(Token t) {
        return t.negated() || t.type() == TokenType.NEGATION_CUE;
    }
}
