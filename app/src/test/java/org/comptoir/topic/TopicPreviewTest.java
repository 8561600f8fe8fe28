package org.comptoir.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.comptoir.Comptoir;
import org.comptoir.enrich.Enricher;
import org.comptoir.events.Actor;
import org.comptoir.pipeline.Pipeline;
import org.comptoir.post.Post;
import org.comptoir.query.QuerySyntaxException;
import org.comptoir.testing.TestPosts;
import org.comptoir.topic.TextSegments.Segment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The test before saving, and saving in the background, on a real data directory (H2 + Lucene). */
class TopicPreviewTest {
    static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    @TempDir
    Path dir;

    private Comptoir open() {
        Comptoir comptoir = Comptoir.open(dir, Enricher.none(), Clock.fixed(NOW, ZoneOffset.UTC));
        comptoir.workspaces().create("w", "W", null);
        return comptoir;
    }

    private static void store(Comptoir comptoir, Post... posts) {
        Pipeline pipeline = comptoir.pipelines().get("w");
        pipeline.process(List.of(posts));
        pipeline.commit();
    }

    private static Post titled(String id, String title, String text, String at) {
        Post p = TestPosts.post(id, text, "fr", at);
        return new Post(p.id(), p.network(), p.url(), p.author(), p.text(), title, p.lang(), p.createdAt(), null, p.metrics(), null, null);
    }

    @Test
    void countsTheDraftsMatchesPerDayAndMarksTheMatchedWordsOfTheNewest() throws Exception {
        try (Comptoir comptoir = open()) {
            store(comptoir,
                    TestPosts.post("a", "Encore une panne ce matin", "fr", "2026-11-30T08:00:00Z"),
                    TestPosts.post("b", "Deux pannes et du retard", "fr", "2026-11-28T08:00:00Z"),
                    TestPosts.post("c", "Panne 😡 <b>PANNE</b>", "fr", "2026-11-28T09:00:00Z"),
                    TestPosts.post("d", "Tout va bien", "fr", "2026-11-29T08:00:00Z"),
                    TestPosts.post("e", "Une panne il y a longtemps", "fr", "2026-09-01T08:00:00Z"),
                    titled("f", "Grande panne de réseau", "Rien à signaler dans le texte", "2026-11-27T08:00:00Z"));
            TopicPreview.Result result = comptoir.topicPreview().preview("w", "panne");

            assertThat(result.total()).isEqualTo(5);
            assertThat(result.recent()).isEqualTo(4);
            assertThat(result.days()).hasSize(30);
            assertThat(result.days().get(29)).isEqualTo(new TopicPreview.Day(LocalDate.parse("2026-11-30"), 1));
            assertThat(result.days().get(28)).isEqualTo(new TopicPreview.Day(LocalDate.parse("2026-11-29"), 0));
            assertThat(result.days().get(27).posts()).isEqualTo(2);
            assertThat(result.days().get(0).date()).isEqualTo(LocalDate.parse("2026-11-01"));

            assertThat(result.newest()).extracting(e -> e.stored().post().id()).containsExactly("a", "c", "b", "f", "e");
            assertThat(result.newest().get(0).text()).containsExactly(new Segment("Encore une ", false),
                    new Segment("panne", true), new Segment(" ce matin", false));
            assertThat(result.newest().get(1).text()).containsExactly(new Segment("Panne", true), new Segment(" 😡 <b>", false),
                    new Segment("PANNE", true), new Segment("</b>", false));
            assertThat(result.newest().get(2).text()).contains(new Segment("pannes", true));
            TopicPreview.Example titledPost = result.newest().get(3);
            assertThat(titledPost.title()).containsExactly(new Segment("Grande ", false), new Segment("panne", true),
                    new Segment(" de réseau", false));
            assertThat(titledPost.text()).containsExactly(new Segment("Rien à signaler dans le texte", false));
        }
    }

