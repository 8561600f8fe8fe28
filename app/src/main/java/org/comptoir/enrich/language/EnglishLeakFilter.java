package org.comptoir.enrich.language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds training texts filed under another language that are in fact English: tweet data sets label
 * by collection, not by text, and the Hindi set in particular holds many English-only tweets, which
 * would teach the model to call plain English "hi". A text of language L is set aside when its words,
 * taken as a unigram model, are more likely under English than under L. Word probabilities are
 * smoothed relative frequencies; L's counts leave the text itself out, and words seen nowhere else
 * carry no evidence. Deterministic.
 */
final class EnglishLeakFilter {
    static final String ENGLISH = "en";
    private static final double SMOOTHING = 0.5;

    private final Map<String, Map<String, Integer>> counts = new HashMap<>();
    private final Map<String, Integer> totals = new HashMap<>();

    private EnglishLeakFilter(List<LabeledText> texts) {
        for (LabeledText t : texts) {
            Map<String, Integer> c = counts.computeIfAbsent(t.language(), k -> new HashMap<>());
            for (String word : words(t.text())) {
                c.merge(word, 1, Integer::sum);
                totals.merge(t.language(), 1, Integer::sum);
            }
        }
    }

    /** The texts to learn from: all English texts, and other texts unless they read as English. */
    static List<LabeledText> keep(List<LabeledText> texts, List<LabeledText> setAside) {
        EnglishLeakFilter filter = new EnglishLeakFilter(texts);
        if (!filter.counts.containsKey(ENGLISH)) {
            return texts;
        }
        List<LabeledText> kept = new ArrayList<>(texts.size());
        for (LabeledText t : texts) {
            if (!t.language().equals(ENGLISH) && filter.readsAsEnglish(t)) {
                setAside.add(t);
            } else {
                kept.add(t);
            }
        }
        return kept;
    }

    private boolean readsAsEnglish(LabeledText t) {
        Map<String, Integer> english = counts.get(ENGLISH);
        Map<String, Integer> own = counts.get(t.language());
        List<String> words = words(t.text());
        Map<String, Integer> inText = new HashMap<>();
        words.forEach(w -> inText.merge(w, 1, Integer::sum));
        double englishTotal = totals.get(ENGLISH);
        double ownTotal = totals.get(t.language()) - words.size();
        double logRatio = 0;
        int evidence = 0;
        for (String word : words) {
            int e = english.getOrDefault(word, 0);
            int o = own.getOrDefault(word, 0) - inText.get(word);
            if (e == 0 && o == 0) {
                continue;
            }
            evidence++;
            logRatio += Math.log((e + SMOOTHING) / englishTotal) - Math.log((o + SMOOTHING) / ownTotal);
        }
        return evidence > 0 && logRatio > 0;
    }

    private static List<String> words(String text) {
        Workspace ws = new Workspace();
        int len = TextNormalizer.normalize(text, ws);
        List<String> words = new ArrayList<>();
        int start = 1;
        for (int i = 1; i < len; i++) {
            if (ws.text[i] == ' ') {
                if (i > start) {
                    words.add(new String(ws.text, start, i - start));
                }
                start = i + 1;
            }
        }
        return words;
    }
}
