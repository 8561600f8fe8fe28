package org.comptoir.connector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The event-stream parsing rules of the HTML standard, line by line. */
class ServerSentEventsTest {

    private static List<ServerSentEvents.Event> feed(String... lines) {
        ServerSentEvents parser = new ServerSentEvents();
        List<ServerSentEvents.Event> events = new ArrayList<>();
        for (String line : lines) {
            ServerSentEvents.Event event = parser.line(line);
            if (event != null) {
                events.add(event);
            }
        }
        return events;
    }

    @Test
    void aBlankLineDispatchesTheTypeAndTheDataLinesJoinedByNewlines() {
        assertThat(feed("event: update", "data: {\"id\":\"1\",", "data: \"content\":\"a\"}", ""))
                .containsExactly(new ServerSentEvents.Event("update", "{\"id\":\"1\",\n\"content\":\"a\"}", ""));
    }

    @Test
    void commentsAreHeartbeatsAndOnlyOneSpaceAfterTheColonIsRemoved() {
        assertThat(feed(":)", ":thump", "data:no space", "", "data:  two spaces", ""))
                .extracting(ServerSentEvents.Event::data).containsExactly("no space", " two spaces");
    }

    @Test
    void anEventWithoutDataIsDroppedAndItsTypeForgotten() {
        assertThat(feed("event: delete", "", "data: x", "")).containsExactly(new ServerSentEvents.Event("message", "x", ""));
    }

    @Test
    void aFieldWithoutColonHasAnEmptyValueAndUnknownFieldsAndRetryAreIgnored() {
        assertThat(feed("data", "data", "retry: 3000", "foo: bar", "id: 42", "")).singleElement()
                .satisfies(event -> {
                    assertThat(event.data()).isEqualTo("\n");
                    assertThat(event.id()).isEqualTo("42");
                });
    }

    @Test
    void aPartialEventIsNeverDispatchedAfterAReset() {
        ServerSentEvents parser = new ServerSentEvents();
        parser.line("event: update");
        parser.line("data: {\"id\":\"9");
        parser.reset();
        assertThat(parser.line("")).isNull();
    }
}
