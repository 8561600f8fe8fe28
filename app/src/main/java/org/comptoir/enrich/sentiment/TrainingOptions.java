package org.comptoir.enrich.sentiment;

import java.nio.file.Path;

/**
 * Knobs of {@link SentimentTrainer}.
 *
 * @param features          how posts become features
 * @param epochs            passes over the training posts
 * @param learningRate      AdaGrad base step
 * @param l2                L2 penalty on touched weights
 * @param smallCorpusWeight weight of posts from corpora under {@value #SMALL_CORPUS} posts (the XLM-T sets),
 *                          so that the large English corpus does not drown the other languages
 * @param correctionWeight  weight of posts from the user corrections file
 * @param prune             weights whose magnitude is below this are stored as zero
 * @param seed              shuffling seed
 * @param brandWeight       weight of posts from the brand-directed training file (class-balanced like a corpus)
 * @param lexiconDir        folder with {@code vader/}, {@code afinn/}, {@code pattern/}; null means the
 *                          {@code lexicons} folder beside the data folder
 */
public record TrainingOptions(FeatureConfig features, int epochs, float learningRate, float l2, float smallCorpusWeight,
                              float correctionWeight, float prune, long seed, Path lexiconDir, float brandWeight) {

    static final int SMALL_CORPUS = 10_000;
    static final float BRAND_WEIGHT = 6f;

    public static TrainingOptions defaults() {
        return new TrainingOptions(FeatureConfig.defaults(), 10, 0.005f, 1e-6f, 2f, 3f, 1e-4f, 2020L, null, BRAND_WEIGHT);
    }

    public TrainingOptions withFeatures(FeatureConfig f) {
        return new TrainingOptions(f, epochs, learningRate, l2, smallCorpusWeight, correctionWeight, prune, seed, lexiconDir, brandWeight);
    }

    public TrainingOptions withBrandWeight(float weight) {
        return new TrainingOptions(features, epochs, learningRate, l2, smallCorpusWeight, correctionWeight, prune, seed, lexiconDir, weight);
    }
}
