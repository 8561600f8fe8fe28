package org.comptoir.inbox.presence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Who is viewing or typing a reply in each conversation, in this process's memory. A page renews its state with
 * {@link #beat}: viewing lasts {@link #VIEWING_FOR} and typing {@link #TYPING_FOR} unless renewed (typing falls back to
 * viewing), so a closed tab or a lost connection disappears by itself. Listeners hear each conversation whose visible
 * state changed (someone came, left, started or stopped typing), after a beat, a leave or a {@link #sweep}.
 */
public final class Presence {
    public static final Duration VIEWING_FOR = Duration.ofSeconds(30);
    public static final Duration TYPING_FOR = Duration.ofSeconds(8);

    /** What someone does in a conversation. */
    public enum State {
        VIEWING, TYPING;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** {@code viewing} or {@code typing}; anything else is a 400 naming the choices. */
        public static State fromLabel(String label) {
            for (State s : values()) {
                if (s.label().equalsIgnoreCase(label == null ? "" : label.strip())) {
                    return s;
                }
            }
            throw new IllegalArgumentException("unknown presence state '" + label + "' (expected viewing, typing or left)");
        }
    }

    /** One person in a conversation and what they do. */
    public record Present(String user, State state) {
    }

    /** A conversation of a workspace. */
    public record Key(String workspace, long conversation) {
    }

    private record Until(Instant viewing, Instant typing) {
        State state(Instant now) {
            return now.isBefore(typing) ? State.TYPING : now.isBefore(viewing) ? State.VIEWING : null;
        }
    }

    private final Clock clock;
    private final Map<Key, Map<String, Until>> live = new ConcurrentHashMap<>();
    private final Map<Key, List<Present>> published = new ConcurrentHashMap<>();
    private final List<Consumer<Key>> listeners = new CopyOnWriteArrayList<>();

    public Presence(Clock clock) {
        this.clock = clock;
    }

    /** Calls {@code listener} with each conversation whose people or states changed. */
    public void onChange(Consumer<Key> listener) {
        listeners.add(listener);
    }

    /** {@code user} is viewing (or typing in) the conversation; renews their state. */
    public void beat(String workspace, long conversation, String user, State state) {
        Instant now = clock.instant();
        Key key = new Key(workspace, conversation);
        live.computeIfAbsent(key, k -> new ConcurrentHashMap<>()).compute(user, (u, before) -> {
            Instant viewing = later(now.plus(VIEWING_FOR), before == null ? null : before.viewing());
            Instant typing = state == State.TYPING ? now.plus(TYPING_FOR) : before == null ? now : before.typing();
            return new Until(viewing, typing);
        });
        publishIfChanged(key);
    }

    /** {@code user} left the conversation (closed the page). */
    public void leave(String workspace, long conversation, String user) {
        Key key = new Key(workspace, conversation);
        Map<String, Until> people = live.get(key);
        if (people != null) {
            people.remove(user);
        }
        publishIfChanged(key);
    }

    /** {@code user} sent their reply: they are no longer typing (still viewing). */
    public void stoppedTyping(String workspace, long conversation, String user) {
        Key key = new Key(workspace, conversation);
        Map<String, Until> people = live.get(key);
        if (people != null) {
            people.computeIfPresent(user, (u, until) -> new Until(until.viewing(), clock.instant()));
        }
        publishIfChanged(key);
    }

    /** The people in the conversation now, except {@code except} (the one asking), by name. */
    public List<Present> others(String workspace, long conversation, String except) {
        return now(new Key(workspace, conversation)).stream().filter(p -> !p.user().equals(except)).toList();
    }

    /** The people typing a reply in the conversation now, except {@code except}. */
    public List<String> typing(String workspace, long conversation, String except) {
        return others(workspace, conversation, except).stream().filter(p -> p.state() == State.TYPING).map(Present::user).toList();
    }

    /** Forgets expired states and tells the listeners about conversations whose state changed meanwhile. */
    public void sweep() {
        for (Key key : new ArrayList<>(live.keySet())) {
            Instant now = clock.instant();
            live.computeIfPresent(key, (k, people) -> {
                people.values().removeIf(until -> until.state(now) == null);
                return people.isEmpty() ? null : people;
            });
            publishIfChanged(key);
        }
    }

    private List<Present> now(Key key) {
        Instant now = clock.instant();
        Map<String, Until> people = live.getOrDefault(key, Map.of());
        List<Present> list = new ArrayList<>();
        people.forEach((user, until) -> {
            State state = until.state(now);
            if (state != null) {
                list.add(new Present(user, state));
            }
        });
        list.sort(Comparator.comparing(Present::user));
        return list;
    }

    /** Tells the listeners when the key's visible state differs from what they were last told (outside the lock: they write to networks). */
    private void publishIfChanged(Key key) {
        if (changed(key)) {
            listeners.forEach(listener -> listener.accept(key));
        }
    }

    private synchronized boolean changed(Key key) {
        List<Present> current = now(key);
        List<Present> before = current.isEmpty() ? published.remove(key) : published.put(key, current);
        return !current.equals(before == null ? List.of() : before);
    }

    private static Instant later(Instant a, Instant b) {
        return b == null || a.isAfter(b) ? a : b;
    }
}
