package org.comptoir.bench;

import java.nio.file.Path;
import org.comptoir.enrich.sentiment.FeatureConfig;
import org.comptoir.enrich.sentiment.SentimentTrainer;
import org.comptoir.enrich.sentiment.TrainingOptions;
import org.comptoir.enrich.sentiment.TrainingReport;

/**
 * Trains the sentiment model until {@code ./comptoir train sentiment} exists.
 * <pre>TrainSentimentModel DATA_DIR OUT_MODEL [EXTRA_TSV|-] [key=value ...]</pre>
 * Keys override {@link TrainingOptions#defaults()}: bits, charMin, charMax, langWords, langChars,
 * epochs, lr, l2, small, prune, seed, lexicons, brand (a brand-directed training file), brandWeight.
 */
public final class TrainSentimentModel {

    private TrainSentimentModel() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: TrainSentimentModel DATA_DIR OUT_MODEL [EXTRA_TSV|-] [key=value ...]");
            System.exit(2);
        }
        Path extra = args.length > 2 && !args[2].equals("-") && !args[2].contains("=") ? Path.of(args[2]) : null;
        TrainingOptions options = TrainingOptions.defaults();
        FeatureConfig f = options.features();
        int bits = f.bits(), charMin = f.charMin(), charMax = f.charMax();
        boolean langWords = f.langWords(), langChars = f.langChars();
        int epochs = options.epochs();
        float lr = options.learningRate(), l2 = options.l2(), small = options.smallCorpusWeight(), prune = options.prune();
        long seed = options.seed();
        Path lexicons = options.lexiconDir();
        Path brand = null;
        float brandWeight = options.brandWeight();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String key = arg.substring(0, eq);
            String value = arg.substring(eq + 1);
            switch (key) {
                case "bits" -> bits = Integer.parseInt(value);
                case "charMin" -> charMin = Integer.parseInt(value);
                case "charMax" -> charMax = Integer.parseInt(value);
                case "langWords" -> langWords = Boolean.parseBoolean(value);
                case "langChars" -> langChars = Boolean.parseBoolean(value);
                case "epochs" -> epochs = Integer.parseInt(value);
                case "lr" -> lr = Float.parseFloat(value);
                case "l2" -> l2 = Float.parseFloat(value);
                case "small" -> small = Float.parseFloat(value);
                case "prune" -> prune = Float.parseFloat(value);
                case "seed" -> seed = Long.parseLong(value);
                case "lexicons" -> lexicons = Path.of(value);
                case "brand" -> brand = Path.of(value);
                case "brandWeight" -> brandWeight = Float.parseFloat(value);
                default -> throw new IllegalArgumentException("unknown option " + key);
            }
        }
        TrainingOptions chosen = new TrainingOptions(new FeatureConfig(bits, charMin, charMax, langWords, langChars),
                epochs, lr, l2, small, options.correctionWeight(), prune, seed, lexicons, brandWeight);
        System.out.println("options: " + chosen);
        TrainingReport report = SentimentTrainer.train(Path.of(args[0]), Path.of(args[1]), extra, brand, chosen);
        System.out.println(report.summary());
    }
}
