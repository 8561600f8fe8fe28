/**
 * Benchmarks (JMH) and command-line tools that rebuild or measure Comptoir's shipped resources, e.g.
 * {@link org.comptoir.bench.TrainIntentModel} (rebuilds the intent model and prints its held-out scores).
 */
package org.comptoir.bench;
