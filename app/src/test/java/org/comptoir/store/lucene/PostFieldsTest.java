package org.comptoir.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostFieldsTest {
    @Test
    void languageKeyUsesThePrimarySubtagWhateverTheSeparatorAndCase() {
        assertThat(PostFields.languageKey("fr")).isEqualTo("fr");
        assertThat(PostFields.languageKey(" FR-ca ")).isEqualTo("fr");
        assertThat(PostFields.languageKey("pt_BR")).isEqualTo("pt");
        assertThat(PostFields.languageKey("en-GB_x")).isEqualTo("en");
    }

    @Test
    void languageKeyIsOtherForUnknownEmptyOrMissingLanguages() {
        assertThat(PostFields.languageKey(null)).isEqualTo(PostFields.OTHER);
        assertThat(PostFields.languageKey("")).isEqualTo(PostFields.OTHER);
        assertThat(PostFields.languageKey("-fr")).isEqualTo(PostFields.OTHER);
        assertThat(PostFields.languageKey("ja-JP")).isEqualTo(PostFields.OTHER);
    }

    @Test
    void primaryLanguageMatchesSplittingOnTheFirstSeparator() {
        for (String lang : new String[] {"", "fr", "fr-ca", "fr_ca", "-", "_x", "zh-hant-tw", "a_b-c"}) {
            assertThat(PostFields.primaryLanguage(lang)).as(lang).isEqualTo(lang.split("[-_]", 2)[0]);
        }
    }
}
