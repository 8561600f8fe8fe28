package org.comptoir.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comptoir.testing.TestPosts.jsonl;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImportPreviewTest {

    private static byte[] csv(int records) {
        StringBuilder csv = new StringBuilder("Identifiant;Réseau;Message;Quand;J'aime\n");
        for (int i = 1; i <= records; i++) {
            csv.append(i).append(";facebook;Message numéro ").append(i).append(";2026-03-01T10:00:00Z;")
                    .append(i == 2 ? "beaucoup" : "3").append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void showsTheFirstTenRecordsAsTheImportWillReadThemWithTheChosenMapping() {
        ImportPreview preview = ImportPreview.of(csv(50), "export.csv", true, null, Map.of("Quand", "created_at"), true);
        assertThat(preview.format()).isEqualTo(ImportFormat.CSV);
        assertThat(preview.mapping().fields()).containsExactly("id", "network", "text", "created_at", "likes");
        assertThat(preview.ready()).isTrue();
        assertThat(preview.rows()).hasSize(ImportPreview.ROWS);
        assertThat(preview.rows().get(0).post().id()).isEqualTo("facebook:1");
        assertThat(preview.rows().get(0).post().text()).isEqualTo("Message numéro 1");
        ImportPreview.Row rejected = preview.rows().get(1);
        assertThat(rejected.rejected()).isTrue();
        assertThat(rejected.line()).isEqualTo(3);
        assertThat(rejected.reason()).contains("'J'aime' (likes) is not a non-negative whole number: 'beaucoup'");
        assertThat(rejected.raw()).startsWith("2;facebook;");
        assertThat(preview.command()).isEqualTo("comptoir import --map Identifiant=id --map 'Réseau=network' --map Message=text"
                + " --map Quand=created_at --map 'J'\\''aime=likes' export.csv");
    }

    @Test
    void aRequiredFieldWithoutAColumnIsShownAndTheFileIsOneRejection() {
        ImportPreview preview = ImportPreview.of(csv(3), "export.csv", true, null, Map.of(), true);
        assertThat(preview.mapping().missing()).containsExactly("created_at");
        assertThat(preview.ready()).isFalse();
        assertThat(preview.rows()).singleElement().satisfies(row -> assertThat(row.reason())
                .contains("no column for required field(s) created_at"));
    }

    @Test
    void theFirstBytesOfALargeFileLeaveOutTheCutRecord() {
        byte[] head = (jsonl("m:1", "Bonjour", "fr", "2026-03-01T10:00:00Z") + "\n" + "{\"id\":\"m:2\",\"netw")
                .getBytes(StandardCharsets.UTF_8);
        ImportPreview preview = ImportPreview.of(head, "posts.jsonl", false, null, Map.of(), true);
        assertThat(preview.format()).isEqualTo(ImportFormat.JSONL);
        assertThat(preview.partial()).isTrue();
        assertThat(preview.rows()).singleElement().satisfies(row -> assertThat(row.post().id()).isEqualTo("m:1"));
        assertThat(preview.mapping()).isNull();
    }

    @Test
    void anUnrecognisedFileSaysWhy() {
        ImportPreview preview = ImportPreview.of("just some words".getBytes(StandardCharsets.UTF_8), "notes.txt", true, null, Map.of(), true);
        assertThat(preview.format()).isNull();
        assertThat(preview.ready()).isFalse();
        assertThat(preview.problem()).contains("just some words");
    }

    @Test
    void aChosenFormatIsUsedAsIs() {
        byte[] feed = "<rss version=\"2.0\"><channel><title>t</title></channel></rss>".getBytes(StandardCharsets.UTF_8);
        ImportPreview preview = ImportPreview.of(feed, "x.xml", true, ImportFormat.JSONL, Map.of(), true);
        assertThat(preview.format()).isEqualTo(ImportFormat.JSONL);
        assertThat(preview.rows()).allSatisfy(row -> assertThat(row.rejected()).isTrue());
    }
}
