package org.comptoir.enrich.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    private static String normalize(String text) {
        Workspace ws = new Workspace();
        int len = TextNormalizer.normalize(text, ws);
        return new String(ws.text, 0, len);
    }

    @Test
    void dropsHandlesLinksAndRetweetMarkersAndMarksHashtagWords() {
        assertThat(normalize("RT @user: Super #Concert ce soir http://t.co/x https://a.b www.site.fr"))
                .isEqualTo(" super #concert ce soir ");
    }

    @Test
    void splitsGluedHashtagsAndDropsEmptyOnes() {
        assertThat(normalize("ciao#Roma ## #123 #")).isEqualTo(" ciao #roma ");
    }

    @Test
    void dropsBareHttpLeftByTheDataSetsEvenWhenGluedToPunctuation() {
        assertThat(normalize("voir ici: http et là…http")).isEqualTo(" voir ici et là ");
    }

    @Test
    void decodesUnicodeEscapesAndDropsHtmlEntities() {
        assertThat(normalize("don\\u2019t Tom &amp; Jerry")).isEqualTo(" don t tom jerry ");
        assertThat(normalize("caf\\u00e9")).isEqualTo(" café ");
    }

    @Test
    void removesDigitsPunctuationAndEmojiAndShortensElongations() {
        assertThat(normalize("Noooooon!!! 2024 😂 trop bien")).isEqualTo(" noon trop bien ");
    }

    @Test
    void countsLettersPerScript() {
        Workspace ws = new Workspace();
        TextNormalizer.normalize("abc سلام नमस्ते Привет", ws);
        assertThat(ws.latin).isEqualTo(3);
        assertThat(ws.arabic).isEqualTo(4);
        assertThat(ws.devanagari).isGreaterThanOrEqualTo(3);
        assertThat(ws.otherScript).isEqualTo(6);
        assertThat(ws.letters).isEqualTo(ws.latin + ws.arabic + ws.devanagari + ws.otherScript);
    }
}
