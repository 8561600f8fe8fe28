package org.comptoir.enrich.sentiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.comptoir.enrich.language.LanguageDetector;
import org.comptoir.post.Sentiment;

/** Runs a classifier over a {@code label<TAB>text} file and scores it. */
public final class SentimentEvaluation {

    private SentimentEvaluation() {
    }

    /**
     * Scores {@code c} on {@code tsv}, classifying every post in language {@code lang}; when {@code lang} is
     * null, a third column's language or else the detected language of each post is used. Lines that are not
     * {@code label<TAB>text} with a valid label are counted as skipped. An unreadable file is an
     * {@link UncheckedIOException} naming it.
     */
    public static EvaluationReport evaluate(SentimentClassifier c, Path tsv, String lang) {
        LabelledTsv data;
        try {
            data = LabelledTsv.read(tsv, lang);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read evaluation file " + tsv, e);
        }
        int[][] confusion = new int[Sentiment.values().length][Sentiment.values().length];
        for (LabelledPost post : data.posts) {
            String postLang = post.lang() == null || post.lang().equals("und")
                    ? LanguageDetector.loadDefault().detect(post.text()) : post.lang();
            Sentiment predicted = c.classify(post.text(), postLang).sentiment();
            confusion[post.label().ordinal()][predicted.ordinal()]++;
        }
        return new EvaluationReport(confusion, data.skipped, data.skippedReasons);
    }
}
