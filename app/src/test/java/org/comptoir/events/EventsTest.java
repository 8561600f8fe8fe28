package org.comptoir.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventsTest {
    record Happened(String what) {
    }

    @Test
    void listenersHearTheirTypeInOrderWithTheActorOfThePublisher() {
        Events events = new Events();
        List<String> heard = new ArrayList<>();
        events.subscribe(Happened.class, e -> heard.add("first " + e.what() + " by " + Actor.current().name()));
        events.subscribe(Happened.class, e -> heard.add("second " + e.what()));
        events.subscribe(String.class, e -> heard.add("never"));
        new Actor("marie", "10.0.0.1").run(() -> {
            events.publish(new Happened("saved"));
            return null;
        });
        assertThat(heard).containsExactly("first saved by marie", "second saved");
        assertThat(Actor.current()).isEqualTo(Actor.SYSTEM);
    }

    @Test
    void aStrictListenerFailsThePublisher() {
        Events events = new Events();
        events.subscribeStrictly(Happened.class, e -> {
            throw new IllegalStateException("backfill failed");
        });
        assertThatThrownBy(() -> events.publish(new Happened("x"))).hasMessage("backfill failed");
    }
}
