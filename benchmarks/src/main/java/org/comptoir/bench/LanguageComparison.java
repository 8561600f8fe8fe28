package org.comptoir.bench;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.comptoir.enrich.language.LabeledText;
import org.comptoir.enrich.language.LanguageCorpus;
import org.comptoir.enrich.language.LanguageDetector;

/**
 * Compares our {@link LanguageDetector} with Lingua (low and high accuracy, restricted to the same eight
 * languages, models preloaded before timing) on every {@code *_val.tsv} text of the sentiment data set:
 * {@code LanguageComparison <sentimentDataDir> [secondsPerRound]}; throughput is the median of five
 * interleaved timing rounds after a warm-up. Run it with {@code -Xmx4g}.
 */
public final class LanguageComparison {
    private static final Language[] LANGUAGES = {Language.FRENCH, Language.ENGLISH, Language.SPANISH,
        Language.GERMAN, Language.ITALIAN, Language.PORTUGUESE, Language.ARABIC, Language.HINDI};

    private LanguageComparison() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: LanguageComparison <sentimentDataDir> [secondsPerRound]");
            System.exit(2);
        }
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 3.0;
        List<LabeledText> texts = LanguageCorpus.read(Path.of(args[0]), "val");
        LanguageDetector ours = LanguageDetector.loadDefault();
        com.github.pemistahl.lingua.api.LanguageDetector low = LanguageDetectorBuilder.fromLanguages(LANGUAGES)
                .withPreloadedLanguageModels().withLowAccuracyMode().build();
        com.github.pemistahl.lingua.api.LanguageDetector high = LanguageDetectorBuilder.fromLanguages(LANGUAGES)
                .withPreloadedLanguageModels().build();

        List<Function<String, String>> detectors = List.of(ours::detect, lingua(low), lingua(high));
        DetectorScore oursScore = DetectorScore.measure("ours", detectors.get(0), texts);
        DetectorScore lowScore = DetectorScore.measure("lingua_low", detectors.get(1), texts);
        DetectorScore highScore = DetectorScore.measure("lingua_high", detectors.get(2), texts);
        List<DetectorScore> scores = List.of(oursScore, lowScore, highScore);
        double[] textsPerSecond = ThroughputRace.run(detectors, texts, 5, seconds);

        System.out.printf("%d validation texts%n%-6s", texts.size(), "lang");
        scores.forEach(s -> System.out.printf(" %12s", s.name()));
        System.out.println();
        for (String language : oursScore.perLanguage().keySet()) {
            System.out.printf("%-6s", language + "(" + oursScore.perLanguage().get(language)[1] + ")");
            scores.forEach(s -> System.out.printf(" %12.4f", s.accuracy(language)));
            System.out.println();
        }
        System.out.printf("%-6s", "all");
        scores.forEach(s -> System.out.printf(" %12.4f", s.accuracy()));
        System.out.printf("%n%-6s", "not-hi");
        scores.forEach(s -> System.out.printf(" %12.4f", s.accuracyWithout("hi")));
        System.out.printf("%n%-6s", "und");
        scores.forEach(s -> System.out.printf(" %12d", s.undetermined()));
        System.out.printf("%n%-6s", "text/s");
        for (double rate : textsPerSecond) {
            System.out.printf(" %12.0f", rate);
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "ours_accuracy=%.4f lingua_high_accuracy=%.4f lingua_low_accuracy=%.4f "
                        + "ours_texts_per_s=%.0f lingua_low_texts_per_s=%.0f speed_vs_lingua_low=%.1f%n",
                oursScore.accuracy(), highScore.accuracy(), lowScore.accuracy(), textsPerSecond[0],
                textsPerSecond[1], textsPerSecond[0] / textsPerSecond[1]);
    }

    private static Function<String, String> lingua(com.github.pemistahl.lingua.api.LanguageDetector detector) {
        return text -> {
            Language language = detector.detectLanguageOf(text);
            return language == Language.UNKNOWN ? "und" : language.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
        };
    }
}
