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
        assertThat(training.size()).isGreaterThan(1_200);
    }

    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
