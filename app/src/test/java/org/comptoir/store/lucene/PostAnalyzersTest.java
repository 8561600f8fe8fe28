package org.comptoir.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class PostAnalyzersTest {

    /** Tokens of {@code text} in {@code field}; a token at the same position as the previous one is prefixed with '+'. */
    static List<String> tokens(String field, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = PostAnalyzers.analyzer().tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add((increment.getPositionIncrement() == 0 ? "+" : "") + term);
            }
            stream.end();
        }
        return out;
    }

    @Test
    void frenchTextIsFoldedElidedAndLightlyStemmed() throws IOException {
        assertThat(tokens("text_fr", "L’application du Café a des pannes"))
                .isEqualTo(tokens("text_fr", "application du cafe a des panne"))
                .doesNotContain("l'application", "café", "pannes");
        assertThat(tokens("text_folded", "L’application du Café a des pannes")).containsExactly(
                "application", "du", "cafe", "a", "des", "pannes");
    }

    @Test
    void englishTextDropsPossessivesAndPlurals() throws IOException {
        assertThat(tokens("text_en", "The customer's complaints")).containsExactly("the", "customer", "complaint");
    }

    @Test
    void hashtagsAndHandlesAreKeptWithTheirBareWordAtTheSamePosition() throws IOException {
        assertThat(tokens("text_folded", "#Boycotts @SNCF merci @marie@piaille.fr.")).containsExactly(
                "#boycotts", "+boycotts", "@sncf", "+sncf", "merci", "@marie@piaille.fr", "+marie");
        assertThat(tokens("text_fr", "#Boycotts")).containsExactly("#boycotts", "+" + tokens("text_fr", "boycott").get(0));
    }

    @Test
    void urlsAndEmojiSequencesAreSingleTokens() throws IOException {
        assertThat(tokens("text_folded", "voir https://blog.example.org/a?b=1, 👩‍💻🏽 ❤️ 🇫🇷!")).containsExactly(
                "voir", "https://blog.example.org/a?b=1", "👩‍💻🏽", "❤", "🇫🇷");
        assertThat(tokens("text_folded", "👍🏽👍")).containsExactly("👍🏽", "👍");
    }

    @Test
    void wordsSplitOnPunctuationButKeepInnerApostrophes() throws IOException {
        assertThat(tokens("text_other", "e-commerce,aujourd'hui;marie@example.org")).containsExactly(
                "e", "commerce", "aujourd'hui", "marie", "example", "org");
    }

    @Test
    void theCaseFieldKeepsTheWrittenForm() throws IOException {
        assertThat(tokens("text_case", "BNP et bnp d'Orange")).containsExactly("BNP", "et", "bnp", "Orange");
    }
}
