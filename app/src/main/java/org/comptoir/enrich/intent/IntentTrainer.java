package org.comptoir.enrich.intent;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.comptoir.enrich.brand.BrandPost;
import org.comptoir.enrich.brand.BrandPosts;
import org.comptoir.enrich.sentiment.SentimentClassifier;
import org.comptoir.enrich.sentiment.SentimentResult;
import org.comptoir.post.Intent;

/**
 * Trains the intent model on the 70 % training part of a labelled file (plus optional user
 * corrections, always training-only), tunes it by 5-fold cross-validation inside that part, writes it,
 * and reports precision / recall / F1 on the 30 % held-out part, per language. Deterministic: the same
 * inputs give the same model bytes and the same report.
 */
public final class IntentTrainer {
    static final int FOLDS = 5;
    static final long SGD_SEED = 7L;
    static final int BITS = 18;

    private IntentTrainer() {
    }

    public static IntentReport trainAndEvaluate(Path datasetTsv, Path outModelFile, Path extraLabelledTsv) throws IOException {
        return trainAndEvaluate(datasetTsv, outModelFile, extraLabelledTsv, List.of());
    }

    /**
     * As above, plus the brand-directed training file ({@link BrandPosts} format), training-only: its posts
     * join the intent training part, and its explicit complaint labels train the complaint head with the
     * complaint labels implied by the dataset (complaint and churn_risk are complaints; question posts,
     * which may or may not report a problem, are left out of the complaint head).
     */
    public static IntentReport trainAndEvaluate(Path datasetTsv, Path outModelFile, Path extraLabelledTsv, Path brandTsv)
            throws IOException {
        return trainAndEvaluate(datasetTsv, outModelFile, extraLabelledTsv, brandTsv == null ? List.of() : List.of(brandTsv));
    }

    /** As above, with any number of brand-directed training files, read in the order given. */
    public static IntentReport trainAndEvaluate(Path datasetTsv, Path outModelFile, Path extraLabelledTsv, List<Path> brandTsvs)
            throws IOException {
        return trainAndEvaluate(datasetTsv, outModelFile, extraLabelledTsv, brandTsvs, null);
    }

