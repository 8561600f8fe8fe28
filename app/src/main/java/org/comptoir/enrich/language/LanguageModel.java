package org.comptoir.enrich.language;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * A trained linear language model: one weight per (hashed feature, language), quantised to a signed
 * byte with a single scale, plus one bias per language and the thresholds below which detection
 * answers {@code und}. Immutable once built, so it is safe to share between threads.
 *
 * <p>File format (big-endian, {@link DataOutputStream}): int magic {@code "CLNG"}, int version, then a
 * deflate stream holding: language count and codes (UTF), hashBits, maxOrder, minLetters,
 * minConfidence, scale, the biases, and {@code 2^hashBits × languages} weight bytes.
 */
final class LanguageModel {
    static final int MAGIC = 0x434C4E47;
    static final int VERSION = 1;

    final String[] languages;
    final int hashBits;
    final int maxOrder;
    final int minLetters;
    final float minConfidence;
    final float scale;
    final float[] bias;
    final byte[] weights;

    LanguageModel(List<String> languages, int hashBits, int maxOrder, int minLetters, float minConfidence,
                  float scale, float[] bias, byte[] weights) {
        this.languages = languages.toArray(String[]::new);
        this.hashBits = hashBits;
        this.maxOrder = maxOrder;
        this.minLetters = minLetters;
        this.minConfidence = minConfidence;
        this.scale = scale;
        this.bias = bias.clone();
        this.weights = weights;
        if (bias.length != this.languages.length || weights.length != (this.languages.length << hashBits)) {
            throw new IllegalArgumentException("model arrays do not match " + this.languages.length
                    + " languages and " + hashBits + " hash bits");
        }
    }

    /** Adds the quantised weights of every feature to {@code sums}, one slot per language. */
    void accumulate(int[] features, int count, int[] sums) {
        int width = languages.length;
        byte[] w = weights;
        for (int k = 0; k < count; k++) {
            int base = features[k] * width;
            for (int l = 0; l < width; l++) {
                sums[l] += w[base + l];
            }
        }
    }

    void write(OutputStream target) throws IOException {
        DataOutputStream header = new DataOutputStream(target);
        header.writeInt(MAGIC);
        header.writeInt(VERSION);
        header.flush();
        DeflaterOutputStream deflated = new DeflaterOutputStream(target);
        DataOutputStream out = new DataOutputStream(deflated);
        out.writeInt(languages.length);
        for (String language : languages) {
            out.writeUTF(language);
        }
        out.writeInt(hashBits);
        out.writeInt(maxOrder);
        out.writeInt(minLetters);
        out.writeFloat(minConfidence);
        out.writeFloat(scale);
        for (float b : bias) {
            out.writeFloat(b);
        }
        out.write(weights);
        out.flush();
        deflated.finish();
    }

    static LanguageModel read(InputStream source) throws IOException {
        DataInputStream header = new DataInputStream(source);
        if (header.readInt() != MAGIC) {
            throw new IOException("not a Comptoir language model (bad magic number)");
        }
        int version = header.readInt();
        if (version != VERSION) {
            throw new IOException("unsupported language model version " + version + ", expected " + VERSION);
        }
        DataInputStream in = new DataInputStream(new InflaterInputStream(source));
        int count = in.readInt();
        if (count < 1 || count > 64) {
            throw new IOException("corrupt language model: " + count + " languages");
        }
        String[] codes = new String[count];
        for (int l = 0; l < count; l++) {
            codes[l] = in.readUTF();
        }
        int hashBits = in.readInt();
        if (hashBits < 4 || hashBits > 24) {
            throw new IOException("corrupt language model: " + hashBits + " hash bits");
        }
        int maxOrder = in.readInt();
        int minLetters = in.readInt();
        float minConfidence = in.readFloat();
        float scale = in.readFloat();
        float[] bias = new float[count];
        for (int l = 0; l < count; l++) {
            bias[l] = in.readFloat();
        }
        byte[] weights = new byte[count << hashBits];
        in.readFully(weights);
        return new LanguageModel(List.of(codes), hashBits, maxOrder, minLetters, minConfidence, scale, bias, weights);
    }
}
