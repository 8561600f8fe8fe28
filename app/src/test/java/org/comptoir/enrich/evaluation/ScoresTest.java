package org.comptoir.enrich.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScoresTest {

    @Test
    void perClassAndMacroFiguresFollowTheConfusionMatrix() {
        Scores s = new Scores(List.of("a", "b"));
        // gold a: 3 right, 1 called b; gold b: 1 right, 1 called a
        s.add(0, 0, 0.9);
        s.add(0, 0, 0.9);
        s.add(0, 0, 0.9);
        s.add(0, 1, 0.6);
        s.add(1, 1, 0.6);
        s.add(1, 0, 0.9);
        assertThat(s.n()).isEqualTo(6);
        assertThat(s.precision(0)).isCloseTo(0.75, within(1e-9));
        assertThat(s.recall(0)).isCloseTo(0.75, within(1e-9));
        assertThat(s.precision(1)).isCloseTo(0.5, within(1e-9));
        assertThat(s.recall(1)).isCloseTo(0.5, within(1e-9));
        assertThat(s.macroF1()).isCloseTo(0.625, within(1e-9));
        assertThat(s.macroRecall()).isCloseTo(0.625, within(1e-9));
        assertThat(s.accuracy()).isCloseTo(4 / 6.0, within(1e-9));
        // bin 0.9: 4 decisions, 3 right (gap 0.15); bin 0.6: 2 decisions, 1 right (gap 0.1)
        assertThat(s.calibration().expectedError()).isCloseTo(4 / 6.0 * 0.15 + 2 / 6.0 * 0.1, within(1e-9));
        assertThat(s.render()).startsWith("macro_f1=0.6250 macro_recall=0.6250 accuracy=0.6667 ece=0.1333 n=6")
                .containsPattern("0\\.9-1\\.0 +4 +0\\.900 +0\\.750");
    }

    @Test
    void aClassNeverPredictedHasPrecisionZeroNotNaN() {
        Scores s = new Scores(List.of("a", "b"));
        s.add(1, 0, 0.5);
        assertThat(s.precision(1)).isZero();
        assertThat(s.f1(1)).isZero();
    }

    @Test
    void theErrorIsTheGapBetweenConfidenceAndAccuracy() {
        Calibration c = new Calibration(10);
        for (int i = 0; i < 10; i++) {
            c.add(0.75, i < 8); // 8 of 10 right at confidence 0.75: gap 0.05
        }
        Calibration exact = new Calibration(10);
        exact.add(0.5, true);
        exact.add(0.5, false);
        assertThat(exact.expectedError()).isZero();
        assertThat(c.expectedError()).isCloseTo(0.05, within(1e-9));
    }
}
