package org.comptoir.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.comptoir.post.Post;
import org.comptoir.query.QueryParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every behaviour of the topic dialect, checked on a real Lucene index of French and English posts. */
class TopicQueryMatchingTest {
    private static final ByteBuffersDirectory DIRECTORY = new ByteBuffersDirectory();
    private static DirectoryReader reader;

    @BeforeAll
    static void index() throws IOException {
        try (IndexWriter writer = new IndexWriter(DIRECTORY, new IndexWriterConfig(PostAnalyzers.analyzer()))) {
            for (Post post : SamplePosts.all()) {
                writer.addDocument(PostDocuments.toDocument(post, List.of("topic-a")));
            }
        }
        reader = DirectoryReader.open(DIRECTORY);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        DIRECTORY.close();
    }

    private static Set<String> ids(String query) throws Exception {
        IndexSearcher searcher = new IndexSearcher(reader);
        Set<String> ids = new TreeSet<>();
        for (ScoreDoc hit : searcher.search(LuceneQueryTranslator.toQuery(QueryParser.parse(query)), 100).scoreDocs) {
            ids.add(searcher.storedFields().document(hit.doc).get(PostFields.ID));
        }
        return ids;
    }

    @Test
    void wordsMatchRegardlessOfCaseAndAccents() throws Exception {
        assertThat(ids("cafe")).contains("x:2").isEqualTo(ids("CAFÉ"));
        assertThat(ids("ferre")).containsExactly("rss:4");
    }

    @Test
    void frenchElisionIsRemoved() throws Exception {
        assertThat(ids("application")).contains("mastodon:1");
        assertThat(ids("l'application")).isEqualTo(ids("application"));
    }

    @Test
    void wordsAreStemmedInThePostLanguage() throws Exception {
        assertThat(ids("panne")).containsExactly("mastodon:1", "rss:4");
        assertThat(ids("pannes")).containsExactly("mastodon:1", "rss:4");
        assertThat(ids("delay")).containsExactly("bluesky:3");
    }

    @Test
    void aPlainWordAlsoFindsTheHashtagButAHashtagFindsOnlyTheHashtag() throws Exception {
        assertThat(ids("boycott")).containsExactly("mastodon:1", "x:6");
        assertThat(ids("#boycott")).containsExactly("mastodon:1");
        assertThat(ids("#Boycott")).containsExactly("mastodon:1");
    }

    @Test
    void aPlainWordAlsoFindsTheHandleButAHandleFindsOnlyTheHandle() throws Exception {
        assertThat(ids("sncf")).containsExactly("mastodon:1", "x:6");
        assertThat(ids("@sncf")).containsExactly("mastodon:1");
        assertThat(ids("@marie@piaille.fr")).containsExactly("x:2");
    }

    @Test
    void wildcardsMatchWrittenWordsFolded() throws Exception {
        assertThat(ids("c?fe")).containsExactly("x:2");
        assertThat(ids("appli*")).containsExactly("mastodon:1", "reddit:5");
        assertThat(ids("tartin*")).containsExactly("reddit:5");
    }

    @Test
    void bracesMatchTheExactCase() throws Exception {
        assertThat(ids("{BNP}")).containsExactly("bluesky:3");
        assertThat(ids("bnp")).containsExactly("bluesky:3", "rss:4");
    }

    @Test
    void phrasesAreAdjacentUnlessGivenASlopWhichAllowsAnyOrder() throws Exception {
        assertThat(ids("\"service client\"")).containsExactly("x:2");
        assertThat(ids("\"service client\"~2")).containsExactly("x:2", "x:6");
        assertThat(ids("\"customer services\"")).containsExactly("bluesky:3");
    }

