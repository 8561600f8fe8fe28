package org.comptoir.enrich.sentiment;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prior polarity of words, emoji and emoticons, keyed by their token feature form, in three groups
 * (English words, French words, symbols) with up to {@value #SLOTS} scores each, all scaled to [-1, 1].
 * Missing scores are {@code NaN}. Built by {@link LexiconLoader} at training time and stored inside the model.
 */
final class Lexicon {

    static final int EN = 0;
    static final int FR = 1;
    static final int SYMBOLS = 2;
    static final int GROUPS = 3;
    static final int SLOTS = 3;

    private final Map<String, float[]>[] groups;

    @SuppressWarnings("unchecked")
    Lexicon() {
        groups = new Map[GROUPS];
        for (int g = 0; g < GROUPS; g++) {
            groups[g] = new HashMap<>();
        }
    }

    /** Averages with an existing score in the same slot, as sense lists repeat forms. */
    void put(int group, String key, int slot, float score, float[] counts) {
        float[] scores = groups[group].computeIfAbsent(key, k -> new float[] {Float.NaN, Float.NaN, Float.NaN});
        scores[slot] = Float.isNaN(scores[slot]) ? score : (scores[slot] + score) / 2f;
        if (counts != null) {
            counts[group]++;
        }
    }

    /** Scores of {@code key} in {@code group}, or null. */
    float[] get(int group, String key) {
        return groups[group].get(key);
    }

    int size() {
        int n = 0;
        for (Map<String, float[]> g : groups) {
            n += g.size();
        }
        return n;
    }

    void write(DataOutputStream out) throws IOException {
        for (Map<String, float[]> group : groups) {
            out.writeInt(group.size());
            for (Map.Entry<String, float[]> e : new TreeMap<>(group).entrySet()) {
                out.writeUTF(e.getKey());
                for (float score : e.getValue()) {
                    out.writeShort(Float.isNaN(score) ? Short.MIN_VALUE : Math.round(score * 30000f));
                }
            }
        }
    }

    static Lexicon read(DataInputStream in) throws IOException {
        Lexicon lexicon = new Lexicon();
        for (int g = 0; g < GROUPS; g++) {
            int size = in.readInt();
            for (int i = 0; i < size; i++) {
                String key = in.readUTF();
                float[] scores = new float[SLOTS];
                for (int s = 0; s < SLOTS; s++) {
                    short q = in.readShort();
                    scores[s] = q == Short.MIN_VALUE ? Float.NaN : q / 30000f;
                }
                lexicon.groups[g].put(key, scores);
            }
        }
        return lexicon;
    }
}
