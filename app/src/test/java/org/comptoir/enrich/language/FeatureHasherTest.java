package org.comptoir.enrich.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FeatureHasherTest {

    private static int[] features(String normalized, int maxOrder) {
        char[] text = normalized.toCharArray();
        int[] out = new int[FeatureHasher.capacity(text.length, maxOrder)];
        int count = FeatureHasher.extract(text, text.length, maxOrder, 18, out);
        return Arrays.copyOf(out, count);
    }

    @Test
    void emitsEveryNgramInsideThePaddedWordPlusTheWordItself() {
        // " ab ": a, b, " a", "ab", "b ", " ab", "ab ", " ab " (orders 1..4) and the word
        assertThat(features(" ab ", 4)).hasSize(9);
        assertThat(features(" ab ", 1)).hasSize(3);
    }

    @Test
    void hashtagFeaturesDifferFromTheSameWordInTheBody() {
        int[] body = features(" paris ", 5);
        int[] tag = features(" #paris ", 5);
        assertThat(tag).isNotEmpty();
        assertThat(Arrays.stream(tag).filter(f -> Arrays.stream(body).anyMatch(b -> b == f)).count())
                .isLessThan(2);
    }

    @Test
    void staysWithinTheHashSpaceAndTheAnnouncedCapacity() {
        String text = " un texte un peu plus long avec des mots #et #tags ";
        int[] out = features(text, 5);
        assertThat(out.length).isLessThanOrEqualTo(FeatureHasher.capacity(text.length(), 5));
        assertThat(Arrays.stream(out).allMatch(f -> f >= 0 && f < (1 << 18))).isTrue();
    }
}