    /**
     * As above; with a sentiment classifier ({@code tone} not null), every post also gets its tone as that
     * classifier reads it, and cross-validation chooses the weight of the tone feature among
     * {@link CrossValidation#TONE_WEIGHTS} (0 = not used). The analyser passes the same tone at inference.
     */
    public static IntentReport trainAndEvaluate(Path datasetTsv, Path outModelFile, Path extraLabelledTsv, List<Path> brandTsvs,
                                                SentimentClassifier tone) throws IOException {
        IntentDataset dataset = IntentDataset.read(datasetTsv);
        IntentDataset extra = extraLabelledTsv == null ? new IntentDataset(List.of(), List.of()) : IntentDataset.read(extraLabelledTsv);
        IntentDataset.Split split = dataset.split();
        if (split.train().isEmpty() || split.test().isEmpty()) {
            throw new IllegalArgumentException(datasetTsv + " has too few usable lines to split (" + dataset.posts().size()
                    + " usable, " + dataset.rejected().size() + " rejected)");
        }
        List<LabelledPost> train = new ArrayList<>(split.train());
        train.addAll(extra.posts());
        List<Boolean> complaints = new ArrayList<>(train.stream().map(IntentTrainer::impliedComplaint).toList());
        List<String> brandRejected = new ArrayList<>();
        for (Path brandTsv : brandTsvs) {
            BrandPosts.Read brand = BrandPosts.read(brandTsv);
            brandRejected.addAll(brand.rejected());
            for (BrandPost p : brand.posts()) {
                if (p.intent() != null) {
                    train.add(new LabelledPost(p.intent(), p.lang(), p.text(), "brand"));
                    complaints.add(p.complaint());
                }
            }
        }
        List<SentimentResult> tones = tone == null ? null : train.stream().map(p -> tone.classify(p.text(), p.lang())).toList();
        Tuning tuning = CrossValidation.tune(train, tones, split.train().size(), split.train().size() + extra.posts().size(), FOLDS, BITS,
                SGD_SEED);
        FeatureExtractor extractor = new FeatureExtractor(tuning.spec());
        List<FeatureBuffer.Vector> vectors = Vectoriser.vectorise(train, extractor, tones);
        float[][] fitted = SoftmaxSgd.fit(vectors, labels(train), tuning.spec().dimension(), tuning.settings(), SGD_SEED);
        ComplaintHead complaint = complaintHead(vectors, complaints, tuning.spec().dimension());
        String provenance = "trained on " + datasetTsv.getFileName() + " (" + split.train().size() + " of " + dataset.posts().size()
                + " posts, split seed " + IntentDataset.SPLIT_SEED + ") + " + extra.posts().size() + " corrections + "
                + (train.size() - split.train().size() - extra.posts().size()) + " brand-directed posts; " + tuning.describe();
        IntentModel model = new IntentModel(tuning.spec(), fitted[0], fitted[1], CueMatcher.defaultMatcher().fingerprint(), provenance, complaint);
        Path parent = outModelFile.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(outModelFile)) {
            model.write(out);
        }
        List<String> rejected = new ArrayList<>(dataset.rejected());
        rejected.addAll(extra.rejected());
        rejected.addAll(brandRejected);
        return evaluate(new IntentClassifier(model), tone, split.test(), train.size(), extra.posts().size(), tuning.describe(), rejected);
    }

    private static IntentReport evaluate(IntentClassifier classifier, SentimentClassifier tone, List<LabelledPost> test, int trainSize,
                                         int extraSize, String tuning, List<String> rejected) {
        Map<String, List<Intent>> gold = new TreeMap<>();
        Map<String, List<Intent>> predicted = new TreeMap<>();
        Map<String, List<Intent>> ruled = new TreeMap<>();
        TokenBuffer tokens = IntentTokeniser.newBuffer();
        CueHits hits = new CueHits();
        for (LabelledPost post : test) {
            SentimentResult t = tone == null ? null : tone.classify(post.text(), post.lang());
            Intent byModel = (t == null ? classifier.classify(post.text(), post.lang())
                    : classifier.classify(post.text(), post.lang(), t.sentiment(), t.confidence())).intent();
            IntentTokeniser.tokenise(post.text(), tokens);
            CueMatcher.defaultMatcher().match(tokens, hits);
            Intent byRules = RuleBaseline.decide(hits);
            for (String group : List.of(post.lang(), "all")) {
                gold.computeIfAbsent(group, g -> new ArrayList<>()).add(post.intent());
                predicted.computeIfAbsent(group, g -> new ArrayList<>()).add(byModel);
                ruled.computeIfAbsent(group, g -> new ArrayList<>()).add(byRules);
            }
        }
        List<IntentScores> model = new ArrayList<>();
        List<IntentScores> rules = new ArrayList<>();
        for (String group : gold.keySet()) {
            model.add(IntentScores.of(group, gold.get(group), predicted.get(group)));
            rules.add(IntentScores.of(group, gold.get(group), ruled.get(group)));
        }
        return new IntentReport(List.copyOf(model), List.copyOf(rules), trainSize, extraSize, test.size(), tuning, List.copyOf(rejected));
    }

    /** Complaint labels implied by an intent: null (unknown) for questions, which may or may not report a problem. */
    static Boolean impliedComplaint(LabelledPost post) {
        return switch (post.intent()) {
            case COMPLAINT, CHURN_RISK -> true;
            case QUESTION -> null;
            default -> false;
        };
    }

    private static ComplaintHead complaintHead(List<FeatureBuffer.Vector> vectors, List<Boolean> complaints, int dimension) {
        List<FeatureBuffer.Vector> known = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        for (int i = 0; i < vectors.size(); i++) {
            if (complaints.get(i) != null) {
                known.add(vectors.get(i));
                labels.add(complaints.get(i));
            }
        }
        boolean[] y = new boolean[labels.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = labels.get(i);
        }
        return ComplaintTrainer.train(known, y, dimension);
    }

    static int[] labels(List<LabelledPost> posts) {
        int[] labels = new int[posts.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = posts.get(i).intent().ordinal();
        }
        return labels;
    }

    /** The chosen feature spec and SGD settings, with the cross-validated macro-F1 that chose them. */
    record Tuning(FeatureSpec spec, SoftmaxSgd.Settings settings, double crossValidatedMacroF1) {
        String describe() {
            return String.format(java.util.Locale.ROOT, "chars %d-%d x%.2f, rules x%.1f, tone x%.1f, %s, %d-fold CV macro-F1 %.3f",
                    spec.charMin(), spec.charMax(), spec.charWeight(), spec.ruleWeight(), spec.toneWeight(), settings, FOLDS,
                    crossValidatedMacroF1);
        }
    }
}
