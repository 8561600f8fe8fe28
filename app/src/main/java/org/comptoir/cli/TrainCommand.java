package org.comptoir.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.comptoir.enrich.intent.IntentReport;
import org.comptoir.enrich.intent.IntentTrainer;
import org.comptoir.enrich.language.LanguageModelTrainer;
import org.comptoir.enrich.sentiment.SentimentTrainer;
import org.comptoir.enrich.sentiment.TrainingOptions;
import org.comptoir.enrich.sentiment.TrainingReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code train sentiment|intent|language}: rebuild a model file from data, deterministically. */
@Command(name = "train", description = "Train a model (deterministic: the same data gives the same file). "
        + "For sentiment and language, --data names the training data folder (e.g. ../shared/data).",
        subcommands = {TrainCommand.Sentiment.class, TrainCommand.Intent.class, TrainCommand.Language.class})
final class TrainCommand {
    @picocli.CommandLine.ParentCommand
    ComptoirCommand root;

    /** {@code --data} is the global option: here it names the training data folder. */
    static Path trainingFolder(TrainCommand train) throws CliException {
        Path data = train.root.data;
        Path folder = Files.isDirectory(data.resolve("sentiment")) ? data.resolve("sentiment") : data;
        try (var files = Files.list(folder)) {
            if (files.noneMatch(f -> f.getFileName().toString().endsWith("_train.tsv"))) {
                throw new CliException("no *_train.tsv file in " + folder + ": give the training data with --data "
                        + "(e.g. --data ../shared/data)", CliErrors.BAD_INPUT);
            }
        } catch (java.io.IOException e) {
            throw new CliException("cannot read the training data folder " + folder + " (give it with --data)", CliErrors.BAD_INPUT);
        }
        return folder;
    }

    @Command(name = "sentiment", description = "Train the sentiment model from a folder of label<TAB>text files "
            + "(tweeteval_en_train.tsv, xlmt_<lang>_train.tsv…); posts also present in *_val/*_test files are left out.")
    static final class Sentiment implements Callable<Integer> {
        @picocli.CommandLine.ParentCommand
        TrainCommand train;

        @Option(names = "--out", required = true, description = "Model file to write.")
        Path out;

        @Option(names = "--corrections", description = "Extra label<TAB>text[<TAB>lang] lines, e.g. users' corrections "
                + "exported with 'comptoir corrections export --kind sentiment'.")
        Path corrections;

        @Option(names = "--brand", description = "Brand-directed training posts (lang<TAB>sentiment<TAB>intent<TAB>complaint<TAB>text), "
                + "e.g. app/src/main/resources/org/comptoir/enrich/brand/brand-train.tsv.")
        Path brand;

        @Override
        public Integer call() throws Exception {
            Path folder = trainingFolder(train);
            TrainingReport report = SentimentTrainer.train(folder, out, corrections, brand, TrainingOptions.defaults());
            System.out.println(report.summary());
            System.out.println("model written to " + out);
            return 0;
        }
    }

    @Command(name = "intent", description = "Train the intent model and its complaint detector on the labelled dataset "
            + "(label<TAB>lang<TAB>text) and print per-class precision/recall on its held-out part.")
    static final class Intent implements Callable<Integer> {
        @Option(names = "--dataset", required = true)
        Path dataset;

        @Option(names = "--out", required = true)
        Path out;

        @Option(names = "--corrections", description = "Extra labelled lines (users' corrections), used for training only.")
        Path corrections;

        @Option(names = "--brand", description = "Brand-directed training posts (lang<TAB>sentiment<TAB>intent<TAB>complaint<TAB>text): "
                + "extra intent training posts and the explicit labels of the complaint detector. Repeatable; files are read in order.")
        java.util.List<Path> brand = new java.util.ArrayList<>();

        @Option(names = "--sentiment-model", description = "Sentiment model whose reading of each post (its tone) becomes a feature "
                + "of the intent model (default: the shipped sentiment model); cross-validation decides how much it weighs.")
        Path sentimentModel;

        @Option(names = "--no-tone", description = "Train without the tone feature (the intent model reads the text alone).")
        boolean noTone;

        @Override
        public Integer call() throws Exception {
            org.comptoir.enrich.sentiment.SentimentClassifier tone = noTone ? null
                    : sentimentModel == null ? org.comptoir.enrich.sentiment.SentimentClassifier.loadDefault()
                    : org.comptoir.enrich.sentiment.SentimentClassifier.load(sentimentModel);
            IntentReport report = IntentTrainer.trainAndEvaluate(dataset, out, corrections, brand, tone);
            System.out.println(report.render());
            System.out.println("model written to " + out);
            return 0;
        }
    }

    @Command(name = "language", description = "Train the language detector on the *_train.tsv files of a sentiment folder.")
    static final class Language implements Callable<Integer> {
        @picocli.CommandLine.ParentCommand
        TrainCommand train;

        @Option(names = "--out", required = true)
        Path out;

        @Override
        public Integer call() throws Exception {
            Path folder = trainingFolder(train);
            LanguageModelTrainer.train(folder, out);
            System.out.println("model written to " + out);
            return 0;
        }
    }
}
