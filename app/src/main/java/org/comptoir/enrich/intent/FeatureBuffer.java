package org.comptoir.enrich.intent;

import java.util.Arrays;

/**
 * Per-thread scratch holding one text's hashed features: bucket index, value and origin (a token, a
 * token bigram or a cue family, see {@link FeatureExtractor}) so that the decision can be explained.
 */
final class FeatureBuffer {
    static final int CAPACITY = 16_384;

    final int[] index = new int[CAPACITY];
    final float[] value = new float[CAPACITY];
    final int[] origin = new int[CAPACITY];
    int count;

    void clear() {
        count = 0;
    }

    void add(int featureIndex, float featureValue, int featureOrigin) {
        if (count < CAPACITY) {
            index[count] = featureIndex;
            value[count] = featureValue;
            origin[count] = featureOrigin;
            count++;
        }
    }

    void scaleToUnitLength() {
        double sum = 0;
        for (int i = 0; i < count; i++) {
            sum += (double) value[i] * value[i];
        }
        if (sum > 0) {
            float scale = (float) (1 / Math.sqrt(sum));
            for (int i = 0; i < count; i++) {
                value[i] *= scale;
            }
        }
    }

    /** An immutable copy, used when training keeps many vectors around. */
    Vector copy() {
        return new Vector(Arrays.copyOf(index, count), Arrays.copyOf(value, count));
    }

    record Vector(int[] index, float[] value) {
    }
}
