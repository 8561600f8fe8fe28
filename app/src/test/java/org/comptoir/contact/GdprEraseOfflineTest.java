package org.comptoir.contact;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import org.comptoir.Comptoir;
import org.comptoir.cli.ComptoirMain;
import org.comptoir.search.PostSearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code comptoir gdpr erase --author} on a data directory no server holds: the author's posts and contact are gone, a namesake stays. */
class GdprEraseOfflineTest {
    @TempDir
    Path dir;

    @Test
    void theCommandErasesTheAuthorFromTheDataDirectory() throws Exception {
        Path data = dir.resolve("data");
        try (Comptoir comptoir = Comptoir.open(data)) {
            comptoir.workspaces().create("w", "w", null);
            String lines = ContactsApiTest.post("m:1", "mastodon", "@alice@toot.example", "Alice", "zanzibar un", "2026-03-01T10:00:00Z", null)
                    + "\n" + ContactsApiTest.post("m:2", "mastodon", "@alice@other.example", "Alice", "zanzibar deux", "2026-03-01T11:00:00Z", null)
                    + "\n";
            comptoir.importer().importStream("w", new ByteArrayInputStream(lines.getBytes(UTF_8)), "a.jsonl", null, null, null);
            comptoir.contacts().create("w", "", "", List.of(), List.of(Identity.parse("mastodon:alice@toot.example")));
        }
        assertThat(ComptoirMain.run("--data", data.toString(), "--workspace", "w", "gdpr", "erase", "--author", "mastodon:@Alice@toot.example"))
                .isZero();
        try (Comptoir comptoir = Comptoir.open(data)) {
            var found = comptoir.search().search("w", new PostSearch.Request("zanzibar", null, null, null, null, 20, null));
            assertThat(found.posts()).extracting(p -> p.post().id()).containsExactly("m:2");
            assertThat(comptoir.contacts().list("w")).isEmpty();
            assertThat(comptoir.audit().list("w", 100)).filteredOn(e -> e.action().equals("gdpr_erasure")).singleElement()
                    .satisfies(e -> assertThat(e.detail()).isEqualTo("1 account(s), 3 record(s) erased"));
        }
    }
}
