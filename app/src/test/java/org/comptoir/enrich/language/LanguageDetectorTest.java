package org.comptoir.enrich.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageDetectorTest {
    private final LanguageDetector detector = LanguageDetector.loadDefault();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            fr | Je suis vraiment content que le service client ait enfin répondu à ma demande.
            en | I really love this new phone, the battery lasts all day and the camera is great.
            es | No puedo creer que el partido de ayer terminara así, qué vergüenza para el equipo.
            de | Ich habe gestern das neue Restaurant ausprobiert und das Essen war wirklich hervorragend.
            it | Non vedo l'ora di andare in vacanza al mare con i miei amici questa estate.
            pt | Não acredito que o programa de hoje foi cancelado, estou muito decepcionado com a emissora.
            ar | أنا سعيد جدا بهذه الخدمة الجديدة وشكرا لكم على المساعدة
            hi | मुझे यह फिल्म बहुत पसंद आई, सबको देखनी चाहिए।
            hi | yaar aaj ka match dekh ke maza aa gaya bhai, kya khela usne
            """)
    void detectsClearSentencesInEachSupportedLanguage(String expected, String text) {
        assertThat(detector.detect(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "😂😂🔥🔥", "http://t.co/abc123 https://example.com/page", "http", "123 456 7.89",
        "@user @other_account", "#", "!!! ??? ...", "ok"})
    void answersUndeterminedWhenThereIsNoLanguageToSee(String text) {
        assertThat(detector.detect(text)).isEqualTo("und");
        assertThat(detector.guess(text).isDetermined()).isFalse();
    }

    @Test
    void answersUndeterminedForAScriptOutsideTheSupportedLanguages() {
        assertThat(detector.detect("Привет всем, как дела сегодня вечером?")).isEqualTo("und");
        assertThat(detector.detect("今日はとても良い天気ですね")).isEqualTo("und");
    }

    @Test
    void handlesAndHashtagsDoNotMisleadTheDetection() {
        assertThat(detector.detect("@JohnSmithOfficial @BestBuyUSA merci beaucoup pour votre aide, je suis ravie "
                + "du résultat #HappyCustomer #BlackFriday #ThankYou")).isEqualTo("fr");
        assertThat(detector.detect("@Bundesliga_DE @FCBayern I think the match yesterday was absolutely brilliant "
                + "http://t.co/xyz #Fussball")).isEqualTo("en");
    }

    @Test
    void shortEnglishIsNotMistakenForRomanisedHindi() {
        assertThat(detector.detect("I love this new phone, great battery!")).isEqualTo("en");
        assertThat(detector.detect("yaar ye movie bahut achhi thi")).isEqualTo("hi");
    }

    @Test
    void guessCarriesAProbabilityForTheDetectedLanguage() {
        LanguageGuess guess = detector.guess("Bonjour, je cherche un bon restaurant pour ce soir avec des amis.");
        assertThat(guess.lang()).isEqualTo("fr");
        assertThat(guess.confidence()).isBetween(0.5, 1.0);
    }

    @Test
    void loadDefaultSharesOneInstanceThatKnowsTheEightLanguages() {
        assertThat(LanguageDetector.loadDefault()).isSameAs(detector);
        assertThat(detector.languages()).containsExactlyInAnyOrder("ar", "de", "en", "es", "fr", "hi", "it", "pt");
    }

    @Test
    void scoresVeryLongTextFromItsBeginning() {
        String longText = "Ceci est une phrase française assez ordinaire. ".repeat(2_000)
                + "This English tail lies beyond the analysed part. ".repeat(4_000);
        assertThat(detector.detect(longText)).isEqualTo("fr");
    }
}
