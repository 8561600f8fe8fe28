package org.comptoir.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.comptoir.cli.IngestPeer;
import org.comptoir.post.Author;
import org.comptoir.post.Metrics;
import org.comptoir.post.Network;
import org.comptoir.post.Post;
import org.comptoir.query.QueryNode;
import org.comptoir.query.QueryParser;
import org.comptoir.topic.TopicMatcher;
import org.junit.jupiter.api.Test;

/** The OpenSearch peer on a real in-process node: it finds the (post, topic) pairs Comptoir's TopicMatcher finds. */
class OpenSearchPeerTest {
    private static final String[][] POSTS = {
            {"fr", "Encore une panne de la SNCF ce matin, l'application ne marche plus #grève"},
            {"fr", "Les trains sont en retard, le service client ne répond pas"},
            {"fr", "Le service de la boulangerie et son client fidèle"},
            {"en", "The delays on the line were awful today @sncf"},
            {"en", "Great service from the client team, no delay at all"},
            {"es", "El servicio al cliente es excelente en Madrid"},
            {"de", "Der Zug hatte wieder Verspätung #Bahn"},
            {"it", "Il servizio clienti dell'azienda è pessimo"},
            {"pt", "O atendimento ao cliente foi ótimo hoje"},
            {"fr", "Café et croissants au Fournil, tartines délicieuses"},
            {"en", "BNP and bnp are not the same for exact case"},
            {"ar", "خدمة العملاء سيئة جدا اليوم"},
            {"en", "Read www.example.org/articolo, today #Good#Times and2016#Syria news @user://www.example.it/pagina.cfm?id=2"},
    };
    private static final String[] TOPICS = {
            "panne AND sncf", "\"service client\"", "\"service client\"~5", "retard OR delay OR verspätung",
            "(service OR servicio) AND NOT boulangerie", "tartin* AND café", "#grève OR #bahn", "(client OR cliente) lang:es",
            "panne NEAR/5 application", "application", "{BNP}", "@sncf", "delays NEAR/3f line", "العملاء", "applicat* NEAR/3 marche",
            "articolo OR pagina", "#times OR syria", "#syria", "times AND #good",
    };

    @Test
    void percolatesAndIndexesEveryPostFindingTheSameTopicsAsComptoir() throws Exception {
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < POSTS.length; i++) {
            posts.add(new Post("x:" + i, Network.X, null, new Author("u" + i, "user" + i, "User", 10L + i), POSTS[i][1], null,
                    POSTS[i][0], Instant.parse("2026-10-01T10:00:00Z").plusSeconds(i), null, Metrics.NONE, null, null));
        }
        Map<String, QueryNode> topics = new LinkedHashMap<>();
        for (int i = 0; i < TOPICS.length; i++) {
            topics.put("t" + i, QueryParser.parse(TOPICS[i]));
        }
        List<Set<String>> expected;
        try (TopicMatcher matcher = new TopicMatcher(1)) {
            matcher.register(topics);
            expected = matcher.match(posts);
        }
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        IngestPeer.Result result;
        try (IngestPeer peer = IngestPeer.find().orElseThrow()) {
            assertThat(peer.name()).isEqualTo("OpenSearch 2.19.1");
            result = peer.run(posts, topics, 5, new PrintStream(log, true, StandardCharsets.UTF_8));
        }
        assertThat(result.untranslated()).isEmpty();
        assertThat(result.postsPerSecond()).isPositive();
        assertThat(expected.stream().mapToInt(Set::size).sum()).as("the fixtures match something").isGreaterThan(15);
        for (int i = 0; i < posts.size(); i++) {
            assertThat(result.matches().get(i)).as("topics of post %d: %s", i, POSTS[i][1]).isEqualTo(expected.get(i));
        }
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("warm-up pass").contains("timed pass, 13 posts percolated and indexed");
    }
}
