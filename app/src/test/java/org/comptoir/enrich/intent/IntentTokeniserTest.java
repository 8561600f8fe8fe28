package org.comptoir.enrich.intent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntentTokeniserTest {

    static List<String> tokens(String text) {
        TokenBuffer buffer = IntentTokeniser.newBuffer();
        IntentTokeniser.tokenise(text, buffer);
        List<String> out = new ArrayList<>();
        for (int t = 0; t < buffer.count; t++) {
            out.add(buffer.normalised(t));
        }
        return out;
    }

    @Test
    void lowerCasesFoldsAccentsAndDropsFrenchElisions() {
        assertThat(tokens("J'ai RÉSILIÉ l'abonnement, c'était nul")).containsExactly("ai", "resilie", "abonnement", "etait", "nul");
        assertThat(tokens("Cœur d'œuvre")).containsExactly("coeur", "oeuvre");
    }

    @Test
    void joinsEnglishContractionsAndSqueezesElongations() {
        assertThat(tokens("I don't wanna waaaait")).containsExactly("i", "dont", "wanna", "waait");
        assertThat(tokens("trooooop nuuuul")).containsExactly("troop", "nuul");
    }

    @Test
    void keepsEmojiQuestionAndExclamationRunsAsTokens() {
        assertThat(tokens("merci 👏👏 vraiment ??!!")).containsExactly("merci", "👏", "👏", "vraiment", "?", "!");
        assertThat(tokens("top ❤️👍🏽")).containsExactly("top", "❤", "👍");
    }

    @Test
    void replacesHandlesLinksAndDigits() {
        assertThat(tokens("@Fibrelo voir https://x.example/a?b=1 3h")).containsExactly("@", "voir", "~url", "0h");
    }

    @Test
    void recordsWhereEachTokenSitsInTheOriginalText() {
        TokenBuffer buffer = IntentTokeniser.newBuffer();
        String text = "Vous m'avez RÉSILIÉ !";
        IntentTokeniser.tokenise(text, buffer);
        assertThat(text.substring(buffer.origStart[2], buffer.origEnd[2])).isEqualTo("RÉSILIÉ");
        assertThat(text.substring(buffer.origStart[1], buffer.origEnd[1])).isEqualTo("avez");
    }

    @Test
    void treatsControlCharactersAndLoneSurrogatesAsSeparators() {
        assertThat(tokens("a\u0000b\u0007c\uD800d\uDC00e")).containsExactly("a", "b", "c", "d", "e");
    }

    @Test
    void readsOnlyTheFirstCharactersOfAHugeTextAndSaysSo() {
        TokenBuffer buffer = IntentTokeniser.newBuffer();
        IntentTokeniser.tokenise("mot ".repeat(300_000), buffer);
        assertThat(buffer.truncated).isTrue();
        assertThat(buffer.count).isEqualTo(IntentTokeniser.MAX_CHARS / 4);
    }
}
