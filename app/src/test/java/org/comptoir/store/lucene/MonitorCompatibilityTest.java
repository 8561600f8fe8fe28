package org.comptoir.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.monitor.MatchingQueries;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.QueryMatch;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.comptoir.post.Post;
import org.comptoir.query.QueryParser;
import org.junit.jupiter.api.Test;

/** Translated topic queries run inside Lucene Monitor, on the same reusable documents as the index. */
class MonitorCompatibilityTest {
    private static final Map<String, String> TOPICS = Map.of(
            "pannes", "(panne OR retard) -bnp",
            "boycott-tag", "#boycott",
            "sncf-handle", "@sncf NEAR/5 #boycott",
            "cafes", "c?fe OR tartin*",
            "service", "\"service client\"~2 lang:(fr OR en)",
            "big-accounts", "followers:[1000 TO *] sentiment:positive",
            "not-french", "NOT lang:fr",
            "bnp-exact", "{BNP}",
            "example-site", "site:example.org title:pannes");

    private static Set<String> matches(Monitor monitor, Post post) throws Exception {
        MatchingQueries<QueryMatch> result = monitor.match(PostDocuments.toDocument(post, List.of()),
                QueryMatch.SIMPLE_MATCHER);
        return result.getMatches().stream().map(QueryMatch::getQueryId).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void monitorMatchesEachPostAgainstTheTranslatedTopics() throws Exception {
        try (Monitor monitor = new Monitor(PostAnalyzers.analyzer())) {
            for (Map.Entry<String, String> topic : TOPICS.entrySet()) {
                monitor.register(new MonitorQuery(topic.getKey(),
                        LuceneQueryTranslator.toQuery(QueryParser.parse(topic.getValue()))));
            }
            List<Post> posts = SamplePosts.all();
            assertThat(matches(monitor, posts.get(0))).containsExactly("boycott-tag", "pannes", "sncf-handle");
            assertThat(matches(monitor, posts.get(1))).containsExactly("cafes", "service");
            assertThat(matches(monitor, posts.get(2))).containsExactly("big-accounts", "bnp-exact", "not-french");
            assertThat(matches(monitor, posts.get(3))).containsExactly("example-site");
            assertThat(matches(monitor, posts.get(4))).containsExactly("cafes");
            assertThat(matches(monitor, posts.get(5))).containsExactly("not-french", "service");
        }
    }

    @Test
    void theSameDocumentInstanceGoesToMonitorAndToTheIndexWriter() throws Exception {
        Post post = SamplePosts.all().get(0);
        Document doc = PostDocuments.toDocument(post, List.of("pannes"));
        try (Monitor monitor = new Monitor(PostAnalyzers.analyzer());
             ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(PostAnalyzers.analyzer()))) {
            monitor.register(new MonitorQuery("t", LuceneQueryTranslator.toQuery(QueryParser.parse("l'application"))));
            assertThat(monitor.match(doc, QueryMatch.SIMPLE_MATCHER).getMatchCount()).isEqualTo(1);
            writer.addDocument(doc);
            writer.commit();
            assertThat(monitor.match(doc, QueryMatch.SIMPLE_MATCHER).getMatchCount()).isEqualTo(1);
            assertThat(writer.getDocStats().numDocs).isEqualTo(1);
        }
    }
}
