package org.comptoir.enrich.sentiment;

import java.util.ArrayList;
import java.util.List;
import org.comptoir.enrich.text.Token;
import org.comptoir.enrich.text.TokenType;

/**
 * Builds the evidence of a decision: each token is credited with the margin its features give the
 * chosen class over the mean of the other classes (bigrams are split half and half between their two
 * tokens), the best tokens get a readable label in the post's own form, labels are merged, and those that
 * pushed most towards the decision are kept. A negated word is shown with its cue
 * ({@code ne recommande plus}); the cues of one scope are shown together ({@code ne … plus}).
 */
final class Explanation {

    static final int MAX_EVIDENCE = 5;
    private static final int CANDIDATES = 12;
    private static final float MIN_CREDIT = 0.05f;
    private static final int MAX_LABEL = 40;

    private Explanation() {
    }

    static List<String> evidence(String text, List<Token> tokens, float[] perToken, int chosen) {
        int n = perToken.length / SentimentModel.CLASSES;
        int[] best = new int[CANDIDATES];
        float[] credits = new float[CANDIDATES];
        int found = 0;
        for (int i = 0; i < n; i++) {
            float credit = credit(perToken, i, chosen);
            if (credit <= MIN_CREDIT || !explains(tokens.get(i))) {
                continue;
            }
            int at;
            if (found < CANDIDATES) {
                at = found++;
            } else if (credit > credits[CANDIDATES - 1]) {
                at = CANDIDATES - 1;
            } else {
                continue;
            }
            while (at > 0 && credits[at - 1] < credit) {
                best[at] = best[at - 1];
                credits[at] = credits[at - 1];
                at--;
            }
            best[at] = i;
            credits[at] = credit;
        }
        List<String> labels = new ArrayList<>(found);
        List<Float> sums = new ArrayList<>(found);
        for (int k = 0; k < found; k++) {
            String label = label(text, tokens, best[k]);
            int existing = labels.indexOf(label);
            if (existing >= 0) {
                sums.set(existing, sums.get(existing) + credits[k]);
            } else {
                labels.add(label);
                sums.add(credits[k]);
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

    /** Links, handles, whole hashtags (their words are shown) and plain punctuation explain nothing to a reader. */
    private static boolean explains(Token t) {
        return switch (t.type()) {
            case URL, HANDLE, HASHTAG -> false;
            case PUNCTUATION -> t.normalized().startsWith("!") || t.normalized().startsWith("?")
                    || t.normalized().equals("\u2026");
            default -> true;
        };
    }

    private static float credit(float[] perToken, int i, int chosen) {
        float others = 0f;
        for (int c = 0; c < SentimentModel.CLASSES; c++) {
            others += c == chosen ? 0f : perToken[i * SentimentModel.CLASSES + c];
        }
        return perToken[i * SentimentModel.CLASSES + chosen] - others / (SentimentModel.CLASSES - 1);
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