    @Test
    void marksPhrasesWildcardsAndHashtagsAndLeavesExclusionsUnmarked() throws Exception {
        try (Comptoir comptoir = open()) {
            store(comptoir, TestPosts.post("a", "Le service client de #Grelot ne répond pas, retards partout", "fr", "2026-11-30T08:00:00Z"));
            TopicPreview.Result result = comptoir.topicPreview().preview("w", "(\"service client\" OR #grelot) AND retard* -promo");
            assertThat(result.newest().get(0).text()).filteredOn(Segment::match).extracting(Segment::text)
                    .containsExactly("service client", "#Grelot", "retards");
        }
    }

    @Test
    void aDraftThatDoesNotParseIsRefusedWithItsColumn() {
        try (Comptoir comptoir = open()) {
            assertThatThrownBy(() -> comptoir.topicPreview().preview("w", "panne AND ("))
                    .isInstanceOf(QuerySyntaxException.class).hasMessageContaining("column 11");
        }
    }

    @Test
    void savingInTheBackgroundTagsStoredPostsAndRecordsWhoChangedTheTopic() throws Exception {
        try (Comptoir comptoir = open(); TopicSaves saves = new TopicSaves(comptoir.topics())) {
            store(comptoir, TestPosts.post("a", "Encore une panne", "fr", "2026-11-30T08:00:00Z"),
                    TestPosts.post("b", "Tout va bien", "fr", "2026-11-29T08:00:00Z"));
            String id = new Actor("marie", "127.0.0.1").run(() -> {
                try {
                    return saves.start("w", List.of(new TopicDraft("Pannes", "panne", "les pannes", TopicKind.CAMPAIGN, true),
                            new TopicDraft("Calme", "bien", null, null, null)));
                } catch (QuerySyntaxException e) {
                    throw new AssertionError(e);
                }
            });
            TopicSaves.Status status = awaitFinished(saves, id);
            assertThat(status.failure()).isNull();
            assertThat(status.saved()).isEqualTo(2);
            assertThat(status.names()).containsExactly("Pannes", "Calme");
            assertThat(saves.status("other-workspace", id)).as("a job is only seen from its workspace").isEmpty();
            Topic saved = comptoir.topics().find("w", "Pannes").orElseThrow();
            assertThat(saved.kind()).isEqualTo(TopicKind.CAMPAIGN);
            assertThat(saved.engage()).isTrue();
            assertThat(saved.updatedBy()).isEqualTo("marie");
            assertThat(comptoir.topics().find("w", "Calme").orElseThrow().kind()).isEqualTo(TopicKind.OTHER);
            assertThat(comptoir.topics().overview("w")).extracting(o -> o.topic().name(), TopicCatalog.Overview::last7Days)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Calme", 1L), org.assertj.core.groups.Tuple.tuple("Pannes", 1L));
        }
    }

    @Test
    void nothingIsSavedWhenOneDraftIsInvalid() {
        try (Comptoir comptoir = open(); TopicSaves saves = new TopicSaves(comptoir.topics())) {
            assertThatThrownBy(() -> saves.start("w", List.of(new TopicDraft("Bon", "panne", null, null, null),
                    new TopicDraft("Mauvais", "panne AND", null, null, null)))).isInstanceOf(QuerySyntaxException.class);
            assertThat(comptoir.topics().list("w")).isEmpty();
        }
    }

    @Test
    void savingAgainWithoutKindKeepsTheKindAndEngageSetting() throws Exception {
        try (Comptoir comptoir = open()) {
            comptoir.topics().save("w", "Pannes", "panne", null, TopicKind.COMPETITOR, true);
            Topic again = comptoir.topics().save("w", "Pannes", "panne OR retard", null);
            assertThat(again.kind()).isEqualTo(TopicKind.COMPETITOR);
            assertThat(again.engage()).isTrue();
            assertThat(again.updatedBy()).isEqualTo(Actor.SYSTEM.name());
        }
    }

    private static TopicSaves.Status awaitFinished(TopicSaves saves, String id) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            TopicSaves.Status status = saves.status("w", id).orElseThrow();
            if (status.finished()) {
                return status;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the save did not finish");
    }
}
