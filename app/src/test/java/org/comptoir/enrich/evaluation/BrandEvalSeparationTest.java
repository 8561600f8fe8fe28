package org.comptoir.enrich.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.comptoir.enrich.brand.BrandPost;
import org.comptoir.enrich.brand.BrandPosts;
import org.junit.jupiter.api.Test;

/** The brand-directed evaluation set (repository files, not shared data) never leaks into a training file. */
class BrandEvalSeparationTest {
    private static final Path EVAL = Path.of("..", "eval", "brand-directed");
    private static final Path RESOURCES = Path.of("src", "main", "resources", "org", "comptoir", "enrich");

    @Test
    void noEvaluationTextIsInTheBrandTrainingFileOrTheIntentDataset() throws Exception {
        Set<String> training = new HashSet<>();
        BrandPosts.read(RESOURCES.resolve("brand/brand-train.tsv")).posts().forEach(p -> training.add(key(p.text())));
        BrandPosts.Read intentOnly = BrandPosts.read(RESOURCES.resolve("brand/brand-train-intent.tsv"));
        assertThat(intentOnly.rejected()).isEmpty();
        intentOnly.posts().forEach(p -> training.add(key(p.text())));
        try (Stream<String> lines = Files.lines(RESOURCES.resolve("intent/intent-dataset.tsv"))) {
            lines.filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(l -> training.add(key(l.split("\t", 3)[2])));
        }
        int evaluated = 0;
        for (String part : List.of("fr_dev", "fr_test", "en_dev", "en_test")) {
            BrandPosts.Read read = BrandPosts.read(EVAL.resolve("brand_" + part + ".tsv"));
            assertThat(read.rejected()).as(part).isEmpty();
            for (BrandPost post : read.posts()) {
                assertThat(training).as(post.text()).doesNotContain(key(post.text()));
                assertThat(post.intent()).isNotNull();
                evaluated++;
            }
        }
        assertThat(evaluated).isEqualTo(582);
        assertThat(training.size()).isGreaterThan(1_600);
    }

    /**
     * Not even close: no brand-directed training post shares most of its character 4-grams with an evaluation
     * post (Jaccard similarity of the 4-gram sets of the accent-folded, lower-cased words, handles dropped).
     * The posts written for the intent model (ADR 0025) were checked against 0.3 while being written
     * ({@code eval/brand-directed/tools/near_duplicates.py}); the older brand file stays under 0.5.
     */
    @Test
    void noBrandTrainingPostIsANearDuplicateOfAnEvaluationPost() throws Exception {
        List<Set<String>> evaluation = new java.util.ArrayList<>();
        for (String part : List.of("fr_dev", "fr_test", "en_dev", "en_test")) {
            BrandPosts.read(EVAL.resolve("brand_" + part + ".tsv")).posts().forEach(p -> evaluation.add(grams(p.text())));
        }
        assertThat(nearest(RESOURCES.resolve("brand/brand-train-intent.tsv"), evaluation)).isLessThan(0.35);
        assertThat(nearest(RESOURCES.resolve("brand/brand-train.tsv"), evaluation)).isLessThan(0.5);
        // the measure can fail: a light rewording of a post is far above these thresholds
        assertThat(jaccard(grams("how do I cancel my plan before it renews?"), grams("how can I cancel my plan before it renews"))).isGreaterThan(0.6);
    }

    private static double nearest(Path trainingFile, List<Set<String>> evaluation) throws Exception {
        double max = 0;
        for (BrandPost post : BrandPosts.read(trainingFile).posts()) {
            Set<String> g = grams(post.text());
            for (Set<String> e : evaluation) {
                max = Math.max(max, jaccard(g, e));
            }
        }
        return max;
    }

    static Set<String> grams(String text) {
        String folded = java.text.Normalizer.normalize(text.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").replaceAll("@\\w+", "");
        String words = " " + folded.replaceAll("(?U)[^\\w ]", " ").replaceAll("\\s+", " ").strip() + " ";
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 4 <= words.length(); i++) {
            grams.add(words.substring(i, i + 4));
        }
        return grams;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        if (union.isEmpty()) {
            return 0;
        }
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return (double) both.size() / union.size();
    }

    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
