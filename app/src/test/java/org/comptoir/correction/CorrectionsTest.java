package org.comptoir.correction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.comptoir.testing.TestPosts.jsonl;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.comptoir.Comptoir;
import org.comptoir.enrich.Enricher;
import org.comptoir.post.Intent;
import org.comptoir.post.Post;
import org.comptoir.post.Sentiment;
import org.comptoir.query.QueryParser;
import org.comptoir.store.PostQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorrectionsTest {
    @TempDir
    Path dir;

    @Test
    void aCorrectionChangesTheStoredPostIsSearchableAndIsExportedAsTrainingData() throws Exception {
        try (Comptoir comptoir = Comptoir.open(dir, Enricher.standard(), Clock.systemUTC())) {
            String ws = "default";
            String lines = jsonl("m:1", "Bravo pour la livraison, vraiment au top", "fr", "2026-03-01T10:00:00Z") + "\n"
                    + jsonl("m:2", "Where can I buy the new bike?", "en", "2026-03-01T11:00:00Z") + "\n";
            comptoir.importer().importStream(ws, new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), "a.jsonl",
                    null, null, null);
            Post before = comptoir.pipelines().get(ws).index().get("m:1").orElseThrow().post();
            assertThat(before.analysis()).isNotNull();
            assertThat(before.analysis().corrected()).isFalse();

            Post after = comptoir.corrections().correct(ws, "m:1", Sentiment.NEGATIVE, Intent.COMPLAINT).orElseThrow().post();
            assertThat(after.analysis().corrected()).isTrue();
            assertThat(after.analysis().sentiment()).isEqualTo(Sentiment.NEGATIVE);
            Post stored = comptoir.pipelines().get(ws).index().get("m:1").orElseThrow().post();
            assertThat(stored.analysis()).isEqualTo(after.analysis());
            assertThat(comptoir.pipelines().get(ws).index().count(PostQuery.of(QueryParser.parse("sentiment:negative intent:complaint"))))
                    .isEqualTo(1);

            comptoir.corrections().correct(ws, "m:2", null, Intent.PURCHASE_INTENT);
            assertThat(comptoir.corrections().export(ws, Corrections.Kind.SENTIMENT))
                    .contains("negative\tBravo pour la livraison, vraiment au top\tfr");
            assertThat(comptoir.corrections().export(ws, Corrections.Kind.INTENT))
                    .containsExactly("complaint\tfr\tBravo pour la livraison, vraiment au top",
                            "purchase_intent\ten\tWhere can I buy the new bike?");
            assertThat(comptoir.corrections().correct(ws, "m:404", Sentiment.POSITIVE, null)).isEmpty();
            assertThatThrownBy(() -> comptoir.corrections().correct(ws, "m:1", null, null))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
