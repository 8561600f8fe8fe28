package org.comptoir.enrich.language;

/**
 * Hyper-parameters of {@link LanguageModelTrainer}.
 *
 * @param hashBits      log2 of the number of feature buckets (model weights = languages × 2^hashBits bytes)
 * @param maxOrder      longest character n-gram (1..maxOrder are used, plus whole words)
 * @param epochs        passes over the training texts
 * @param learningRate  AdaGrad base learning rate
 * @param balance       0 = every text weighs 1; 1 = every language weighs the same in total
 * @param seed          seed of the deterministic shuffle
 * @param minLetters    fewer letters than this gives {@code und}
 * @param minConfidence best-language probability below this gives {@code und}
 * @param setAsideEnglish leave out non-English training texts that read as English ({@code EnglishLeakFilter})
 */
public record TrainingOptions(int hashBits, int maxOrder, int epochs, double learningRate, double balance,
                              long seed, int minLetters, double minConfidence,
                              boolean setAsideEnglish) {
    public TrainingOptions {
        if (hashBits < 4 || hashBits > 24) {
            throw new IllegalArgumentException("hashBits must be within 4..24, got " + hashBits);
        }
        if (maxOrder < 1 || maxOrder > 8) {
            throw new IllegalArgumentException("maxOrder must be within 1..8, got " + maxOrder);
        }
        if (epochs < 1 || learningRate <= 0 || balance < 0 || balance > 1) {
            throw new IllegalArgumentException("epochs >= 1, learningRate > 0 and balance in [0, 1] required");
        }
        if (minLetters < 0 || minConfidence < 0 || minConfidence >= 1) {
            throw new IllegalArgumentException("minLetters >= 0 and minConfidence in [0, 1) required");
        }
    }

    /** The options the shipped model was trained with. */
    public static TrainingOptions defaults() {
        return new TrainingOptions(18, 5, 5, 0.03, 1.0, 2024L, 3, 0.4, true);
    }
}
