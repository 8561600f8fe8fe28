package org.comptoir.enrich.evaluation;

import java.util.Arrays;
import java.util.List;
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
        Scores scores = new Scores(classes(task));
        for (BrandPost post : posts) {
            if (!labelled(post, task)) {
                continue;
            }
            String lang = post.lang() != null ? post.lang() : defaultLang;
            Understanding u = analyser.understand(post.text(), lang);
            switch (task) {
                case SENTIMENT -> scores.add(post.sentiment().ordinal(), u.analysis().sentiment().ordinal(), u.analysis().confidence());
                case INTENT -> scores.add(post.intent().ordinal(), u.analysis().intent().ordinal(), u.intentConfidence());
                case COMPLAINT -> {
                    boolean yes = u.complaint() >= COMPLAINT_THRESHOLD;
                    scores.add(post.complaint() ? 1 : 0, yes ? 1 : 0, yes ? u.complaint() : 1 - u.complaint());
                }
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
