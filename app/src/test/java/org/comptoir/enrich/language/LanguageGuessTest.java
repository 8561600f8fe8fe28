package org.comptoir.enrich.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LanguageGuessTest {

    @Test
    void rejectsAConfidenceOutsideZeroToOne() {
        assertThatThrownBy(() -> new LanguageGuess("fr", 1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LanguageGuess("fr", Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void undeterminedGuessIsNotDetermined() {
        assertThat(new LanguageGuess("und", 0.2).isDetermined()).isFalse();
        assertThat(new LanguageGuess("pt", 0.9).isDetermined()).isTrue();
    }
}
