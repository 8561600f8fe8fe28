/**
 * Benchmarks (JMH), reference comparisons and model-building programs run from the command line
 * (not part of the product; the CLI's {@code train} and {@code eval} commands call the same trainers).
 *
 * <ul>
 *   <li>{@code TrainLanguageModel}, {@code TrainSentimentModel}, {@code TrainIntentModel}: rebuild the shipped models.</li>
 *   <li>{@code LanguageComparison}: our language detector vs Lingua low/high accuracy, per language and speed.</li>
 *   <li>{@code LanguageModelTuning}: hyper-parameter search on a held-out split of the training files.</li>
 *   <li>{@code DetectorScore}, {@code ThroughputRace}: accuracy and single-thread throughput measurement.</li>
 *   <li>JMH benchmarks: {@code SentimentBenchmark}, {@code IntentClassifierBenchmark}.</li>
 * </ul>
 */
package org.comptoir.bench;
