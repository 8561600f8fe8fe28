package org.comptoir.enrich.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SocialTokenizerTest {

    private final SocialTokenizer tokenizer = new SocialTokenizer();

    private Token find(List<Token> tokens, String text) {
        return tokens.stream().filter(t -> t.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no token " + text + " in " + tokens));
    }

    @Test
    void marksWordsBetweenNeAndPlusAsNegatedInFrench() {
        List<Token> tokens = tokenizer.tokenize("je ne recommande plus ce produit, vraiment top", "fr");
        assertThat(find(tokens, "ne").type()).isEqualTo(TokenType.NEGATION_CUE);
        assertThat(find(tokens, "plus").type()).isEqualTo(TokenType.NEGATION_CUE);
        assertThat(find(tokens, "recommande").negated()).isTrue();
        assertThat(find(tokens, "produit").negated()).isTrue();
        assertThat(find(tokens, "vraiment").negated()).as("scope ends at the comma").isFalse();
        assertThat(find(tokens, "je").negated()).isFalse();
    }

    @Test
    void keepsPlusAsAnOrdinaryWordOutsideANegation() {
        List<Token> tokens = tokenizer.tokenize("plus de réseau", "fr");
        assertThat(tokens.get(0).type()).isEqualTo(TokenType.WORD);
        assertThat(tokens.get(1).negated()).isFalse();
    }

    @Test
    void negatesAfterPasAloneAndAfterElidedNe() {
        List<Token> tokens = tokenizer.tokenize("pas terrible. Ça n'est pas génial", "fr");
        assertThat(find(tokens, "terrible").negated()).isTrue();
        assertThat(find(tokens, "n'").type()).isEqualTo(TokenType.NEGATION_CUE);
        assertThat(find(tokens, "est").negated()).isTrue();
        assertThat(find(tokens, "génial").negated()).isTrue();
        assertThat(find(tokens, "génial").normalized()).isEqualTo("genial");
        assertThat(find(tokens, "Ça").negated()).as("the full stop closed the first scope").isFalse();
    }

    @Test
    void negatesAfterEnglishContractionsAndStopsAtBut() {
        List<Token> tokens = tokenizer.tokenize("I don't like it but the staff was great", "en");
        assertThat(find(tokens, "don't").type()).isEqualTo(TokenType.NEGATION_CUE);
        assertThat(find(tokens, "like").negated()).isTrue();
        assertThat(find(tokens, "great").negated()).isFalse();
        List<Token> never = tokenizer.tokenize("never again, not good", "en");
        assertThat(find(never, "again").negated()).isTrue();
        assertThat(find(never, "good").negated()).isTrue();
    }

    @Test
    void splitsFrenchElisionsFromTheirWord() {
        List<Token> tokens = tokenizer.tokenize("j'adore l’appli, c'est qu'il marche", "fr");
        assertThat(tokens).extracting(Token::normalized)
                .containsExactly("j'", "adore", "l'", "appli", ",", "c'", "est", "qu'", "il", "marche");
        assertThat(find(tokens, "l’").end()).isEqualTo(find(tokens, "appli").start());
    }

    @Test
    void keepsTheHashtagAndAddsItsCamelCaseWords() {
        List<Token> tokens = tokenizer.tokenize("#PireServiceClient #COP21 #nosplit", "fr");
        assertThat(tokens).extracting(Token::normalized)
                .containsExactly("#pireserviceclient", "pire", "service", "client", "#cop21", "cop", "21", "#nosplit");
        assertThat(tokens.get(0).type()).isEqualTo(TokenType.HASHTAG);
        assertThat(tokens.get(1).type()).isEqualTo(TokenType.HASHTAG_PART);
    }

    @Test
    void keepsEmojiSequencesWholeAndDropsSkinTonesFromTheFeatureForm() {
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
        String thumbMedium = "\uD83D\uDC4D\uD83C\uDFFD";
        String flag = "\uD83C\uDDEB\uD83C\uDDF7";
        List<Token> tokens = tokenizer.tokenize("top" + thumbMedium + family + flag + "😡😡", "fr");
        assertThat(tokens).extracting(Token::text).containsExactly("top", thumbMedium, family, flag, "😡", "😡");
        assertThat(tokens.get(1).normalized()).isEqualTo("\uD83D\uDC4D");
        assertThat(tokens.subList(1, 6)).allMatch(t -> t.type() == TokenType.EMOJI);
    }

    @Test
    void recognisesEmoticonsButNotTimesOrNames() {
        List<Token> tokens = tokenizer.tokenize("merci :-) bof :( ^^ <3 xD à 3:30 :Dupont", "fr");
        assertThat(tokens).filteredOn(t -> t.type() == TokenType.EMOTICON).extracting(Token::normalized)
                .containsExactly(":)", ":(", "^^", "<3", ":D");
        assertThat(find(tokens, "3:30").type()).isEqualTo(TokenType.NUMBER);
    }

    @Test
    void squeezesElongationsAndFlagsThem() {
        List<Token> fr = tokenizer.tokenize("troooop bien !!!!", "fr");
        assertThat(fr.get(0).normalized()).isEqualTo("trop");
        assertThat(fr.get(0).elongated()).isTrue();
        assertThat(fr.get(1).elongated()).isFalse();
        assertThat(fr.get(2).normalized()).isEqualTo("!!!");
        assertThat(fr.get(2).elongated()).isTrue();
        List<Token> en = tokenizer.tokenize("soooo goooood, cool", "en");
        assertThat(en).extracting(Token::normalized).containsExactly("soo", "good", ",", "cool");
    }

    @Test
    void recognisesUrlsHandlesAndTheBareHttpPlaceholder() {
        List<Token> tokens = tokenizer.tokenize("@Free_Mobile voir https://t.co/x?y=1 et http", "fr");
        assertThat(tokens.get(0).type()).isEqualTo(TokenType.HANDLE);
        assertThat(tokens.get(0).normalized()).isEqualTo("@user");
        assertThat(tokens.get(0).text()).isEqualTo("@Free_Mobile");
        assertThat(find(tokens, "https://t.co/x?y=1").type()).isEqualTo(TokenType.URL);
        assertThat(find(tokens, "http").type()).isEqualTo(TokenType.URL);
        assertThat(tokenizer.tokenize("mail a@b.fr", "fr")).noneMatch(t -> t.type() == TokenType.HANDLE);
    }

    @Test
    void decodesJsonEscapesAndHtmlEntitiesBeforeSplitting() {
        List<Token> tokens = tokenizer.tokenize("I don\\u2019t care\\u002c Tom &amp; Jerry &lt;3", "en");
        assertThat(tokens).extracting(Token::text).containsExactly("I", "don’t", "care", ",", "Tom", "&", "Jerry", "<3");
        assertThat(tokens.get(1).normalized()).isEqualTo("don't");
        assertThat(tokens.get(1).type()).isEqualTo(TokenType.NEGATION_CUE);
        assertThat(SocialTokenizer.decode("a\\u00e9 &#233; &#xE9; &bogus; & \\uZZZZ")).isEqualTo("aé é é &bogus; & \\uZZZZ");
    }

    @Test
    void givesOffsetsIntoTheDecodedText() {
        String text = "Génial l'appli 😀 !";
        for (Token t : tokenizer.tokenize(text, "fr")) {
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
        }
    }

    @Test
    void handlesEmptyAndNullText() {
        assertThat(tokenizer.tokenize("", "fr")).isEmpty();
        assertThat(tokenizer.tokenize(null, null)).isEmpty();
        assertThat(tokenizer.tokenize("   \t ")).isEmpty();
    }
}
