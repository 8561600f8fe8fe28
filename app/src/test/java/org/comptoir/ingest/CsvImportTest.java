package org.comptoir.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.comptoir.post.Author;
import org.comptoir.post.Metrics;
import org.comptoir.post.Network;
import org.comptoir.post.Post;
import org.junit.jupiter.api.Test;

class CsvImportTest {

    private static Map<String, String> frenchMapping() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("Identifiant", "id");
        map.put("Réseau", "network");
        map.put("Auteur", "author_name");
        map.put("Pseudo", "author_handle");
        map.put("Message", "text");
        map.put("Date", "created_at");
        map.put("J'aime", "likes");
        map.put("Partages", "reposts");
        return map;
    }

    @Test
    void readsAFrenchExcelExportWithBomSemicolonsAndAMultilineQuotedMessage() {
        CollectingSink sink = CollectingSink.readResource("export-fr.csv", ImportFormat.CSV, new ImportOptions(frenchMapping()));

        assertThat(sink.posts).extracting(Post::id).containsExactly("facebook:9001", "facebook:9002", "instagram:9005");
        Post first = sink.post("facebook:9001");
        assertThat(first.network()).isEqualTo(Network.FACEBOOK);
        assertThat(first.text()).isEqualTo("Retard de 45 min ce matin.\nEncore !\n\nEt personne pour nous informer");
        assertThat(first.author()).isEqualTo(new Author(null, "@marie.dupont", "Marie Dupont", null));
        assertThat(first.createdAt()).isEqualTo(Instant.parse("2026-03-01T10:15:00Z"));
        assertThat(first.metrics()).isEqualTo(new Metrics(1204, 3, 0));
        assertThat(first.raw()).contains("\"Source\":\"Page SNCF\"").contains("\"Identifiant\":\"9001\"");
    }

    @Test
    void handlesDoubledQuotesDelimitersInsideQuotesOffsetsAndDateOnlyValues() {
        CollectingSink sink = CollectingSink.readResource("export-fr.csv", ImportFormat.CSV, new ImportOptions(frenchMapping()));

        Post second = sink.post("facebook:9002");
        assertThat(second.author().name()).isEqualTo("Jean \"JP\" Pierre");
        assertThat(second.text()).isEqualTo("Le contrôleur était très sympa; merci");
        assertThat(second.createdAt()).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
        assertThat(sink.post("instagram:9005").createdAt()).isEqualTo(Instant.parse("2026-03-02T00:00:00Z"));
    }

    @Test
    void quarantinesAMissingIdAndAnUnreadableDateAtThePhysicalLineWhereTheRecordStarts() {
        byte[] file = CollectingSink.resourceBytes("export-fr.csv");
        CollectingSink sink = CollectingSink.read(file, ImportFormat.CSV, frenchMapping());

        assertThat(sink.rejections).extracting(Rejection::line).containsExactly(7L, 8L);
        assertThat(sink.rejections).extracting(Rejection::reason).containsExactly(
                "missing id: column 'Identifiant' is empty (network 'facebook' given); a post without an id cannot be de-duplicated",
                "field 'Date' is not an ISO-8601 date-time (such as 2026-03-01T10:15:00Z): '01/03/2026 13:00'");
        Rejection missingId = sink.rejections.get(0);
        byte[] expected = ";facebook;Anonyme;;Message sans identifiant;2026-03-01 12:00:00;0;0;Page SNCF".getBytes(StandardCharsets.UTF_8);
        assertThat(missingId.raw()).isEqualTo(expected);
        assertThat(java.util.Arrays.copyOfRange(file, (int) missingId.offset(), (int) missingId.offset() + expected.length)).isEqualTo(expected);
    }

    @Test
    void usesTheDocumentedColumnNamesWithoutAnyMappingAndDetectsCommas() {
        String csv = "id,network,url,author_id,author_handle,author_name,author_followers,text,title,lang,created_at,in_reply_to,likes,reposts,replies,extra\n"
                + "x:1,x,https://x.com/a/status/1,7,@a,A,1000,\"Hello, \"\"world\"\"\",,en-US,2026-03-01T10:15:00Z,x:0,1,2,3,kept\n";

        CollectingSink sink = CollectingSink.read(csv, ImportFormat.CSV);

        assertThat(sink.posts).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo("x:1");
            assertThat(p.text()).isEqualTo("Hello, \"world\"");
            assertThat(p.author()).isEqualTo(new Author("7", "@a", "A", 1000L));
            assertThat(p.lang()).isEqualTo("en");
            assertThat(p.inReplyTo()).isEqualTo("x:0");
            assertThat(p.title()).isNull();
            assertThat(p.metrics()).isEqualTo(new Metrics(1, 2, 3));
            assertThat(p.raw()).contains("\"extra\":\"kept\"");
        });
    }

    @Test
    void readsTabSeparatedFilesAndQuarantinesInvalidUtf8AndBadCountsPerRecord() {
        byte[] header = "id\tnetwork\ttext\tcreated_at\tlikes\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = "1\treview\tmauvais caf\u00e9\t2026-03-01\t0\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] rest = "2\treview\tbon\t2026-03-01\tbeaucoup\n3\treview\ttrès bon\t2026-03-01\t4\n".getBytes(StandardCharsets.UTF_8);
        byte[] file = concat(header, bad, rest);

        CollectingSink sink = CollectingSink.read(file, ImportFormat.CSV);

        assertThat(sink.posts).extracting(Post::id).containsExactly("review:3");
        assertThat(sink.rejections).extracting(Rejection::reason).containsExactly(
                "invalid UTF-8 byte 0xE9 at byte 11 of column 'text'",
                "column 'likes' (likes) is not a non-negative whole number: 'beaucoup'");
        assertThat(sink.rejections).extracting(Rejection::line).containsExactly(2L, 3L);
    }

    @Test
    void rejectsTheWholeFileOnceWhenTheHeaderLacksARequiredColumnOrAMappingNamesNoColumn() {
        CollectingSink noText = CollectingSink.read("id;network;created_at\n1;x;2026-03-01\n", ImportFormat.CSV);
        CollectingSink typo = CollectingSink.read("id;network;Message;created_at\n1;x;t;2026-03-01\n".getBytes(StandardCharsets.UTF_8),
                ImportFormat.CSV, Map.of("Mesage", "text"));

        assertThat(noText.posts).isEmpty();
        assertThat(noText.rejections).singleElement().satisfies(r -> {
            assertThat(r.reason()).startsWith("the CSV header has no column for required field(s) text (columns: id, network, created_at)");
            assertThat(r.line()).isEqualTo(1);
        });
        assertThat(typo.rejections).singleElement().satisfies(r ->
                assertThat(r.reason()).startsWith("--map Mesage=text: the header has no column 'Mesage'"));
    }

    @Test
    void quarantinesAWrongFieldCountAndAnUnterminatedQuote() {
        String csv = "id;network;text;created_at\n1;x;a;b;2026-03-01\n2;x;ok;2026-03-01\n3;x;\"never closed;2026-03-01\n";

        CollectingSink sink = CollectingSink.read(csv, ImportFormat.CSV);

        assertThat(sink.posts).extracting(Post::id).containsExactly("x:2");
        assertThat(sink.rejections).extracting(Rejection::reason).containsExactly(
                "record has 5 fields but the header has 4 (check the quoting; the delimiter is ';')",
                "unterminated quoted field (the quote opened at line 4 is never closed)");
        assertThat(sink.rejections).extracting(Rejection::line).containsExactly(2L, 4L);
    }

    @Test
    void refusesAMappingToAnUnknownField() {
        assertThatThrownBy(() -> new ImportOptions(Map.of("Message", "body")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'body' is not a Comptoir field");
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
