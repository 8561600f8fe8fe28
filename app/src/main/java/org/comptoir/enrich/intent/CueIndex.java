package org.comptoir.enrich.intent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Finds, in a few hash probes and without allocation, the cue patterns whose first element can match
 * a token: one open-addressing table keyed by whole-word hashes, one keyed by prefix hashes (probed
 * once per prefix length in use).
 */
final class CueIndex {
    private static final CuePattern[] NONE = new CuePattern[0];

    private final Table exact;
    private final Table prefix;
    private final int[] prefixLengths;

    private CueIndex(Table exact, Table prefix, int[] prefixLengths) {
        this.exact = exact;
        this.prefix = prefix;
        this.prefixLengths = prefixLengths;
    }

    static CueIndex of(List<CuePattern> patterns) {
        Map<Long, List<CuePattern>> exact = new LinkedHashMap<>();
        Map<Long, List<CuePattern>> prefix = new LinkedHashMap<>();
        TreeSet<Integer> lengths = new TreeSet<>();
        for (CuePattern pattern : patterns) {
            CuePattern.Element first = pattern.elements()[0];
            for (int a = 0; a < first.hashes().length; a++) {
                Map<Long, List<CuePattern>> target = first.prefix()[a] ? prefix : exact;
                if (first.prefix()[a]) {
                    lengths.add(first.lengths()[a]);
                }
                List<CuePattern> list = target.computeIfAbsent(first.hashes()[a], h -> new ArrayList<>());
                if (!list.contains(pattern)) {
                    list.add(pattern);
                }
            }
        }
        return new CueIndex(new Table(exact), new Table(prefix), lengths.stream().mapToInt(Integer::intValue).toArray());
    }

    CuePattern[] exactCandidates(TokenBuffer tokens, int token) {
        return exact.get(tokens.hash[token]);
    }

    int prefixLengthCount() {
        return prefixLengths.length;
    }

    /** Candidates through the {@code i}-th prefix length in use, or none if the token is shorter. */
    CuePattern[] prefixCandidates(TokenBuffer tokens, int token, int i) {
        int length = prefixLengths[i];
        if (length > tokens.tokenLength(token)) {
            return NONE;
        }
        return prefix.get(tokens.prefixHash[token * TokenBuffer.MAX_PREFIX + length - 1]);
    }

    /** Open addressing, linear probing, power-of-two capacity, at most half full. */
    private static final class Table {
        private final long[] keys;
        private final CuePattern[][] values;
        private final int mask;

        Table(Map<Long, List<CuePattern>> entries) {
            int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 2)) << 1;
            keys = new long[capacity];
            values = new CuePattern[capacity][];
            mask = capacity - 1;
            entries.forEach((key, list) -> {
                int slot = slot(key);
                while (values[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = key;
                values[slot] = list.toArray(CuePattern[]::new);
            });
        }

        CuePattern[] get(long key) {
            for (int slot = slot(key); values[slot] != null; slot = (slot + 1) & mask) {
                if (keys[slot] == key) {
                    return values[slot];
                }
            }
            return NONE;
        }

        private int slot(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h >>> 40) & mask;
        }
    }
}
