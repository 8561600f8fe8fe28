package org.comptoir.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comptoir.testing.TestPosts.post;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.MultiMatchingQueries;
import org.apache.lucene.monitor.QueryMatch;
import org.comptoir.post.Post;
import org.comptoir.query.QueryNode;
import org.comptoir.query.QueryParser;
import org.comptoir.store.lucene.LuceneQueryTranslator;
import org.comptoir.store.lucene.PostAnalyzers;
import org.comptoir.store.lucene.PostDocuments;
import org.junit.jupiter.api.Test;

class TopicMatcherTest {
    private static final List<Post> POSTS = List.of(
            post("p:1", "Le cheval du haras est magnifique", "fr", "2026-03-01T10:00:00Z"),
            post("p:2", "The horses ran; my horse won #derby", "en", "2026-03-01T10:00:00Z"),
            post("p:3", "Los caballos corren, qué carrera", "es", "2026-03-01T10:00:00Z"),
            post("p:4", "Die Pferde laufen schnell", "de", "2026-03-01T10:00:00Z"),
            post("p:5", "I cavalli corrono veloci #derby", "it", "2026-03-01T10:00:00Z"),
            post("p:6", "Os cavalos correm muito", "pt", "2026-03-01T10:00:00Z"),
            post("p:7", "الخيول تجري بسرعة horses", "ar", "2026-03-01T10:00:00Z"),
            post("p:8", "sans langue, panne de réseau chez Grelot", null, "2026-03-01T10:00:00Z"),
            post("p:9", "Encore une panne réseau, BNP injoignable", "fr", "2026-03-01T10:00:00Z"),
            post("p:10", "network outage again, horse race cancelled", "en", "2026-03-01T10:00:00Z"));

    private static final Map<String, String> TOPICS = orderedTopics(
            "chevaux", "cheval OR horse OR caballo OR pferd OR cavallo OR cavalo",
            "panne", "panne AND (réseau OR network)",
            "near", "horse NEAR/3 race",
            "phrase", "\"panne réseau\"~1",
            "hashtag", "#derby AND NOT cheval",
            "prefix", "caball* OR cavall*",
            "case", "{BNP}",
            "lang", "(horse OR horses) lang:en",
            "notOnly", "NOT panne",
            "title", "title:horse");

    @Test
    void matchesExactlyWhatOneMonitorWithTheFullQueriesMatches() throws Exception {
        Map<String, QueryNode> parsed = new LinkedHashMap<>();
        for (Map.Entry<String, String> topic : TOPICS.entrySet()) {
            parsed.put(topic.getKey(), QueryParser.parse(topic.getValue()));
        }
        List<Set<String>> matched;
        try (TopicMatcher matcher = new TopicMatcher(2)) {
            matcher.register(parsed);
            matched = matcher.match(POSTS);
        }
        List<Set<String>> expected = new ArrayList<>();
        try (Monitor monitor = new Monitor(PostAnalyzers.analyzer())) {
            List<MonitorQuery> queries = new ArrayList<>();
            parsed.forEach((name, node) -> queries.add(new MonitorQuery(name, LuceneQueryTranslator.toQuery(node))));
            monitor.register(queries);
            Document[] docs = POSTS.stream().map(p -> PostDocuments.toDocument(p, List.of())).toArray(Document[]::new);
            MultiMatchingQueries<QueryMatch> found = monitor.match(docs, QueryMatch.SIMPLE_MATCHER);
            for (int i = 0; i < docs.length; i++) {
                expected.add(found.getMatches(i).stream().map(QueryMatch::getQueryId).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)));
            }
        }
        assertThat(matched).isEqualTo(expected);
        // the fixture exercises every language key and both kinds of outcome
        assertThat(matched.get(0)).contains("chevaux").doesNotContain("panne");
        assertThat(matched.get(1)).contains("chevaux", "hashtag", "lang");
        assertThat(matched.get(2)).contains("chevaux", "prefix");
        assertThat(matched.get(6)).containsExactly("notOnly"); // "other" languages are not stemmed: horses is not horse
        assertThat(matched.get(8)).contains("panne", "phrase", "case").doesNotContain("notOnly");
        assertThat(matched.get(9)).contains("near", "lang").doesNotContain("panne");
    }

    @Test
    void aTopicReplacedByOneThatCannotMatchALanguageNoLongerMatchesIt() throws Exception {
        try (TopicMatcher matcher = new TopicMatcher(1)) {
            matcher.register(Map.of("t", QueryParser.parse("horse")));
            assertThat(matcher.match(List.of(POSTS.get(1))).get(0)).containsExactly("t");
            matcher.register(Map.of("t", QueryParser.parse("horse lang:fr")));
            assertThat(matcher.match(List.of(POSTS.get(1))).get(0)).isEmpty();
            matcher.remove("t");
            assertThat(matcher.match(List.of(POSTS.get(0))).get(0)).isEmpty();
        }
    }

    private static Map<String, String> orderedTopics(String... pairs) {
        Map<String, String> topics = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            topics.put(pairs[i], pairs[i + 1]);
        }
        return topics;
    }
}