    @Test
    void nearIsUnorderedWhileOnearAndNearFAreOrdered() throws Exception {
        assertThat(ids("panne NEAR/2 matin")).containsExactly("mastodon:1");
        assertThat(ids("matin NEAR/2 panne")).containsExactly("mastodon:1");
        assertThat(ids("panne NEAR/0 matin")).isEmpty();
        assertThat(ids("panne NEAR/2f matin")).containsExactly("mastodon:1");
        assertThat(ids("matin NEAR/2f panne")).isEmpty();
        assertThat(ids("matin ONEAR/2 panne")).isEmpty();
        assertThat(ids("(retard OR panne) NEAR/3 \"ce matin\"")).containsExactly("mastodon:1");
        assertThat(ids("appli* NEAR/4 {BNP}")).isEmpty();
        assertThat(ids("tartin* NEAR/2 caf*")).containsExactly("reddit:5");
        assertThat(ids("{BNP} NEAR/1 jobs")).containsExactly("bluesky:3");
        assertThat(ids("{bnp} NEAR/1 jobs")).isEmpty();
        assertThat(ids("#boycott NEAR/5 @sncf")).containsExactly("mastodon:1");
    }

    @Test
    void booleanOperatorsFollowPrecedence() throws Exception {
        assertThat(ids("panne AND (bnp OR sncf)")).containsExactly("mastodon:1", "rss:4");
        assertThat(ids("panne bnp OR delay")).containsExactly("bluesky:3", "rss:4");
        assertThat(ids("panne -bnp")).containsExactly("mastodon:1");
        assertThat(ids("sncf and")).isEmpty();
    }

    @Test
    void aQueryOfOnlyExclusionsMatchesEverythingElse() throws Exception {
        assertThat(ids("-panne")).containsExactly("bluesky:3", "reddit:5", "x:2", "x:6");
        assertThat(ids("NOT lang:fr NOT #boycott")).containsExactly("bluesky:3", "x:6");
        assertThat(ids("sncf OR NOT lang:fr")).containsExactly("bluesky:3", "mastodon:1", "x:6");
    }

    @Test
    void commentsAreIgnored() throws Exception {
        assertThat(ids("panne <<< pas les pannes de courant >>>")).isEqualTo(ids("panne"));
    }

    @Test
    void plainWordsSearchTheTitleToo() throws Exception {
        assertThat(ids("réseau")).containsExactly("rss:4");
        assertThat(ids("title:pannes")).containsExactly("rss:4");
        assertThat(ids("title:retour")).isEmpty();
        assertThat(ids("title:\"réseau ferré\"")).containsExactly("rss:4");
    }

    @Test
    void keywordFieldsFilterByLanguageNetworkAuthorSiteAndUrl() throws Exception {
        assertThat(ids("lang:en")).containsExactly("bluesky:3", "x:6");
        assertThat(ids("language:(fr OR EN)")).hasSize(6);
        assertThat(ids("network:twitter")).containsExactly("x:2", "x:6");
        assertThat(ids("author:@Marie@piaille.fr")).containsExactly("mastodon:1");
        assertThat(ids("author:marie")).containsExactly("mastodon:1");
        assertThat(ids("author:PAUL")).containsExactly("x:2");
        assertThat(ids("site:example.org")).containsExactly("reddit:5", "rss:4");
        assertThat(ids("site:https://blog.example.org/")).containsExactly("rss:4");
        assertThat(ids("url:https://x.com/paul/status/2")).containsExactly("x:2");
        assertThat(ids("url:https://blog.example.org/*")).containsExactly("rss:4");
    }

    @Test
    void followersRangesHonourInclusiveExclusiveAndOpenBounds() throws Exception {
        assertThat(ids("followers:[1000 TO *]")).containsExactly("bluesky:3", "mastodon:1");
        assertThat(ids("followers:{50 TO 20000}")).containsExactly("mastodon:1");
        assertThat(ids("followers:[* TO 50]")).containsExactly("x:2", "x:6");
        assertThat(ids("followers:50")).containsExactly("x:2");
    }

    @Test
    void sentimentAndIntentFilterAnalysedPosts() throws Exception {
        assertThat(ids("sentiment:negative")).containsExactly("mastodon:1");
        assertThat(ids("intent:praise -lang:en")).containsExactly("x:2");
    }

    @Test
    void emojiAreSearchable() throws Exception {
        assertThat(ids("😡")).containsExactly("mastodon:1");
        assertThat(ids("☕ OR 😡")).containsExactly("mastodon:1", "x:2");
    }
}
