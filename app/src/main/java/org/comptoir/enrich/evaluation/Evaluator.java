package org.comptoir.enrich.evaluation;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.comptoir.enrich.PostAnalyser;
import org.comptoir.enrich.brand.BrandPost;
import org.comptoir.enrich.Understanding;
import org.comptoir.post.Intent;
import org.comptoir.post.Sentiment;

/**
 * Scores what Comptoir shows (the full {@link PostAnalyser}: language, sentiment, intent, complaint and
 * the rules joining them) against labelled posts, for one task. Posts whose file gives no language are
 * read in the language {@code defaultLang}, else in the detected one, as the pipeline would.
 */
public final class Evaluator {
    /** What to score. */
    public enum Task { SENTIMENT, INTENT, COMPLAINT }

    static final double COMPLAINT_THRESHOLD = 0.5;

    private Evaluator() {
    }

    public static Scores evaluate(PostAnalyser analyser, List<BrandPost> posts, Task task, String defaultLang) {
        return evaluate(analyser, posts, task, defaultLang, error -> { });
    }

    /**
     * As above, and hands every wrong decision to {@code errors} as one line:
     * {@code gold -> predicted (confidence)<TAB>text<TAB>evidence}.
     */
    public static Scores evaluate(PostAnalyser analyser, List<BrandPost> posts, Task task, String defaultLang,
                                  Consumer<String> errors) {
        List<String> names = classes(task);
        Scores scores = new Scores(names);
        for (BrandPost post : posts) {
            if (!labelled(post, task)) {
                continue;
            }
            String lang = post.lang() != null ? post.lang() : defaultLang;
            Understanding u = analyser.understand(post.text(), lang);
            int gold;
            int predicted;
            double confidence;
            switch (task) {
                case SENTIMENT -> {
                    gold = post.sentiment().ordinal();
                    predicted = u.analysis().sentiment().ordinal();
                    confidence = u.analysis().confidence();
                }
                case INTENT -> {
                    gold = post.intent().ordinal();
                    predicted = u.analysis().intent().ordinal();
                    confidence = u.intentConfidence();
                }
                default -> {
                    boolean yes = u.complaint() >= COMPLAINT_THRESHOLD;
                    gold = post.complaint() ? 1 : 0;
                    predicted = yes ? 1 : 0;
                    confidence = yes ? u.complaint() : 1 - u.complaint();
                }
            }
            scores.add(gold, predicted, confidence);
            if (gold != predicted) {
                errors.accept(String.format(java.util.Locale.ROOT, "%s -> %s (%.2f)\t%s\t%s", names.get(gold), names.get(predicted),
                        confidence, post.text(), u.analysis().evidence()));
            }
        }
        return scores;
    }

    /** How many posts of the list carry the labels {@code task} needs. */
    public static long labelledCount(List<BrandPost> posts, Task task) {
        return posts.stream().filter(p -> labelled(p, task)).count();
    }

    private static boolean labelled(BrandPost post, Task task) {
        return switch (task) {
            case SENTIMENT -> true;
            case INTENT -> post.intent() != null;
            case COMPLAINT -> post.complaint() != null;
        };
    }

    static List<String> classes(Task task) {
        Function<Enum<?>, String> label = e -> e.name().toLowerCase(java.util.Locale.ROOT);
        return switch (task) {
            case SENTIMENT -> Arrays.stream(Sentiment.values()).map(label).toList();
            case INTENT -> Arrays.stream(Intent.values()).map(label).toList();
            case COMPLAINT -> List.of("no", "yes");
        };
    }
}
