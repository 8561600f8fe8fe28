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
}
