package org.comptoir.enrich.intent;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.comptoir.post.Intent;
import org.junit.jupiter.api.Test;

/** Sanity of the shipped labelled dataset (a product resource, not test data). */
class IntentDatasetTest {
    private static final IntentDataset SHIPPED = read();

    private static IntentDataset read() {
        try {
            return IntentDataset.read(Path.of(IntentDatasetTest.class.getResource("intent-dataset.tsv").toURI()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyLineParsesWithAValidLabelAndNoExactDuplicate() {
        assertThat(SHIPPED.rejected()).isEmpty();
        assertThat(SHIPPED.posts()).allSatisfy(post -> assertThat(post.lang()).isIn("fr", "en"));
    }

    @Test
    void hasAtLeast450PostsPerLanguageAnd60PerIntentAndLanguage() {
        Map<String, Long> perLanguage = SHIPPED.posts().stream().collect(Collectors.groupingBy(LabelledPost::lang, Collectors.counting()));
        assertThat(perLanguage).containsOnlyKeys("fr", "en").allSatisfy((lang, n) -> assertThat(n).isGreaterThanOrEqualTo(450));
        Map<String, Long> perStratum = SHIPPED.posts().stream().collect(Collectors.groupingBy(LabelledPost::stratum, Collectors.counting()));
        assertThat(perStratum).hasSize(Intent.values().length * 2).allSatisfy((s, n) -> assertThat(n).isGreaterThanOrEqualTo(60));
    }

    @Test
    void noTwoPostsDifferOnlyByTheirHandlesOrCase() {
        Set<String> seen = new HashSet<>();
        for (LabelledPost post : SHIPPED.posts()) {
            String skeleton = post.text().replaceAll("@\\w+", "@").toLowerCase().replaceAll("\\s+", " ");
            assertThat(seen.add(skeleton)).as("near-duplicate: %s", post.text()).isTrue();
        }
    }

    @Test
    void splitIsDeterministicDisjointAndSeventyThirtyInEveryStratum() {
        IntentDataset.Split split = SHIPPED.split();
        assertThat(SHIPPED.split()).isEqualTo(split);
        assertThat(split.train()).doesNotContainAnyElementsOf(split.test());
        assertThat(split.train().size() + split.test().size()).isEqualTo(SHIPPED.posts().size());
        Map<String, Long> train = split.train().stream().collect(Collectors.groupingBy(LabelledPost::stratum, Collectors.counting()));
        Map<String, Long> all = SHIPPED.posts().stream().collect(Collectors.groupingBy(LabelledPost::stratum, Collectors.counting()));
        all.forEach((stratum, n) -> assertThat(train.get(stratum)).isEqualTo(Math.round(n * IntentDataset.TRAIN_FRACTION)));
    }
}
