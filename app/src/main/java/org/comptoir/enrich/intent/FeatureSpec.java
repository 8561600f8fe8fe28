package org.comptoir.enrich.intent;

/**
 * How text becomes hashed features; saved inside the model so that inference extracts exactly what
 * training saw. {@code bits}: log2 of the hash space; character n-grams of {@code charMin..charMax}
 * (with word-boundary marks) weigh {@code charWeight}, word unigrams and bigrams weigh 1, fired cue
 * families weigh {@code ruleWeight}; the tone of the post as the sentiment model reads it (one feature
 * for the decided polarity, valued by its confidence) weighs {@code toneWeight} (0: no tone feature;
 * since model format 3, ADR 0025); the vector is then scaled to unit length.
 */
record FeatureSpec(int bits, int charMin, int charMax, float charWeight, float ruleWeight, float toneWeight) {

    FeatureSpec {
        if (bits < 10 || bits > 24 || charMin < 1 || charMax < charMin || charMax > 8 || charWeight < 0 || ruleWeight < 0
                || toneWeight < 0) {
            throw new IllegalArgumentException("invalid feature spec " + bits + "/" + charMin + "-" + charMax + "/" + charWeight + "/"
                    + ruleWeight + "/" + toneWeight);
        }
    }

    /** A spec without the tone feature (models before format 3). */
    FeatureSpec(int bits, int charMin, int charMax, float charWeight, float ruleWeight) {
        this(bits, charMin, charMax, charWeight, ruleWeight, 0f);
    }

    int dimension() {
        return 1 << bits;
    }
}
