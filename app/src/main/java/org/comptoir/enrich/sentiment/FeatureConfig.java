package org.comptoir.enrich.sentiment;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * How posts become hashed features; stored in the model so training and inference always agree.
 *
 * @param bits          log2 of the number of hash buckets
 * @param charMin       shortest character n-gram (0 disables character n-grams)
 * @param charMax       longest character n-gram
 * @param langWords     also emit word, bigram and lexicon features conjoined with the post language
 * @param langChars     also emit character n-grams conjoined with the post language
 */
public record FeatureConfig(int bits, int charMin, int charMax, boolean langWords, boolean langChars) {

    public static FeatureConfig defaults() {
        return new FeatureConfig(20, 2, 5, true, false);
    }

    int mask() {
        return (1 << bits) - 1;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeByte(bits);
        out.writeByte(charMin);
        out.writeByte(charMax);
        out.writeBoolean(langWords);
        out.writeBoolean(langChars);
    }

    static FeatureConfig read(DataInputStream in) throws IOException {
        return new FeatureConfig(in.readByte(), in.readByte(), in.readByte(), in.readBoolean(), in.readBoolean());
    }
}
