package org.comptoir.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.comptoir.connector.Prefilter;
import org.junit.jupiter.api.Test;

class KeywordPrefilterTest {

    @Test
    void keepsEventsHoldingAnyTopicsWordWhateverItsCaseAccentsOrEnding() {
        Prefilter filter = KeywordPrefilter.of(List.of("fournil AND (pain OR baguette)", "\"service client\" AND NOT bot"));
        assertThat(filter.mayMatch("{\"text\":\"Le FOURNIL du coin\"}")).isTrue();
        assertThat(filter.mayMatch("{\"text\":\"Les fournils ferment\"}")).as("plural").isTrue();
        assertThat(filter.mayMatch("{\"text\":\"un SERVICE nul\"}")).as("the phrase's longest word").isTrue();
        assertThat(filter.mayMatch("{\"text\":\"Il fait beau\"}")).isFalse();
    }

    @Test
    void comparesWithoutAccents() {
        Prefilter filter = KeywordPrefilter.of(List.of("réclamation"));
        assertThat(filter.mayMatch("{\"text\":\"Une RECLAMATION de plus\"}")).isTrue();
        assertThat(filter.mayMatch("{\"text\":\"une réclamation\"}")).isTrue();
    }

    @Test
    void hashtagsHandlesAndWildcardsAnchorOnTheirLiteralStart() {
        Prefilter filter = KeywordPrefilter.of(List.of("#boycott OR @sncf OR livr*"));
        assertThat(filter.mayMatch("#Boycott")).isTrue();
        assertThat(filter.mayMatch("merci @SNCF")).isTrue();
        assertThat(filter.mayMatch("la livraison")).isTrue();
        assertThat(filter.mayMatch("rien à voir")).isFalse();
    }

    @Test
    void aTopicWithoutAnyWordDisablesThePrefilter() {
        assertThat(KeywordPrefilter.of(List.of("fournil", "lang:fr"))).isSameAs(Prefilter.ALL);
        assertThat(KeywordPrefilter.of(List.of("NOT spam"))).isSameAs(Prefilter.ALL);
        assertThat(KeywordPrefilter.of(List.of())).as("no topic: follow everything").isSameAs(Prefilter.ALL);
    }

    @Test
    void anAndNeedsOnlyItsMostSelectiveClause() {
        assertThat(TopicAnchors.of(List.of("lang:fr AND fournil"))).containsExactly("fourn");
        assertThat(TopicAnchors.of(List.of("(a1 OR b2 OR c3) AND fournil"))).containsExactly("fourn");
    }
}
