package org.comptoir.enrich.sentiment;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * A trained model: feature configuration, lexicon, and one weight per (bucket, class), classes in
 * {@link org.comptoir.post.Sentiment} order. On disk: magic {@code CSNT}, format version, then a
 * deflated body of config, lexicon, a quantisation scale and 16-bit weights.
 */
final class SentimentModel {

    static final int MAGIC = 0x43534E54;
    static final int VERSION = 1;
    static final int CLASSES = 3;

    final FeatureConfig config;
    final Lexicon lexicon;
    final float[] weights;

    SentimentModel(FeatureConfig config, Lexicon lexicon, float[] weights) {
        if (weights.length != CLASSES << config.bits()) {
            throw new IllegalArgumentException("expected " + (CLASSES << config.bits()) + " weights, got " + weights.length);
        }
        this.config = config;
        this.lexicon = lexicon;
        this.weights = weights;
    }

    /**
     * Adds the class scores of the features to {@code scores} (length 3) and, when {@code perToken} is not
     * null, credits each token with the class scores of the features it produced ({@code perToken[3 * i + c]};
     * features shared by two tokens are split half and half).
     */
    void score(FeatureBuffer features, float[] scores, float[] perToken) {
        float[] w = weights;
        for (int k = 0; k < features.size; k++) {
            int at = features.buckets[k] * CLASSES;
            float v = features.values[k];
            float s0 = w[at] * v;
            float s1 = w[at + 1] * v;
            float s2 = w[at + 2] * v;
            scores[0] += s0;
            scores[1] += s1;
            scores[2] += s2;
            int source = features.sources[k];
            if (perToken != null && source != FeatureBuffer.NO_SOURCE) {
                int second = FeatureBuffer.second(source);
                int first = FeatureBuffer.first(source) * CLASSES;
                if (second >= 0) {
                    s0 *= 0.5f;
                    s1 *= 0.5f;
                    s2 *= 0.5f;
                    perToken[second * CLASSES] += s0;
                    perToken[second * CLASSES + 1] += s1;
                    perToken[second * CLASSES + 2] += s2;
                }
                perToken[first] += s0;
                perToken[first + 1] += s1;
                perToken[first + 2] += s2;
            }
        }
    }

    void write(OutputStream target) throws IOException {
        DataOutputStream header = new DataOutputStream(target);
        header.writeInt(MAGIC);
        header.writeInt(VERSION);
        header.flush();
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        DeflaterOutputStream zip = new DeflaterOutputStream(target, deflater, 1 << 16);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(zip, 1 << 16));
        config.write(out);
        lexicon.write(out);
        float max = 0f;
        for (float w : weights) {
            max = Math.max(max, Math.abs(w));
        }
        float scale = max == 0f ? 1f : max / Short.MAX_VALUE;
        out.writeFloat(scale);
        out.writeInt(weights.length);
        for (float w : weights) {
            out.writeShort(Math.round(w / scale));
        }
        out.flush();
        zip.finish();
        deflater.end();
        target.flush();
    }

    static SentimentModel read(InputStream source) throws IOException {
        DataInputStream header = new DataInputStream(source);
        int magic = header.readInt();
        if (magic != MAGIC) {
            throw new IOException("not a Comptoir sentiment model (bad magic " + Integer.toHexString(magic) + ")");
        }
        int version = header.readInt();
        if (version != VERSION) {
            throw new IOException("unsupported sentiment model version " + version + " (this build reads " + VERSION + ")");
        }
        DataInputStream in = new DataInputStream(new BufferedInputStream(new InflaterInputStream(source), 1 << 16));
        FeatureConfig config = FeatureConfig.read(in);
        Lexicon lexicon = Lexicon.read(in);
        float scale = in.readFloat();
        int length = in.readInt();
        if (length != CLASSES << config.bits()) {
            throw new IOException("corrupt sentiment model: " + length + " weights for " + config.bits() + " bits");
        }
        float[] weights = new float[length];
        for (int i = 0; i < length; i++) {
            weights[i] = in.readShort() * scale;
        }
        return new SentimentModel(config, lexicon, weights);
    }
}
