package org.comptoir.inbox.presence;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.comptoir.events.Events;
import org.comptoir.inbox.ReplyQueued;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The server-sent event streams of the pages open on conversations. Each subscriber gets, as {@code presence}
 * events, the others in the conversation ({@code {"others":[{"user":…,"state":"viewing|typing"}]}}) at once and after
 * every change, and an {@code answered} event ({@code {"user":…,"reply":…}}) when someone else queues a reply. A
 * timer sweeps expired states every {@value #SWEEP_SECONDS} s and sends a comment every
 * {@value #KEEP_ALIVE_SECONDS} s, which finds the connections that went away. A stream ends after
 * {@link #STREAM_FOR} (the browser's {@code EventSource} reconnects by itself).
 */
public final class PresenceStreams implements AutoCloseable {
    static final int SWEEP_SECONDS = 2;
    static final int KEEP_ALIVE_SECONDS = 20;
    static final Duration STREAM_FOR = Duration.ofMinutes(10);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private record Subscriber(String user, SseEmitter emitter) {
    }

    private final Presence presence;
    private final Map<Presence.Key, Set<Subscriber>> subscribers = new ConcurrentHashMap<>();
    private ScheduledExecutorService timer;

    public PresenceStreams(Presence presence, Events events) {
        this.presence = presence;
        presence.onChange(this::publish);
        events.subscribe(ReplyQueued.class, this::answered);
    }

    /** Starts sweeping expired states and keeping the streams alive. */
    public synchronized PresenceStreams start() {
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "presence");
                t.setDaemon(true);
                return t;
            });
            timer.scheduleWithFixedDelay(presence::sweep, SWEEP_SECONDS, SWEEP_SECONDS, TimeUnit.SECONDS);
            timer.scheduleWithFixedDelay(this::keepAlive, KEEP_ALIVE_SECONDS, KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
        }
        return this;
    }

    /** A new stream for {@code user} on the conversation, starting with the others there now. */
    public SseEmitter open(String workspace, long conversation, String user) {
        Presence.Key key = new Presence.Key(workspace, conversation);
        SseEmitter emitter = new SseEmitter(STREAM_FOR.toMillis());
        Subscriber subscriber = new Subscriber(user, emitter);
        Runnable forget = () -> subscribers.computeIfPresent(key, (k, set) -> {
            set.remove(subscriber);
            return set.isEmpty() ? null : set;
        });
        emitter.onCompletion(forget);
        emitter.onTimeout(forget);
        emitter.onError(e -> forget.run());
        subscribers.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(subscriber);
        send(key, subscriber, "presence", view(key, user));
        return emitter;
    }

    /** How many streams are open on the conversation. */
    public int listening(String workspace, long conversation) {
        return subscribers.getOrDefault(new Presence.Key(workspace, conversation), Set.of()).size();
    }

    private void publish(Presence.Key key) {
        for (Subscriber s : subscribers.getOrDefault(key, Set.of())) {
            send(key, s, "presence", view(key, s.user()));
        }
    }

    private void answered(ReplyQueued queued) {
        Presence.Key key = new Presence.Key(queued.workspace(), queued.conversationId());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("user", queued.author());
        data.put("reply", queued.replyId());
        for (Subscriber s : subscribers.getOrDefault(key, Set.of())) {
            if (!s.user().equals(queued.author())) {
                send(key, s, "answered", data);
            }
        }
        presence.stoppedTyping(queued.workspace(), queued.conversationId(), queued.author());
    }

    private Map<String, Object> view(Presence.Key key, String user) {
        List<Map<String, String>> others = presence.others(key.workspace(), key.conversation(), user).stream()
                .map(p -> Map.of("user", p.user(), "state", p.state().label())).toList();
        return Map.of("others", others);
    }

    private void keepAlive() {
        subscribers.forEach((key, set) -> set.forEach(s -> {
            try {
                s.emitter().send(SseEmitter.event().comment("alive"));
            } catch (IOException | IllegalStateException e) {
                drop(key, s);
            }
        }));
    }

    private void send(Presence.Key key, Subscriber s, String name, Object data) {
        try {
            s.emitter().send(SseEmitter.event().name(name).data(JSON.writeValueAsString(data)));
        } catch (IOException | IllegalStateException e) {
            drop(key, s);
        }
    }

    private void drop(Presence.Key key, Subscriber s) {
        Set<Subscriber> set = subscribers.get(key);
        if (set != null) {
            set.remove(s);
        }
        try {
            s.emitter().complete();
        } catch (RuntimeException alreadyGone) {
            // the connection went away; nothing to end
        }
    }

    /** Ends every stream (the server stops) and the timer. */
    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
        subscribers.values().forEach(set -> set.forEach(s -> s.emitter().complete()));
        subscribers.clear();
    }
}
