package org.comptoir.enrich.intent;

/**
 * How text becomes hashed features; saved inside the model so that inference extracts exactly what
 * training saw. {@code bits}: log2 of the hash space; character n-grams of {@code charMin..charMax}
 * (with word-boundary marks) weigh {@code charWeight}, word unigrams and bigrams weigh 1, fired cue
 * families weigh {@code ruleWeight}; the vector is then scaled to unit length.
 */
record FeatureSpec(int bits, int charMin, int charMax, float charWeight, float ruleWeight) {

    FeatureSpec {
        if (bits < 10 || bits > 24 || charMin < 1 || charMax < charMin || charMax > 8 || charWeight < 0 || ruleWeight < 0) {
            throw new IllegalArgumentException("invalid feature spec " + bits + "/" + charMin + "-" + charMax + "/" + charWeight + "/" + ruleWeight);
        }
    }

    int dimension() {
        return 1 << bits;
    }
}
