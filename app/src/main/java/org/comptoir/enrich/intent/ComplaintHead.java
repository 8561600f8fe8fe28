package org.comptoir.enrich.intent;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * The complaint detector: a binary logistic regression over the same hashed features as the intent
 * model (one weight per bucket and a bias), whose raw score is calibrated by Platt scaling
 * ({@code p = sigmoid(plattA × score + plattB)}, fitted on cross-validated scores, see
 * {@link ComplaintTrainer}). A complaint is a reported problem or grievance, whatever the intent:
 * a question about an outage is one, a churn threat caused by a failure is one.
 */
record ComplaintHead(float[] weights, float bias, float plattA, float plattB) {

    /** The calibrated probability that the featurised post is a complaint. */
    double probability(FeatureBuffer features) {
        double score = bias;
        for (int i = 0; i < features.count; i++) {
            score += features.value[i] * weights[features.index[i]];
        }
        return sigmoid(plattA * score + plattB);
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    void write(DataOutputStream out) throws IOException {
        out.writeFloat(bias);
        out.writeFloat(plattA);
        out.writeFloat(plattB);
        int rows = 0;
        for (float w : weights) {
            rows += w != 0f ? 1 : 0;
        }
        out.writeInt(rows);
        for (int row = 0; row < weights.length; row++) {
            if (weights[row] != 0f) {
                out.writeInt(row);
                out.writeFloat(weights[row]);
            }
        }
    }

    static ComplaintHead read(DataInputStream in, int dimension) throws IOException {
        float bias = in.readFloat();
        float a = in.readFloat();
        float b = in.readFloat();
        float[] weights = new float[dimension];
        int rows = in.readInt();
        for (int r = 0; r < rows; r++) {
            int row = in.readInt();
            if (row < 0 || row >= dimension) {
                throw new IOException("complaint row " + row + " outside the hash space of " + dimension);
            }
            weights[row] = in.readFloat();
        }
        return new ComplaintHead(weights, bias, a, b);
    }
}
