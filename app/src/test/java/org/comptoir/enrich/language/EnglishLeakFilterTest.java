package org.comptoir.enrich.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnglishLeakFilterTest {
    private static final List<LabeledText> TEXTS = List.of(
            new LabeledText("en", "the game was great and the fans were happy"),
            new LabeledText("en", "what a great day for the team and the fans"),
            new LabeledText("en", "the weather was great today"),
            new LabeledText("hi", "yaar match bahut accha tha bhai"),
            new LabeledText("hi", "bhai kya khela yaar maza aa gaya"),
            new LabeledText("hi", "the fans were great today"),
            new LabeledText("fr", "le match était super et les fans étaient contents"));

    @Test
    void setsAsideTextsFiledUnderAnotherLanguageThatReadAsEnglish() {
        List<LabeledText> aside = new ArrayList<>();
        List<LabeledText> kept = EnglishLeakFilter.keep(TEXTS, aside);
        assertThat(aside).containsExactly(new LabeledText("hi", "the fans were great today"));
        assertThat(kept).hasSize(TEXTS.size() - 1)
                .contains(new LabeledText("hi", "yaar match bahut accha tha bhai"))
                .contains(new LabeledText("fr", "le match était super et les fans étaient contents"));
    }

    @Test
    void keepsEverythingWhenThereIsNoEnglishToCompareWith() {
        List<LabeledText> noEnglish = TEXTS.stream().filter(t -> !t.language().equals("en")).toList();
        List<LabeledText> aside = new ArrayList<>();
        assertThat(EnglishLeakFilter.keep(noEnglish, aside)).isEqualTo(noEnglish);
        assertThat(aside).isEmpty();
    }
}
