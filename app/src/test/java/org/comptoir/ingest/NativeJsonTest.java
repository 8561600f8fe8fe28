package org.comptoir.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.comptoir.post.Analysis;
import org.comptoir.post.Author;
import org.comptoir.post.Intent;
import org.comptoir.post.Metrics;
import org.comptoir.post.Network;
import org.comptoir.post.Post;
import org.comptoir.post.Sentiment;
import org.junit.jupiter.api.Test;

class NativeJsonTest {
    private static final Post POST = new Post("mastodon:1099", Network.MASTODON, "https://piaille.fr/@marie/1099",
            new Author("42", "@marie@piaille.fr", "Marie", 312L), "Encore en retard", null, null,
            Instant.parse("2026-03-01T10:15:00Z"), "mastodon:1090", new Metrics(3, 1, 0), "{}", null);

    @Test
    void writesExactlyTheNativeSchemaWithTopics() {
        assertThat(NativeJson.write(POST, List.of("sncf"))).isEqualTo("{\"id\":\"mastodon:1099\",\"network\":\"mastodon\","
                + "\"url\":\"https://piaille.fr/@marie/1099\",\"author\":{\"id\":\"42\",\"handle\":\"@marie@piaille.fr\","
                + "\"name\":\"Marie\",\"followers\":312},\"text\":\"Encore en retard\",\"title\":null,\"lang\":null,"
                + "\"created_at\":\"2026-03-01T10:15:00Z\",\"in_reply_to\":\"mastodon:1090\","
                + "\"metrics\":{\"likes\":3,\"reposts\":1,\"replies\":0},\"topics\":[\"sncf\"]}");
    }

    @Test
    void addsTheAnalysisAndTheEffectiveLanguageOfAnAnalysedPost() {
        Post analysed = POST.withAnalysis(new Analysis("fr", Sentiment.NEGATIVE, 0.91, Intent.COMPLAINT, List.of("retard")));

        String json = NativeJson.write(analysed, List.of());

        assertThat(json).contains("\"lang\":\"fr\"").contains("\"topics\":[]")
                .endsWith("\"sentiment\":\"negative\",\"confidence\":0.91,\"intent\":\"complaint\",\"evidence\":[\"retard\"]}");
    }

    @Test
    void readsBackWhatItWroteExceptTheRawLine() {
        String line = NativeJson.write(POST, List.of("sncf"));

        Post read = NativeJson.read(line);

        assertThat(read).usingRecursiveComparison().ignoringFields("raw").isEqualTo(POST);
        assertThat(read.raw()).isEqualTo(line);
    }

    @Test
    void explainsWhyALineIsNotARecord() {
        assertThatThrownBy(() -> NativeJson.read("{\"id\":\"x:1\""))
                .isInstanceOf(InvalidRecordException.class).hasMessageStartingWith("invalid JSON");
        assertThatThrownBy(() -> NativeJson.read("{\"id\":\"x:1\",\"network\":\"x\",\"text\":\"t\",\"created_at\":\"2026-03-01T10:15:00Z\",\"metrics\":{\"likes\":-1}}"))
                .hasMessage("field 'metrics.likes' must be a non-negative whole number, got number -1");
        assertThatThrownBy(() -> NativeJson.read("{\"id\":\"x:1\",\"network\":\"\",\"text\":\"t\",\"created_at\":\"2026-03-01T10:15:00Z\"}"))
                .hasMessage("field 'network' is empty");
    }
}
