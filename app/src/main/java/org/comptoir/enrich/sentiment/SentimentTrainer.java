package org.comptoir.enrich.sentiment;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.comptoir.enrich.brand.BrandPost;
import org.comptoir.enrich.brand.BrandPosts;
import org.comptoir.enrich.text.SocialTokenizer;

/**
 * Trains the sentiment model from every {@code *_train.tsv} of a folder (language from the file name:
 * {@code xlmt_fr_train.tsv} is French) plus optional user corrections, and writes the model file.
 * Posts are weighted so that each corpus is class-balanced. Deterministic for given options.
 */
public final class SentimentTrainer {

    private SentimentTrainer() {
    }

    public static TrainingReport train(Path dataDir, Path outModelFile, Path extraLabelledTsv) throws IOException {
        return train(dataDir, outModelFile, extraLabelledTsv, TrainingOptions.defaults());
    }

    public static TrainingReport train(Path dataDir, Path outModelFile, Path extraLabelledTsv, TrainingOptions options)
            throws IOException {
        return train(dataDir, outModelFile, extraLabelledTsv, null, options);
    }

    /**
     * As above, plus a brand-directed training file ({@code lang<TAB>sentiment<TAB>intent<TAB>complaint<TAB>text},
     * see {@link BrandPosts}) whose posts weigh {@link TrainingOptions#brandWeight()}, class-balanced.
     */
    public static TrainingReport train(Path dataDir, Path outModelFile, Path extraLabelledTsv, Path brandTsv,
                                       TrainingOptions options) throws IOException {
        long started = System.nanoTime();
        List<Path> files = trainingFiles(dataDir);
        List<String> notes = new ArrayList<>();
        Lexicon lexicon = loadLexicon(dataDir, options, notes);
        HeldOutPosts heldOut = HeldOutPosts.of(dataDir);
        FeatureExtractor extractor = new FeatureExtractor(options.features(), lexicon);
        TrainingSet data = new TrainingSet();
        Map<String, Integer> perLanguage = new TreeMap<>();
        List<String> reasons = new ArrayList<>();
        int skipped = 0;
        List<Path> all = new ArrayList<>(files);
        if (extraLabelledTsv != null) {
            all.add(extraLabelledTsv);
        }
        for (Path file : all) {
            boolean corrections = file.equals(extraLabelledTsv);
            LabelledTsv tsv = LabelledTsv.read(file, corrections ? "und" : LabelledTsv.languageOf(file));
            skipped += tsv.skipped;
            reasons.addAll(tsv.skippedReasons);
            int before = tsv.posts.size();
            tsv.posts.removeIf(p -> heldOut.contains(p.text()));
            if (tsv.posts.size() < before) {
                notes.add(file.getFileName() + ": left out " + (before - tsv.posts.size())
                        + " posts that also appear in an evaluation file of " + dataDir);
            }
            float corpusWeight = corrections ? options.correctionWeight()
                    : tsv.posts.size() < TrainingOptions.SMALL_CORPUS ? options.smallCorpusWeight() : 1f;
            add(tsv.posts, corpusWeight, !corrections, extractor, data, perLanguage);
        }
        if (brandTsv != null) {
            BrandPosts.Read brand = BrandPosts.read(brandTsv);
            skipped += brand.rejected().size();
            reasons.addAll(brand.rejected().subList(0, Math.min(LabelledTsv.MAX_REASONS, brand.rejected().size())));
            List<LabelledPost> posts = new ArrayList<>();
            for (BrandPost p : brand.posts()) {
                if (!heldOut.contains(p.text())) {
                    posts.add(new LabelledPost(p.sentiment(), p.text(), p.lang() == null ? "und" : p.lang()));
                }
            }
            add(posts, options.brandWeight(), true, extractor, data, perLanguage);
            notes.add(brandTsv.getFileName() + ": " + posts.size() + " brand-directed posts, weight " + options.brandWeight());
        }
        if (data.size == 0) {
            throw new IOException("no labelled posts found in " + dataDir + " (expected *_train.tsv files)");
        }
        float[] weights = new SoftmaxRegression(1 << options.features().bits(), options.learningRate(), options.l2())
                .fit(data, options.epochs(), options.seed());
        for (int i = 0; i < weights.length; i++) {
            if (Math.abs(weights[i]) < options.prune()) {
                weights[i] = 0f;
            }
        }
        SentimentModel model = new SentimentModel(options.features(), lexicon, weights);
        Path parent = outModelFile.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(outModelFile)) {
            model.write(out);
        }
        return new TrainingReport(data.size, perLanguage, skipped, reasons, notes, lexicon.size(), outModelFile,
                Files.size(outModelFile), Duration.ofNanos(System.nanoTime() - started));
    }

    private static void add(List<LabelledPost> posts, float corpusWeight, boolean balance, FeatureExtractor extractor,
                            TrainingSet data, Map<String, Integer> perLanguage) {
        int[] counts = new int[SentimentModel.CLASSES];
        posts.forEach(p -> counts[p.label().ordinal()]++);
        SocialTokenizer tokenizer = new SocialTokenizer();
        FeatureBuffer features = new FeatureBuffer();
        for (LabelledPost post : posts) {
            int label = post.label().ordinal();
            float classWeight = balance ? posts.size() / (float) (SentimentModel.CLASSES * counts[label]) : 1f;
            extractor.extract(tokenizer.tokenize(post.text(), post.lang()), post.lang(), features);
            data.add(features, label, corpusWeight * classWeight);
            perLanguage.merge(post.lang(), 1, Integer::sum);
        }
    }

    private static List<Path> trainingFiles(Path dataDir) throws IOException {
        if (!Files.isDirectory(dataDir)) {
            throw new IOException("training data folder not found: " + dataDir);
        }
        try (Stream<Path> list = Files.list(dataDir)) {
            return list.filter(p -> p.getFileName().toString().endsWith("_train.tsv")).sorted().toList();
        }
    }

    private static Lexicon loadLexicon(Path dataDir, TrainingOptions options, List<String> notes) throws IOException {
        Path dir = options.lexiconDir() != null ? options.lexiconDir()
                : dataDir.toAbsolutePath().resolveSibling("lexicons");
        if (!Files.isDirectory(dir)) {
            notes.add("no lexicon folder at " + dir + ": trained without lexicon features");
            return new Lexicon();
        }
        LexiconLoader loader = new LexiconLoader();
        Lexicon lexicon = loader.load(dir);
        notes.addAll(loader.notes());
        return lexicon;
    }
}
