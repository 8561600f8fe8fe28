package org.comptoir.bench;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.comptoir.enrich.language.LabeledText;

/**
 * Single-thread throughput (texts per second) of several detectors on the same texts. Each detector is
 * warmed up first; then the detectors take turns for several rounds so that load from other processes
 * on a shared machine hits all of them alike, and the median round is reported.
 */
final class ThroughputRace {
    private static long sink;

    private ThroughputRace() {
    }

    static double[] run(List<Function<String, String>> detectors, List<LabeledText> texts, int rounds,
                        double secondsPerRound) {
        for (Function<String, String> detector : detectors) {
            timedPasses(detector, texts, secondsPerRound);
        }
        double[][] perRound = new double[detectors.size()][rounds];
        for (int round = 0; round < rounds; round++) {
            for (int d = 0; d < detectors.size(); d++) {
                perRound[d][round] = timedPasses(detectors.get(d), texts, secondsPerRound);
            }
        }
        double[] medians = new double[detectors.size()];
        for (int d = 0; d < detectors.size(); d++) {
            Arrays.sort(perRound[d]);
            medians[d] = perRound[d][rounds / 2];
        }
        if (sink == 42) {
            System.out.print("");
        }
        return medians;
    }

    /** Whole passes over the texts until {@code seconds} have elapsed; returns texts per second. */
    private static double timedPasses(Function<String, String> detector, List<LabeledText> texts, double seconds) {
        long start = System.nanoTime();
        long done = 0;
        do {
            for (LabeledText t : texts) {
                sink += detector.apply(t.text()).length();
            }
            done += texts.size();
        } while (System.nanoTime() - start < seconds * 1e9);
        return done / ((System.nanoTime() - start) / 1e9);
    }
}
