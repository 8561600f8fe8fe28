package org.comptoir.enrich.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BareDomainsTest {

    @Test
    void anAddressWithoutSchemeIsOneLink() {
        String s = "voir moustique-mobile.example/status/12 svp";
        int from = s.indexOf("moustique");
        assertThat(BareDomains.end(s, from, s.length())).isEqualTo(s.indexOf(" svp"));
        assertThat(BareDomains.end("fournil.fr", 0, 10)).isEqualTo(10);
    }

    @Test
    void aMissingSpaceAfterAFullStopIsNotAnAddress() {
        assertThat(BareDomains.end("super.merci", 0, 11)).isZero();
        assertThat(BareDomains.end("example", 0, 7)).isZero();
        assertThat(BareDomains.end("a.b.c", 0, 5)).isZero();
    }

    @Test
    void theTokenizerKeepsFediverseHandlesAndBareAddressesOutOfTheWords() {
        List<Token> tokens = new SocialTokenizer().tokenize(
                "@MoustiqueMobile@mobile.example une panne ? voir moustique.example", "fr");
        assertThat(tokens).extracting(Token::type).containsExactly(TokenType.HANDLE, TokenType.WORD, TokenType.WORD,
                TokenType.PUNCTUATION, TokenType.WORD, TokenType.URL);
    }
}
