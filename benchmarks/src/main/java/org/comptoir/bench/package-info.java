/**
 * Reference comparisons and model-building programs run from the command line (not part of the product).
 *
 * <ul>
 *   <li>{@code TrainLanguageModel}: rebuilds the shipped language model from the sentiment data set.</li>
 *   <li>{@code LanguageComparison}: our language detector vs Lingua low/high accuracy, per language and speed.</li>
 *   <li>{@code LanguageModelTuning}: hyper-parameter search on a held-out split of the training files.</li>
 *   <li>{@code DetectorScore}, {@code ThroughputRace}: accuracy and single-thread throughput measurement.</li>
 * </ul>
 */
package org.comptoir.bench;
