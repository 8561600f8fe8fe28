package org.comptoir.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatDetectionTest {

    @ParameterizedTest
    @CsvSource({
            "x-search-page.json, X_API",
            "x-pages.jsonl, X_API",
            "mastodon-timeline.json, MASTODON",
            "mastodon-search.json, MASTODON",
            "jetstream.jsonl, JETSTREAM",
            "wordpress-articles.rss, FEED",
            "wordpress-comments.rss, FEED",
            "comments.atom, FEED",
            "export-fr.csv, CSV"})
    void recognisesEachFixtureFromItsContentEvenWithoutAMeaningfulName(String fixture, ImportFormat expected) throws Exception {
        byte[] head = head(CollectingSink.resourceBytes(fixture));

        assertThat(PostFileReader.detect(head, "upload.bin")).isEqualTo(expected);
        assertThat(PostFileReader.detect(head, fixture)).isEqualTo(expected);
    }

    @Test
    void recognisesNativeJsonlAndAJetstreamIdentityEvent() throws Exception {
        assertThat(detect("{\"id\":\"x:1\",\"network\":\"x\",\"text\":\"t\",\"created_at\":\"2026-03-01T10:15:00Z\"}\n", null))
                .isEqualTo(ImportFormat.JSONL);
        assertThat(detect("{\"did\":\"did:plc:a\",\"time_us\":1,\"kind\":\"identity\",\"identity\":{}}", null))
                .isEqualTo(ImportFormat.JETSTREAM);
        assertThat(detect("\n\n  {\"errors\":[{\"title\":\"Not Found Error\"}]}", null)).isEqualTo(ImportFormat.X_API);
    }

    @Test
    void classifiesAMastodonStatusCutBeforeItsAccountByItsOtherKeys() throws Exception {
        String cut = "[{\"id\":\"1\",\"created_at\":\"2026-03-01T10:15:00.000Z\",\"visibility\":\"public\",\"content\":\"<p>" + "x".repeat(200);

        assertThat(detect(cut, null)).isEqualTo(ImportFormat.MASTODON);
    }

    @Test
    void usesTheExtensionOnlyWhenTheContentIsNotConclusive() throws Exception {
        assertThat(detect("[]", "empty.jsonl")).isEqualTo(ImportFormat.JSONL);
        assertThat(detect("", "nothing.csv")).isEqualTo(ImportFormat.CSV);
        assertThat(detect("text\nhello\n", "single-column.csv")).isEqualTo(ImportFormat.CSV);
        assertThat(detect("<rss/>", "feed.csv")).isEqualTo(ImportFormat.FEED);
    }

    @Test
    void saysWhatItSawWhenTheFormatIsUnknown() {
        assertThatThrownBy(() -> detect("PK\u0003\u0004 zipped", "archive.zip"))
                .isInstanceOf(UnknownFormatException.class)
                .hasMessageContaining("'archive.zip'")
                .hasMessageContaining("starts with 'PK")
                .hasMessageContaining("--format: jsonl, csv, xlsx, x (x-v2, twitter), mastodon, bluesky (jetstream), rss (atom, feed)");
        assertThatThrownBy(() -> detect("   \n", null))
                .isInstanceOf(UnknownFormatException.class)
                .hasMessageContaining("empty or blank");
    }

    @Test
    void mapsCliNamesAndAliasesBothWays() {
        for (ImportFormat format : ImportFormat.values()) {
            assertThat(ImportFormat.fromCliName(format.cliName())).isEqualTo(format);
        }
        assertThat(ImportFormat.fromCliName("Atom")).isEqualTo(ImportFormat.FEED);
        assertThat(ImportFormat.fromCliName("feed")).isEqualTo(ImportFormat.FEED);
        assertThat(ImportFormat.X_API.cliName()).isEqualTo("x");
        assertThat(List.of("x-v2", "TWITTER", "x")).allSatisfy(name -> assertThat(ImportFormat.fromCliName(name)).isEqualTo(ImportFormat.X_API));
        assertThat(List.of("bluesky", "jetstream")).allSatisfy(name -> assertThat(ImportFormat.fromCliName(name)).isEqualTo(ImportFormat.JETSTREAM));
        assertThat(ImportFormat.fromCliName("xlsx")).isEqualTo(ImportFormat.XLSX);
        assertThat(ImportFormat.fromCliName("rss")).isEqualTo(ImportFormat.FEED);
        assertThatThrownBy(() -> ImportFormat.fromCliName("tiktok"))
                .hasMessageContaining("unknown import format 'tiktok'")
                .hasMessageContaining("jsonl, csv, xlsx, x (x-v2, twitter), mastodon, bluesky (jetstream), rss (atom, feed)");
    }

    private static ImportFormat detect(String head, String name) throws UnknownFormatException {
        return PostFileReader.detect(head.getBytes(StandardCharsets.UTF_8), name);
    }

    private static byte[] head(byte[] file) {
        return Arrays.copyOf(file, Math.min(file.length, PostFileReader.DETECT_HEAD_BYTES));
    }
}
