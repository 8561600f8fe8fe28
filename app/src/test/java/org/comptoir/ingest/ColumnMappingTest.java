package org.comptoir.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {

    @Test
    void proposesFieldsForUsualExportNamesInFrenchAndEnglish() {
        ColumnMapping mapping = ColumnMapping.of(List.of("Identifiant", "Réseau", "Message", "Date de publication", "J'aime", "Shares"),
                Map.of(), true);
        assertThat(mapping.fields()).containsExactly("id", "network", "text", "created_at", "likes", "reposts");
        assertThat(mapping.missing()).isEmpty();
        assertThat(mapping.asMappings()).containsExactly("Identifiant=id", "Réseau=network", "Message=text",
                "Date de publication=created_at", "J'aime=likes", "Shares=reposts");
    }

    @Test
    void aHeaderNamedLikeAFieldWinsAndNoFieldIsProposedTwice() {
        ColumnMapping mapping = ColumnMapping.of(List.of("Message", "text", "Contenu", "id", "network", "created_at"), Map.of(), true);
        assertThat(mapping.fields()).containsExactly(null, "text", null, "id", "network", "created_at");
        assertThat(mapping.asMappings()).isEmpty();
    }

    @Test
    void aGivenMappingWinsAndWithoutProposalsOnlyNaturalNamesAreAdded() {
        ColumnMapping mapping = ColumnMapping.of(List.of("Quand", "Message", "id", "Réseau"), Map.of("quand", "created_at"), false);
        assertThat(mapping.fields()).containsExactly("created_at", null, "id", null);
        assertThat(mapping.missing()).containsExactly("network", "text");
        assertThat(mapping.options().columnMap()).containsExactly(Map.entry("Quand", "created_at"), Map.entry("id", "id"));
    }

    @Test
    void unknownNamesAreLeftToTheUser() {
        assertThat(ColumnMapping.usualField("Quand")).isNull();
        assertThat(ColumnMapping.usualField("  NB ABONNÉS ")).isEqualTo("author_followers");
    }

    @Test
    void aKnownExportHeaderIsMappedByItsShapeAndItsNetworkIsNotReportedMissing() throws Exception {
        List<String> header = PostFileReader.csvHeader(CollectingSink.resourceBytes("twarc2.csv"));
        ColumnMapping mapping = ColumnMapping.of(header, Map.of(), false);

        assertThat(mapping.shapeLabel()).isEqualTo("twarc2 CSV");
        assertThat(mapping.missing()).as("twarc2 is X: the network comes from the shape").isEmpty();
        assertThat(mapping.asMappings()).contains("author.username=author_handle", "public_metrics.like_count=likes",
                "referenced_tweets.replied_to.id=in_reply_to");

        CollectingSink sink = new CollectingSink();
        new PostFileReader().read(new java.io.ByteArrayInputStream(CollectingSink.resourceBytes("twarc2.csv")), "twarc2.csv",
                ImportFormat.CSV, mapping.options(), sink);
        assertThat(sink.posts).as("the page's explicit mapping reads the file as the shape does").hasSize(2);
        assertThat(sink.posts.get(0).metrics().reposts()).isEqualTo(8);
    }

    @Test
    void theHeaderOfABrandwatchExportIsFoundAfterItsReportLines() throws Exception {
        List<String> header = PostFileReader.csvHeader(CollectingSink.resourceBytes("brandwatch.csv"));

        assertThat(header).startsWith("Query Id", "Query Name", "Date");
        ColumnMapping mapping = ColumnMapping.of(header, Map.of(), true);
        assertThat(mapping.shapeLabel()).isEqualTo("Brandwatch mentions export");
        assertThat(mapping.missing()).isEmpty();

        CollectingSink sink = CollectingSink.readResource("brandwatch.csv", ImportFormat.CSV, mapping.options());
        assertThat(sink.posts).as("the page's mapping names the later header's columns").hasSize(2);
        assertThat(sink.rejections).extracting(Rejection::line).containsExactly(8L);
    }
}
