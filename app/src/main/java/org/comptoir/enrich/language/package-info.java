/**
 * Language detection for short social text (fr, en, es, de, it, pt, ar, hi, or {@code und} when unsure).
 *
 * <ul>
 *   <li>{@link org.comptoir.enrich.language.LanguageDetector}: loads the shipped model
 *       ({@code language-model.bin}) once and answers {@code detect}/{@code guess}; thread-safe.</li>
 *   <li>{@link org.comptoir.enrich.language.LanguageGuess}: a language code and its probability.</li>
 *   <li>{@link org.comptoir.enrich.language.LanguageModelTrainer}: rebuilds the model from the sentiment
 *       data set's training files; {@link org.comptoir.enrich.language.TrainingOptions} are its
 *       hyper-parameters, {@link org.comptoir.enrich.language.TrainingSummary} what it learnt from.</li>
 *   <li>{@link org.comptoir.enrich.language.LanguageCorpus} and
 *       {@link org.comptoir.enrich.language.LabeledText}: reading {@code <source>_<lang>_<split>.tsv} files.</li>
 * </ul>
 *
 * Internals: {@code TextNormalizer} strips handles, links, emoji and digits, marks hashtags and counts
 * letters per script; {@code FeatureHasher} hashes character 1..5-grams and words (hashtags apart);
 * {@code LanguageModel} is the quantised linear model and its versioned file format;
 * {@code SoftmaxTrainer} fits it; {@code SocialMarkup} recognises links, entities and escapes; {@code EnglishLeakFilter} sets aside English texts filed under
 * another language before training; {@code Workspace} holds the per-thread scratch buffers.
 */
package org.comptoir.enrich.language;
