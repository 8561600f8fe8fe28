package org.comptoir.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.apache.lucene.index.memory.MemoryIndex;
import org.comptoir.post.Author;
import org.comptoir.post.Network;
import org.comptoir.post.Post;
import org.comptoir.store.lucene.LuceneQueryTranslator;
import org.comptoir.store.lucene.PostAnalyzers;
import org.comptoir.store.lucene.PostDocuments;
import org.junit.jupiter.api.Test;

/**
 * Random sequences of dialect fragments (fixed seed): every query either parses, translates and runs,
 * or is refused with a {@link QuerySyntaxException} whose column lies inside the query. Nothing else.
 */
class QueryParserRandomInputTest {
    private static final String[] FRAGMENTS = {"panne", "café", "\"service client\"", "\"a b\"~5", "NEAR/5", "ONEAR/3",
        "NEAR/2f", "AND", "OR", "NOT", "-", "(", ")", "\"", "*", "?", "tart*", "c?fe", "#boycott", "@sncf", "{BNP}", "<<<",
        ">>>", "lang:", "lang:fr", "network:x", "author:@m", "site:ex.org", "url:http://a/b*", "title:",
        "followers:[1000 TO *]", "followers:{5 TO 9]", "sentiment:negative", "intent:complaint", "unknown:x", "😡",
        "l'appli", "~3", "[", "]", "{", "}", ":", "\\", "NEAR/", "NEAR/0", "~", "", " ", "\t", "é", "\u0000", "\uD83D"};

    @Test
    void randomQueriesParseAndRunOrFailWithAColumnInsideTheQuery() throws Exception {
        MemoryIndex index = MemoryIndex.fromDocument(PostDocuments.toDocument(new Post("x:1", Network.X, "https://ex.org/a",
                new Author("1", "@m", "M", 2000L), "Encore une panne #boycott de l'appli café BNP 😡", "Titre", "fr",
                Instant.EPOCH, null, null, null, null), List.of()), PostAnalyzers.analyzer());
        Random random = new Random(42);
        int parsed = 0;
        int refused = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder query = new StringBuilder();
            for (int j = random.nextInt(8); j >= 0; j--) {
                query.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]).append(random.nextBoolean() ? " " : "");
            }
            String text = query.toString();
            try {
                index.search(LuceneQueryTranslator.toQuery(QueryParser.parse(text)));
                parsed++;
            } catch (QuerySyntaxException e) {
                refused++;
                assertThat(e.column()).as("column of the error in [%s]", text).isBetween(1, text.length() + 1);
                assertThat(e.getMessage()).contains("column");
            }
        }
        assertThat(parsed).isPositive();
        assertThat(refused).isPositive();
    }
}
