package org.comptoir.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopicQueryShapeTest {
    @Test
    void acceptsAWellFormedQuery() {
        assertThat(TopicQueryShape.problems("<<< note >>> (\"a b\" OR #tag OR @handle OR (foo NEAR/5 tartin*))"
                + " AND NOT lang:en AND site:x.example")).isEmpty();
    }

    @Test
    void reportsUnbalancedQuotesParenthesesAndComments() {
        assertThat(TopicQueryShape.problems("\"open")).contains("unbalanced quotes");
        assertThat(TopicQueryShape.problems("(a OR b")).contains("unbalanced parentheses");
        assertThat(TopicQueryShape.problems("<<< never closed a")).contains("unclosed comment");
    }

    @Test
    void reportsLowerCaseOperatorsShortWildcardsAndDanglingOperators() {
        assertThat(TopicQueryShape.problems("a or b")).anyMatch(p -> p.contains("lower case"));
        assertThat(TopicQueryShape.problems("ta*")).anyMatch(p -> p.contains("wildcard"));
        assertThat(TopicQueryShape.problems("(a AND)")).anyMatch(p -> p.contains("dangling"));
        assertThat(TopicQueryShape.problems("color:red")).anyMatch(p -> p.contains("unknown field"));
    }
}
