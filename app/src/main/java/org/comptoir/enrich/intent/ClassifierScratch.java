package org.comptoir.enrich.intent;

/** Everything one classification needs, allocated once per thread and reused. */
final class ClassifierScratch {
    final TokenBuffer tokens = IntentTokeniser.newBuffer();
    final CueHits hits = new CueHits();
    final FeatureBuffer features = new FeatureBuffer();
    final double[] probabilities = new double[IntentModel.INTENTS.length];
    final double[] originScore = new double[FeatureExtractor.ORIGIN_COUNT];
    final int[] touchedOrigins = new int[FeatureBuffer.CAPACITY];
}
