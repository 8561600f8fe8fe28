package org.comptoir.enrich.sentiment;

import java.util.Arrays;

/** Featurised posts packed in flat arrays: post {@code i} owns entries {@code [offsets[i], offsets[i+1])}. */
final class TrainingSet {

    int[] offsets = new int[1024];
    int[] buckets = new int[1 << 20];
    float[] values = new float[1 << 20];
    int[] labels = new int[1024];
    float[] weights = new float[1024];
    int size;

    void add(FeatureBuffer features, int label, float weight) {
        if (size + 2 > offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
            labels = Arrays.copyOf(labels, labels.length * 2);
            this.weights = Arrays.copyOf(this.weights, this.weights.length * 2);
        }
        int from = offsets[size];
        int to = from + features.size;
        if (to > buckets.length) {
            int capacity = Math.max(to, buckets.length * 2);
            buckets = Arrays.copyOf(buckets, capacity);
            values = Arrays.copyOf(values, capacity);
        }
        System.arraycopy(features.buckets, 0, buckets, from, features.size);
        System.arraycopy(features.values, 0, values, from, features.size);
        labels[size] = label;
        this.weights[size] = weight;
        size++;
        offsets[size] = to;
    }
}
