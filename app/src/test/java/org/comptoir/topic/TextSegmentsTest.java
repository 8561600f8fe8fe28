package org.comptoir.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.comptoir.topic.TextSegments.Segment;
import org.comptoir.topic.TextSegments.Span;
import org.junit.jupiter.api.Test;

class TextSegmentsTest {

    @Test
    void cutsTheTextIntoPlainAndMatchedPieces() {
        assertThat(TextSegments.split("Une panne ce matin", List.of(new Span(4, 9), new Span(13, 18)))).containsExactly(
                new Segment("Une ", false), new Segment("panne", true), new Segment(" ce ", false), new Segment("matin", true));
    }

    @Test
    void overlappingAndTouchingSpansMergeInAnyOrder() {
        assertThat(TextSegments.split("service client", List.of(new Span(8, 14), new Span(0, 7), new Span(3, 7), new Span(7, 8))))
                .containsExactly(new Segment("service client", true));
    }

    @Test
    void spansOutsideTheTextAreClippedOrDropped() {
        assertThat(TextSegments.split("panne", List.of(new Span(-3, 2), new Span(4, 40), new Span(9, 12), new Span(3, 3))))
                .containsExactly(new Segment("pa", true), new Segment("nn", false), new Segment("e", true));
    }

    @Test
    void noSpanGivesTheWholeTextAndNoTextGivesNothing() {
        assertThat(TextSegments.split("rien", List.of())).containsExactly(new Segment("rien", false));
        assertThat(TextSegments.split("", List.of(new Span(0, 1)))).isEmpty();
        assertThat(TextSegments.split(null, List.of())).isEmpty();
    }

    @Test
    void neverCutsAnEmojiInHalf() {
        String text = "ok 😡 ok";
        assertThat(TextSegments.split(text, List.of(new Span(4, 5)))).containsExactly(
                new Segment("ok ", false), new Segment("😡", true), new Segment(" ok", false));
    }

    @Test
    void markupInThePostStaysPlainTextInItsSegments() {
        String text = "<img src=x onerror=alert(1)> panne";
        List<Segment> segments = TextSegments.split(text, List.of(new Span(29, 34)));
        assertThat(segments).containsExactly(new Segment("<img src=x onerror=alert(1)> ", false), new Segment("panne", true));
    }
}
