package org.comptoir.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.comptoir.enrich.sentiment.EvaluationReport;
import org.comptoir.enrich.sentiment.SentimentClassifier;
import org.comptoir.enrich.sentiment.SentimentEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code eval sentiment FILE.tsv}: one summary line, then the confusion matrix. */
@Command(name = "eval", description = "Evaluate a model on labelled data.", subcommands = EvalCommand.Sentiment.class)
final class EvalCommand {
    private static final Pattern LANGUAGE_IN_NAME = Pattern.compile("(?:^|[_.\\-])(fr|en|es|de|it|pt|ar|hi)(?:[_.\\-])");

    @Command(name = "sentiment", description = "Read label<TAB>text lines (negative|neutral|positive) and print "
            + "macro_recall, macro_f1, accuracy and n on one line, then the confusion matrix.")
    static final class Sentiment implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FILE.tsv")
        Path file;

        @Option(names = "--lang", description = "Language of every line; default: from the file name (xlmt_fr_test.tsv → fr), "
                + "else a third column, else detected per line.")
        String lang;

        @Option(names = "--model", description = "Model file to evaluate (default: the shipped model).")
        Path model;

        @Override
        public Integer call() throws Exception {
            if (!Files.isReadable(file)) {
                throw new CliException("cannot read " + file, CliErrors.BAD_INPUT);
            }
            SentimentClassifier classifier = model == null ? SentimentClassifier.loadDefault() : SentimentClassifier.load(model);
            EvaluationReport report = SentimentEvaluation.evaluate(classifier, file, lang != null ? lang : languageOf(file));
            System.out.println(report.summaryLine());
            System.out.print(report.confusionMatrix());
            if (report.skipped() > 0) {
                System.err.println(report.skipped() + " line(s) skipped: " + String.join("; ", report.skippedReasons()));
            }
            return 0;
        }
    }

    static String languageOf(Path file) {
        Matcher matcher = LANGUAGE_IN_NAME.matcher(file.getFileName().toString().toLowerCase(java.util.Locale.ROOT));
        return matcher.find() ? matcher.group(1) : null;
    }
}
