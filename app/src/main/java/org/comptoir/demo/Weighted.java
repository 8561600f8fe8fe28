package org.comptoir.demo;

import java.util.Random;

/** Picks an index with probability proportional to its weight. */
final class Weighted {
    private Weighted() {
    }

    static int index(Random random, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double target = random.nextDouble() * total;
        for (int i = 0; i < weights.length - 1; i++) {
            target -= weights[i];
            if (target < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** A Poisson count with the given mean (Knuth's method; the demo only uses small means). */
    static int poisson(Random random, double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            count++;
            product *= random.nextDouble();
        }
        return count;
    }
}
