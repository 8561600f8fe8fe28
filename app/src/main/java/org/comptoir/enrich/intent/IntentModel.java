package org.comptoir.enrich.intent;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.comptoir.post.Intent;

/**
 * A multinomial logistic regression over hashed features: one weight per (bucket, intent), stored
 * bucket-major so one feature reads one contiguous row, plus one bias per intent. Immutable once built.
 *
 * <p>File format, version {@value #VERSION} (a {@link DataOutputStream} over a deflate stream): magic
 * {@code CMPI}, version, feature spec (bits, charMin, charMax, charWeight, ruleWeight), cue-file
 * fingerprint, a free-text provenance line, intent count and labels, biases, the number of non-zero
 * rows, then for each row its bucket and one float per intent; since version 2, a flag and the
 * {@link ComplaintHead} (bias, Platt parameters, non-zero rows); since version 3, the tone weight right after
 * ruleWeight. Version 1 files (no complaint head) and version 2 files (no tone feature) are read too.
 */
final class IntentModel {
    static final int MAGIC = 0x434D5049;
    static final int VERSION = 3;
    static final Intent[] INTENTS = Intent.values();

    private final FeatureSpec spec;
    private final float[] weights;
    private final float[] bias;
    private final long cueFingerprint;
    private final String provenance;
    private final ComplaintHead complaint;

    IntentModel(FeatureSpec spec, float[] weights, float[] bias, long cueFingerprint, String provenance) {
        this(spec, weights, bias, cueFingerprint, provenance, null);
    }

    IntentModel(FeatureSpec spec, float[] weights, float[] bias, long cueFingerprint, String provenance, ComplaintHead complaint) {
        if (weights.length != spec.dimension() * INTENTS.length || bias.length != INTENTS.length) {
            throw new IllegalArgumentException("weights do not fit the feature spec");
        }
        this.spec = spec;
        this.weights = weights;
        this.bias = bias;
        this.cueFingerprint = cueFingerprint;
        this.provenance = provenance;
        this.complaint = complaint;
    }

    /** The calibrated probability that the featurised post is a complaint; 0 when the model has no complaint head. */
    double complaint(FeatureBuffer features) {
        return complaint == null ? 0 : complaint.probability(features);
    }

    boolean hasComplaintHead() {
        return complaint != null;
    }

    FeatureSpec spec() {
        return spec;
    }

    long cueFingerprint() {
        return cueFingerprint;
    }

    String provenance() {
        return provenance;
    }

    float weight(int bucket, int intent) {
        return weights[bucket * INTENTS.length + intent];
    }

    /** Fills {@code probabilities} (one per intent) with the softmax of the scores of the features. */
    void predict(FeatureBuffer features, double[] probabilities) {
        int k = INTENTS.length;
        for (int c = 0; c < k; c++) {
            probabilities[c] = bias[c];
        }
        for (int i = 0; i < features.count; i++) {
            int row = features.index[i] * k;
            float v = features.value[i];
            for (int c = 0; c < k; c++) {
                probabilities[c] += v * weights[row + c];
            }
        }
        softmax(probabilities);
    }

    static void softmax(double[] scores) {
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int c = 0; c < scores.length; c++) {
            scores[c] = Math.exp(scores[c] - max);
            sum += scores[c];
        }
        for (int c = 0; c < scores.length; c++) {
            scores[c] /= sum;
        }
    }

    void write(OutputStream target) throws IOException {
        DeflaterOutputStream deflater = new DeflaterOutputStream(target);
        DataOutputStream out = new DataOutputStream(deflater);
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(spec.bits());
        out.writeInt(spec.charMin());
        out.writeInt(spec.charMax());
        out.writeFloat(spec.charWeight());
        out.writeFloat(spec.ruleWeight());
        out.writeFloat(spec.toneWeight());
        out.writeLong(cueFingerprint);
        out.writeUTF(provenance);
        out.writeInt(INTENTS.length);
        for (Intent intent : INTENTS) {
            out.writeUTF(intent.label());
        }
        for (float b : bias) {
            out.writeFloat(b);
        }
        int k = INTENTS.length;
        int rows = 0;
        for (int row = 0; row < spec.dimension(); row++) {
            rows += nonZero(row) ? 1 : 0;
        }
        out.writeInt(rows);
        for (int row = 0; row < spec.dimension(); row++) {
            if (nonZero(row)) {
                out.writeInt(row);
                for (int c = 0; c < k; c++) {
                    out.writeFloat(weights[row * k + c]);
                }
            }
        }
        out.writeBoolean(complaint != null);
        if (complaint != null) {
            complaint.write(out);
        }
        out.flush();
        deflater.finish();
    }

    private boolean nonZero(int row) {
        for (int c = 0; c < INTENTS.length; c++) {
            if (weights[row * INTENTS.length + c] != 0f) {
                return true;
            }
        }
        return false;
    }

    static IntentModel read(InputStream source) throws IOException {
        DataInputStream in = new DataInputStream(new InflaterInputStream(source));
        if (in.readInt() != MAGIC) {
            throw new IOException("not an intent model: bad magic number");
        }
        int version = in.readInt();
        if (version < 1 || version > VERSION) {
            throw new IOException("unsupported intent model version " + version + " (this build reads 1 to " + VERSION + ")");
        }
        int bits = in.readInt();
        int charMin = in.readInt();
        int charMax = in.readInt();
        float charWeight = in.readFloat();
        float ruleWeight = in.readFloat();
        FeatureSpec spec = new FeatureSpec(bits, charMin, charMax, charWeight, ruleWeight, version >= 3 ? in.readFloat() : 0f);
        long fingerprint = in.readLong();
        String provenance = in.readUTF();
        int k = in.readInt();
        if (k != INTENTS.length) {
            throw new IOException("model has " + k + " intents, expected " + INTENTS.length);
        }
        for (Intent intent : INTENTS) {
            String label = in.readUTF();
            if (!label.equals(intent.label())) {
                throw new IOException("model intent '" + label + "' where '" + intent.label() + "' was expected");
            }
        }
        float[] bias = new float[k];
        for (int c = 0; c < k; c++) {
            bias[c] = in.readFloat();
        }
        float[] weights = new float[spec.dimension() * k];
        int rows = in.readInt();
        for (int r = 0; r < rows; r++) {
            int row = in.readInt();
            if (row < 0 || row >= spec.dimension()) {
                throw new IOException("model row " + row + " outside the hash space of " + spec.dimension());
            }
            for (int c = 0; c < k; c++) {
                weights[row * k + c] = in.readFloat();
            }
        }
        ComplaintHead head = version >= 2 && in.readBoolean() ? ComplaintHead.read(in, spec.dimension()) : null;
        return new IntentModel(spec, weights, bias, fingerprint, provenance, head);
    }
}
