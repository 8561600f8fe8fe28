package org.comptoir.analytics;

import java.time.Instant;
import java.util.List;
import org.comptoir.store.SentimentCounts;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** The answers of {@link Analytics}, as the API and the CLI print them (snake_case in JSON). */
public final class Figures {
    private Figures() {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Volume(String interval, String zone, Instant from, Instant to, List<Bucket> buckets) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Bucket(Instant start, long count, long negative, long neutral, long positive, double netSentiment) {
        static Bucket of(Instant start, SentimentCounts c) {
            return new Bucket(start, c.count(), c.negative(), c.neutral(), c.positive(), round(c.netSentiment()));
        }
    }

    /** One value of a breakdown or one topic of a share of voice. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Share(String value, long count, double share, long negative, long neutral, long positive, double netSentiment) {
        static Share of(String value, SentimentCounts c, long total) {
            return new Share(value, c.count(), total == 0 ? 0.0 : round(c.count() / (double) total), c.negative(), c.neutral(),
                    c.positive(), round(c.netSentiment()));
        }
    }

    /** One topic of a share of voice. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record TopicShare(String topic, long count, double share, long negative, long neutral, long positive, double netSentiment) {
        static TopicShare of(Share s) {
            return new TopicShare(s.value(), s.count(), s.share(), s.negative(), s.neutral(), s.positive(), s.netSentiment());
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Breakdown(String by, long total, List<Share> values) {
    }

    /** An author ranked by engagement; followers are shown, never used to rank. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record RankedAuthor(String key, String handle, String name, String network, double engagement, long posts, long replies,
                               long defences, long reactions, int weeks, double netSentiment, long followers, String level,
                               boolean employee) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Pyramid(Instant from, Instant to, long authors, List<Level> levels, long employees, double legitimacyIndex,
                          long reach, Movement movement) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Level(String level, long count, List<String> examples) {
    }

    /** Authors who went up or down a level against the previous period of the same length, who left and who came. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Movement(long climbed, long fell, long left, long joined, List<String> climbedExamples, List<String> fellExamples) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Term(String term, String kind, double score, long count, long baselineCount, List<String> samplePostIds) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Terms(Instant from, Instant to, Instant baselineFrom, Instant baselineTo, long posts, long baselinePosts,
                        String statistic, List<Term> terms) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Verbatim(String postId, String text, String authorHandle, String authorName, String network, Instant createdAt,
                           String url, String sentiment, double representativeness) {
    }

    static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
