package org.comptoir.events;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * In-process publisher of past-tense events ({@code TopicSaved}, {@code PostsIndexed}, {@code RoleGranted}…).
 * Listeners run synchronously on the publishing thread, in subscription order, so a listener sees the
 * state the use case left and the {@link Actor} who caused it. A listener that throws is logged and
 * does not stop the others, except for {@link #subscribeStrictly strict} listeners (the pipeline's
 * backfill, the audit log), whose failure fails the use case.
 */
public final class Events {
    private static final Logger LOG = LoggerFactory.getLogger(Events.class);
    private final Map<Class<?>, List<Listener<?>>> listeners = new ConcurrentHashMap<>();

    private record Listener<E>(Consumer<E> consumer, boolean strict) {
    }

    /** Subscribes a listener whose failure is logged and ignored. */
    public <E> void subscribe(Class<E> type, Consumer<E> listener) {
        add(type, new Listener<>(listener, false));
    }

    /** Subscribes a listener whose failure propagates to the publisher (and so to the use case). */
    public <E> void subscribeStrictly(Class<E> type, Consumer<E> listener) {
        add(type, new Listener<>(listener, true));
    }

    private <E> void add(Class<E> type, Listener<E> listener) {
        listeners.computeIfAbsent(type, t -> new CopyOnWriteArrayList<>()).add(listener);
    }

    @SuppressWarnings("unchecked")
    public void publish(Object event) {
        for (Listener<?> listener : listeners.getOrDefault(event.getClass(), List.of())) {
            Listener<Object> typed = (Listener<Object>) listener;
            if (typed.strict()) {
                typed.consumer().accept(event);
                continue;
            }
            try {
                typed.consumer().accept(event);
            } catch (RuntimeException e) {
                LOG.warn("listener of {} failed: {}", event.getClass().getSimpleName(), e.toString(), e);
            }
        }
    }
}
