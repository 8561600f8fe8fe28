package org.comptoir.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.comptoir.topic.TopicFile.Problem;
import org.junit.jupiter.api.Test;

class TopicFileTest {
    static final Instant T = Instant.parse("2026-11-01T10:00:00Z");

    static Topic topic(String name, TopicKind kind, String query) {
        return new Topic("w", name, query, null, kind, false, T, T, "marie");
    }

    @Test
    void readsACsvWithQuotedQueriesHoldingCommasQuotesAndLineBreaks() {
        String csv = "name,kind,query\r\n"
                + "Fournil,brand,\"\"\"Fournil Dupain\"\" OR #FournilDupain\"\r\n"
                + "Concurrent,competitor,\"levain, vagabond\"\r\n"
                + "Multi,campaign,\"panne\nOR retard\"\r\n";
        TopicFile.Read read = TopicFile.read("topics.csv", csv);
        assertThat(read.problems()).isEmpty();
        assertThat(read.drafts()).containsExactly(
                new TopicDraft("Fournil", "\"Fournil Dupain\" OR #FournilDupain", null, TopicKind.BRAND, null),
                new TopicDraft("Concurrent", "levain, vagabond", null, TopicKind.COMPETITOR, null),
                new TopicDraft("Multi", "panne\nOR retard", null, TopicKind.CAMPAIGN, null));
    }

    @Test
    void readsSemicolonsColumnsInAnyOrderAndAnOptionalKind() {
        String csv = "\uFEFFQuery;Name;Engage\n(sncf OR ratp) AND panne*;Transports;yes\n";
        assertThat(TopicFile.read("export.csv", csv).drafts()).containsExactly(
                new TopicDraft("Transports", "(sncf OR ratp) AND panne*", null, null, true));
    }

    @Test
    void readsAJsonArrayOrAnObjectHoldingTopics() {
        String json = "[{\"name\":\"Grelot\",\"kind\":\"brand\",\"query\":\"grelot NEAR/5 forfait\",\"engage\":true},"
                + "{\"name\":\"Autre\",\"query\":\"vélo*\"}]";
        assertThat(TopicFile.read("topics.json", json).drafts()).containsExactly(
                new TopicDraft("Grelot", "grelot NEAR/5 forfait", null, TopicKind.BRAND, true),
                new TopicDraft("Autre", "vélo*", null, null, null));
        assertThat(TopicFile.read(null, "{\"topics\":[{\"name\":\"A\",\"query\":\"a\"}]}").drafts()).hasSize(1);
    }

    @Test
    void namesEveryBadEntryWithItsLineAndKeepsOnlyTheGoodOnes() {
        String csv = "name,kind,query\n"
                + "Bon,brand,panne\n"
                + "Mauvais,brand,panne AND (retard\n"
                + "Type,rival,panne\n"
                + "Bon,other,retard\n"
                + "a/b,brand,panne\n";
        TopicFile.Read read = TopicFile.read("t.csv", csv);
        assertThat(read.drafts()).extracting(TopicDraft::name).containsExactly("Bon");
        assertThat(read.problems()).extracting(Problem::line).containsExactly(3, 4, 5, 6);
        assertThat(read.problems().get(0).message()).contains("Mauvais").contains("unbalanced parenthesis at column 11");
        assertThat(read.problems().get(1).message()).contains("unknown topic kind 'rival'");
        assertThat(read.problems().get(2).message()).contains("twice");
        assertThat(read.problems().get(3).message()).contains("invalid topic name");
    }

    @Test
    void refusesFilesWithoutAHeaderOrThatAreNotJson() {
        assertThat(TopicFile.read("t.csv", "Fournil,brand,panne\n").problems()).extracting(Problem::message)
                .containsExactly("the first line must name the columns: name, kind, query");
        assertThat(TopicFile.read("t.json", "[{").problems()).hasSize(1);
        assertThat(TopicFile.read("t.csv", "").problems()).extracting(Problem::message).containsExactly("the file is empty");
    }

    @Test
    void whatIsWrittenReadsBackTheSameInBothFormats() {
        List<Topic> topics = List.of(topic("Fournil", TopicKind.BRAND, "\"Fournil Dupain\" OR #FournilDupain"),
                topic("Sans pub", TopicKind.OTHER, "-pub -spam"),
                topic("Multi", TopicKind.CAMPAIGN, "panne,\nretard"));
        for (TopicFile.Format format : TopicFile.Format.values()) {
            TopicFile.Read read = TopicFile.read("t." + format.name().toLowerCase(), TopicFile.write(topics, format));
            assertThat(read.problems()).as(format.name()).isEmpty();
            assertThat(read.drafts()).as(format.name()).extracting(TopicDraft::name, TopicDraft::kind, TopicDraft::query)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Fournil", TopicKind.BRAND, "\"Fournil Dupain\" OR #FournilDupain"),
                            org.assertj.core.groups.Tuple.tuple("Sans pub", TopicKind.OTHER, "-pub -spam"),
                            org.assertj.core.groups.Tuple.tuple("Multi", TopicKind.CAMPAIGN, "panne,\nretard"));
        }
    }

    @Test
    void csvCellsThatLookLikeFormulasAreDefused() {
        String csv = TopicFile.write(List.of(topic("Sans pub", TopicKind.OTHER, "-pub")), TopicFile.Format.CSV);
        assertThat(csv).isEqualTo("name,kind,query,engage\r\nSans pub,other,'-pub,false\r\n");
    }
}
