package org.comptoir.inbox.presence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.comptoir.inbox.presence.Presence.Present;
import org.comptoir.inbox.presence.Presence.State;
import org.junit.jupiter.api.Test;

/** Who is viewing or typing in a conversation: states, their expiry, and when listeners are told. */
class PresenceTest {
    static final class Hands extends Clock {
        Instant now = Instant.parse("2026-03-02T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void forward(Duration d) {
            now = now.plus(d);
        }
    }

    final Hands clock = new Hands();
    final Presence presence = new Presence(clock);
    final List<Presence.Key> heard = new ArrayList<>();

    {
        presence.onChange(heard::add);
    }

    @Test
    void othersSeeWhoIsViewingAndTypingButNotThemselves() {
        presence.beat("w", 1, "marie", State.VIEWING);
        presence.beat("w", 1, "paul", State.TYPING);
        assertThat(presence.others("w", 1, "marie")).containsExactly(new Present("paul", State.TYPING));
        assertThat(presence.others("w", 1, "zoe")).containsExactly(new Present("marie", State.VIEWING), new Present("paul", State.TYPING));
        assertThat(presence.typing("w", 1, "marie")).containsExactly("paul");
        assertThat(presence.typing("w", 1, "paul")).isEmpty();
        assertThat(presence.others("w", 2, "zoe")).as("another conversation").isEmpty();
        assertThat(presence.others("x", 1, "zoe")).as("the same id in another workspace").isEmpty();
    }

    @Test
    void typingFallsBackToViewingThenViewingExpires() {
        presence.beat("w", 1, "paul", State.TYPING);
        clock.forward(Presence.TYPING_FOR);
        assertThat(presence.others("w", 1, "marie")).containsExactly(new Present("paul", State.VIEWING));
        clock.forward(Presence.VIEWING_FOR.minus(Presence.TYPING_FOR).minusSeconds(1));
        assertThat(presence.others("w", 1, "marie")).hasSize(1);
        clock.forward(Duration.ofSeconds(1));
        assertThat(presence.others("w", 1, "marie")).isEmpty();
    }

    @Test
    void aViewingBeatDoesNotCutTypingShortAndBeatsRenewTheState() {
        presence.beat("w", 1, "paul", State.TYPING);
        presence.beat("w", 1, "paul", State.VIEWING);
        assertThat(presence.typing("w", 1, "marie")).containsExactly("paul");
        clock.forward(Duration.ofSeconds(25));
        presence.beat("w", 1, "paul", State.VIEWING);
        clock.forward(Duration.ofSeconds(25));
        assertThat(presence.others("w", 1, "marie")).containsExactly(new Present("paul", State.VIEWING));
    }

    @Test
    void listenersHearChangesOnlyNotRenewals() {
        presence.beat("w", 1, "paul", State.VIEWING);
        presence.beat("w", 1, "paul", State.VIEWING);
        assertThat(heard).containsExactly(new Presence.Key("w", 1));
        presence.beat("w", 1, "paul", State.TYPING);
        presence.beat("w", 1, "paul", State.TYPING);
        assertThat(heard).hasSize(2);
        presence.stoppedTyping("w", 1, "paul");
        assertThat(heard).hasSize(3);
        assertThat(presence.others("w", 1, "marie")).containsExactly(new Present("paul", State.VIEWING));
        presence.leave("w", 1, "paul");
        assertThat(heard).hasSize(4);
        assertThat(presence.others("w", 1, "marie")).isEmpty();
    }

    @Test
    void aSweepTellsAboutStatesThatExpired() {
        presence.beat("w", 1, "paul", State.TYPING);
        heard.clear();
        presence.sweep();
        assertThat(heard).as("nothing expired yet").isEmpty();
        clock.forward(Presence.TYPING_FOR);
        presence.sweep();
        assertThat(heard).containsExactly(new Presence.Key("w", 1));
        clock.forward(Presence.VIEWING_FOR);
        presence.sweep();
        assertThat(heard).hasSize(2);
        presence.sweep();
        assertThat(heard).as("gone once, told once").hasSize(2);
    }

    @Test
    void anUnknownStateNamesTheChoices() {
        assertThat(State.fromLabel(" Typing ")).isEqualTo(State.TYPING);
        assertThatThrownBy(() -> State.fromLabel("writing")).hasMessageContaining("expected viewing, typing or left");
    }
}
