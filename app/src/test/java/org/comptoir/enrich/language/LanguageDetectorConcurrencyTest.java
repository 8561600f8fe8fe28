package org.comptoir.enrich.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class LanguageDetectorConcurrencyTest {
    private static final List<String> TEXTS = List.of(
            "Je pense que cette décision est une très mauvaise idée pour la ville.",
            "The weather has been amazing all week, let's go to the beach tomorrow.",
            "Mañana vamos a celebrar el cumpleaños de mi hermana en casa.",
            "Wir fahren am Wochenende mit dem Fahrrad an den See.",
            "Stasera guardiamo la partita tutti insieme a casa di Marco.",
            "Amanhã vou ao cinema com a minha namorada ver o novo filme.",
            "الطقس جميل اليوم ونريد الخروج إلى الحديقة",
            "aaj mausam bahut accha hai chalo bahar ghumne chalte hain",
            "😂😂", "");

    @Test
    void concurrentCallersGetTheSameAnswersAsASingleCaller() throws Exception {
        LanguageDetector detector = LanguageDetector.loadDefault();
        List<String> expected = TEXTS.stream().map(detector::detect).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int task = 0; task < 8; task++) {
                futures.add(pool.submit(() -> {
                    List<String> last = null;
                    for (int round = 0; round < 500; round++) {
                        List<String> answers = TEXTS.stream().map(detector::detect).toList();
                        if (!answers.equals(expected)) {
                            return answers;
                        }
                        last = answers;
                    }
                    return last;
                }));
            }
            for (Future<List<String>> future : futures) {
                assertThat(future.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(expected).contains("fr", "en", "es", "de", "it", "pt", "ar", "hi", "und");
    }
}
