package org.comptoir.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.comptoir.enrich.PostAnalyser;
import org.comptoir.enrich.brand.BrandPosts;
import org.comptoir.enrich.evaluation.Evaluator;
import org.comptoir.enrich.evaluation.Evaluator.Task;
import org.comptoir.enrich.evaluation.Scores;
import org.comptoir.enrich.intent.IntentClassifier;
import org.comptoir.enrich.language.LanguageDetector;
import org.comptoir.enrich.sentiment.SentimentClassifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code eval sentiment|intent|complaint FILE}: scores the full analyser (language, sentiment, intent,
 * complaint and the rules joining them) on a labelled file and prints the summary line, the per-class
 * table, the confusion matrix and the reliability curve.
 */
@Command(name = "eval", description = "Evaluate what Comptoir understands on labelled data.",
        subcommands = {EvalCommand.Sentiment.class, EvalCommand.Intent.class, EvalCommand.Complaint.class})
final class EvalCommand {
    private static final Pattern LANGUAGE_IN_NAME = Pattern.compile("(?:^|[_.\\-])(fr|en|es|de|it|pt|ar|hi)(?:[_.\\-])");

    /** Options shared by the three tasks. */
    abstract static class Task_ implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FILE.tsv", description = "lang<TAB>sentiment<TAB>intent<TAB>complaint<TAB>text "
                + "(brand-directed sets), or sentiment<TAB>text[<TAB>lang] (research corpora; sentiment only).")
        Path file;

        @Option(names = "--lang", description = "Language of lines that do not give one; default: from the file name "
                + "(xlmt_fr_test.tsv → fr), else detected per line.")
        String lang;

        @Option(names = "--model", description = "Sentiment model file (default: the shipped model).")
        Path model;

        @Option(names = "--intent-model", description = "Intent and complaint model file (default: the shipped model).")
        Path intentModel;

        @Option(names = "--errors", description = "Also list every wrong decision (gold -> predicted, text, evidence) after the figures.")
        boolean errors;

        abstract Task task();

        @Override
        public Integer call() throws Exception {
            if (!Files.isReadable(file)) {
                throw new CliException("cannot read " + file, CliErrors.BAD_INPUT);
            }
            BrandPosts.Read read = BrandPosts.read(file);
            if (Evaluator.labelledCount(read.posts(), task()) == 0) {
                throw new CliException(file + " has no line labelled for " + task().name().toLowerCase(java.util.Locale.ROOT)
                        + " (expected lang<TAB>sentiment<TAB>intent<TAB>complaint<TAB>text)", CliErrors.BAD_INPUT);
            }
            PostAnalyser analyser = new PostAnalyser(LanguageDetector.loadDefault(),
                    model == null ? SentimentClassifier.loadDefault() : SentimentClassifier.load(model),
                    intentModel == null ? IntentClassifier.loadDefault() : IntentClassifier.load(intentModel));
            java.util.List<String> wrong = new java.util.ArrayList<>();
            Scores scores = Evaluator.evaluate(analyser, read.posts(), task(), lang != null ? lang : languageOf(file), wrong::add);
            System.out.print(scores.render());
            if (errors) {
                System.out.println("errors (" + wrong.size() + ")");
                wrong.forEach(System.out::println);
            }
            if (!read.rejected().isEmpty()) {
                System.err.println(read.rejected().size() + " line(s) skipped: "
                        + String.join("; ", read.rejected().subList(0, Math.min(5, read.rejected().size()))));
            }
            return 0;
        }
    }

    @Command(name = "sentiment", description = "Score sentiment (negative|neutral|positive).")
    static final class Sentiment extends Task_ {
        @Override
        Task task() {
            return Task.SENTIMENT;
        }
    }

    @Command(name = "intent", description = "Score intent (complaint, question, praise, purchase_intent, churn_risk, other).")
    static final class Intent extends Task_ {
        @Override
        Task task() {
            return Task.INTENT;
        }
    }

    @Command(name = "complaint", description = "Score complaint detection (probability ≥ 0.5 counts as a complaint).")
    static final class Complaint extends Task_ {
        @Override
        Task task() {
            return Task.COMPLAINT;
        }
    }

    static String languageOf(Path file) {
        Matcher matcher = LANGUAGE_IN_NAME.matcher(file.getFileName().toString().toLowerCase(java.util.Locale.ROOT));
        return matcher.find() ? matcher.group(1) : null;
    }
}
