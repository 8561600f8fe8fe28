package org.comptoir.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.comptoir.Comptoir;
import org.comptoir.enrich.Enricher;
import org.comptoir.pipeline.Pipeline;
import org.comptoir.post.Analysis;
import org.comptoir.post.Author;
import org.comptoir.post.Intent;
import org.comptoir.post.Network;
import org.comptoir.post.Post;
import org.comptoir.post.Sentiment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "An advocate or a top author turns negative" on hand-made posts: a loyal top author (@fan) who was positive for three weeks
 * writes two negative posts; a habitual grumbler (@grumpy, a top author too, but negative all along) and an occasional author
 * write negative posts in the same hour and are not what the rule watches (ten regulars fill the rest of the top ten).
 */
class AuthorTurnsNegativeTest {
    static final Instant NOW = Instant.parse("2026-03-04T10:20:00Z");
    static final Instant HOUR = NOW.truncatedTo(ChronoUnit.HOURS);

    @TempDir
    Path dir;
    Comptoir comptoir;

    @BeforeEach
    void open() throws Exception {
        comptoir = Comptoir.open(dir, Enricher.none(), Clock.fixed(NOW, ZoneOffset.UTC));
        comptoir.workspaces().create("ws", "ws", null);
        comptoir.topics().save("ws", "Grelot", "grelot", null);
        List<Post> posts = new ArrayList<>();
        Instant start = HOUR.minus(Duration.ofDays(21));
        for (int d = 0; d < 21; d++) {
            Instant day = start.plus(Duration.ofDays(d));
            for (int k = 0; k < 3; k++) {
                posts.add(post("fan-" + d + "-" + k, "@fan", "grelot au top", day.plus(Duration.ofHours(9 + k)), Sentiment.POSITIVE));
            }
            for (int k = 0; k < 4; k++) {
                posts.add(post("grumpy-" + d + "-" + k, "@grumpy", "grelot encore nul", day.plus(Duration.ofHours(12 + k)), Sentiment.NEGATIVE));
            }
            for (int r = 0; r < 10; r++) {
                posts.add(post("regular-" + d + "-" + r, "@regular" + r, "grelot ça va", day.plus(Duration.ofHours(6 + r)), Sentiment.NEUTRAL));
            }
            posts.add(post("casual-" + d, "@casual" + d, "grelot ok", day.plus(Duration.ofHours(17)), Sentiment.NEUTRAL));
        }
        index(posts);
    }

    @AfterEach
    void close() {
        comptoir.close();
    }

    void index(List<Post> posts) {
        Pipeline pipeline = comptoir.pipelines().get("ws");
        pipeline.process(posts);
        pipeline.commit();
    }

    static Post post(String id, String handle, String text, Instant at, Sentiment sentiment) {
        return new Post(id, Network.MASTODON, null, new Author(handle, handle, handle, 10L), text, null, "fr", at, null, null, null,
                new Analysis("fr", sentiment, 0.9, Intent.OTHER, List.of()));
    }

    AlertRule rule(int minVolume) {
        return new AlertRule(0, "ws", "fans " + minVolume, AlertKind.AUTHOR_TURNS_NEGATIVE, "Grelot", null, 5, minVolume, 12, List.of(), true);
    }

    @Test
    void aTopAuthorWhoTurnsNegativeRaisesAnAlertNamingThem() throws Exception {
        comptoir.alerts().create(rule(2));
        assertThat(comptoir.alerts().evaluate("ws")).as("three calm weeks").isEmpty();
        index(List.of(post("fan-angry-1", "@fan", "grelot en panne, je suis déçu", HOUR.plusSeconds(60), Sentiment.NEGATIVE),
                post("fan-angry-2", "@fan", "grelot toujours en panne", HOUR.plusSeconds(120), Sentiment.NEGATIVE),
                post("grumpy-now", "@grumpy", "grelot nul", HOUR.plusSeconds(180), Sentiment.NEGATIVE),
                post("stranger", "@stranger", "grelot bof", HOUR.plusSeconds(240), Sentiment.NEGATIVE)));
        comptoir.alerts().evaluate("ws");
        List<Alert> raised = comptoir.alerts().alerts("ws", 10);
        assertThat(raised).hasSize(1);
        Alert alert = raised.get(0);
        assertThat(alert.kind()).isEqualTo("author-turns-negative");
        assertThat(alert.observed()).as("only the fan's negative posts count").isEqualTo(2);
        assertThat(alert.peak()).isEqualTo(HOUR);
        assertThat(alert.explanation().drivers()).extracting(Explanation.Driver::handle).containsExactly("@fan");
        assertThat(alert.summary()).contains("negative posts by advocates or top authors about 'Grelot'");
    }

    @Test
    void theHabitualGrumblerAndOccasionalAuthorsAreNotWatched() throws Exception {
        comptoir.alerts().create(rule(1));
        index(List.of(post("grumpy-now", "@grumpy", "grelot nul", HOUR.plusSeconds(180), Sentiment.NEGATIVE),
                post("casual-now", "@casual3", "grelot bof", HOUR.plusSeconds(240), Sentiment.NEGATIVE),
                post("fan-fine", "@fan", "grelot super", HOUR.plusSeconds(300), Sentiment.POSITIVE)));
        assertThat(comptoir.alerts().evaluate("ws")).isEmpty();
    }
}
