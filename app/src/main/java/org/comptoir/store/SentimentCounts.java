package org.comptoir.store;

/**
 * A number of posts and how they split by sentiment (posts not analysed count in {@code count} only).
 * The unit every aggregation answers in, so each figure can show its net sentiment.
 */
public record SentimentCounts(long count, long negative, long neutral, long positive) {
    public static final SentimentCounts ZERO = new SentimentCounts(0, 0, 0, 0);

    /** {@code (positive − negative) / count}, between −1 and 1; 0 for no posts. */
    public double netSentiment() {
        return count == 0 ? 0.0 : (positive - negative) / (double) count;
    }

    public SentimentCounts plus(SentimentCounts other) {
        return new SentimentCounts(count + other.count, negative + other.negative, neutral + other.neutral,
                positive + other.positive);
    }
}
