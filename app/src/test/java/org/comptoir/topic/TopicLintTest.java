package org.comptoir.topic;

import static org.assertj.core.api.Assertions.assertThat;

import org.comptoir.query.QueryHint;
import org.junit.jupiter.api.Test;

class TopicLintTest {

    @Test
    void cutsTheQueryAroundTheErrorColumn() {
        TopicLint lint = TopicLint.of("panne AND (retard OR bug");
        assertThat(lint.ok()).isFalse();
        assertThat(lint.problem()).isEqualTo("unbalanced parenthesis");
        assertThat(lint.column()).isEqualTo(11);
        assertThat(lint.before()).isEqualTo("panne AND ");
        assertThat(lint.at()).isEqualTo("(");
        assertThat(lint.after()).isEqualTo("retard OR bug");
    }

    @Test
    void anErrorAtTheEndMarksASpaceAfterTheText() {
        TopicLint lint = TopicLint.of("😡 AND");
        assertThat(lint.column()).isEqualTo(3);
        assertThat(lint.before() + "[" + lint.at() + "]" + lint.after()).isEqualTo("😡 [A]ND");
        TopicLint quote = TopicLint.of("a \"b");
        assertThat(quote.at()).isEqualTo("\"");
    }

    @Test
    void aQueryThatParsesMayStillCarryHints() {
        TopicLint lint = TopicLint.of("panne and retard");
        assertThat(lint.ok()).isTrue();
        assertThat(lint.column()).isZero();
        assertThat(lint.hints()).extracting(QueryHint::kind).containsExactly(QueryHint.Kind.LOWERCASE_OPERATOR);
    }

    @Test
    void nothingWrittenHasNothingToSay() {
        TopicLint lint = TopicLint.of("  ");
        assertThat(lint.ok()).isTrue();
        assertThat(lint.blank()).isTrue();
        assertThat(lint.hints()).isEmpty();
    }
}
