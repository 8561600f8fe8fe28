package org.comptoir.connector.bluesky;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.comptoir.connector.Connector;
import org.comptoir.connector.ConnectorFailure;
import org.comptoir.connector.Fetch;
import org.comptoir.connector.HttpFetcher;
import org.comptoir.connector.Prefilter;
import org.comptoir.ingest.ImportFormat;

/**
 * Follows Bluesky posts on a Jetstream WebSocket ({@code wantedCollections=app.bsky.feed.post}). The socket stays
 * open between fetches; each fetch takes what arrived, up to {@code batch} events or {@code window} of waiting.
 * The cursor is the {@code time_us} of the last event read: after any disconnect, or when the poller hands
 * back an older cursor (what was read was not made durable), it reconnects with {@code cursor=} and Jetstream
 * replays from there. Events are prefiltered on their raw text ({@link JetstreamFilter}) before any decoding.
 * A resume from a cursor older than the instance's {@code replay_window} whose first event comes more than a minute
 * after the cursor is reported as a {@link Fetch.Gap}: the instance no longer had those events.
 */
public final class JetstreamConnector implements Connector {
    private final JetstreamSettings settings;
    private final HttpClient client;
    private final Duration timeout;
    private final JetstreamFilter filter;
    private final java.time.Clock clock;
    private static final long TOLERANCE_US = 60_000_000L;
    private JetstreamInbox inbox;
    private String position;
    private long resumedFrom = -1;

    public JetstreamConnector(JetstreamSettings settings, HttpClient client, Duration timeout, Prefilter prefilter,
                              java.time.Clock clock) {
        this.clock = clock;
        this.settings = settings;
        this.client = client;
        this.timeout = timeout;
        this.filter = new JetstreamFilter(prefilter);
    }

    @Override
    public Fetch fetch(String cursor) throws ConnectorFailure {
        if (inbox == null || !java.util.Objects.equals(cursor, position)) {
            close();
            connect(cursor);
        }
        StringBuilder kept = new StringBuilder();
        List<Fetch.Gap> gaps = List.of();
        long seen = 0;
        long lastTime = cursor == null ? 0 : Long.parseLong(cursor);
        long deadline = System.nanoTime() + settings.window().toNanos();
        while (seen < settings.batch()) {
            Object item = inbox.take(deadline - System.nanoTime());
            if (item == null) {
                break;
            }
            if (item instanceof Throwable broken) {
                close();
                if (seen == 0) {
                    throw new ConnectorFailure(ConnectorFailure.Kind.UNREACHABLE, "Jetstream connection lost: " + broken.getMessage());
                }
                break;
            }
            String event = (String) item;
            seen++;
            long time = JetstreamFilter.timeUs(event);
            if (time >= 0 && resumedFrom >= 0) {
                gaps = gap(resumedFrom, time);
                resumedFrom = -1;
            }
            if (time > lastTime) {
                lastTime = time;
            }
            if (time < 0 || filter.keep(event)) {
                kept.append(event.strip()).append('\n');
            }
        }
        position = lastTime == 0 ? cursor : Long.toString(lastTime);
        List<Fetch.Payload> payloads = kept.isEmpty() ? List.of()
                : List.of(new Fetch.Payload(ImportFormat.JETSTREAM, "jetstream " + settings.endpoint().getHost(),
                kept.toString().getBytes(StandardCharsets.UTF_8)));
        java.time.Instant newest = lastTime == 0 ? null : java.time.Instant.EPOCH.plus(lastTime, java.time.temporal.ChronoUnit.MICROS);
        return new Fetch(payloads, position, seen >= settings.batch(), newest, seen).withGaps(gaps);
    }

    /** A gap when the cursor was beyond the replay window and the first event replayed is well after it. */
    private List<Fetch.Gap> gap(long cursorUs, long firstUs) {
        java.time.Instant cursorAt = java.time.Instant.EPOCH.plus(cursorUs, java.time.temporal.ChronoUnit.MICROS);
        java.time.Instant firstAt = java.time.Instant.EPOCH.plus(firstUs, java.time.temporal.ChronoUnit.MICROS);
        if (firstUs - cursorUs <= TOLERANCE_US || !cursorAt.isBefore(clock.instant().minus(settings.replayWindow()))) {
            return List.of();
        }
        return List.of(new Fetch.Gap(cursorAt, firstAt, "Jetstream cursor older than the instance's replay window ("
                + org.comptoir.connector.Durations.format(settings.replayWindow()) + "): it replayed from its oldest event", false));
    }

    private void connect(String cursor) throws ConnectorFailure {
        StringBuilder query = new StringBuilder("wantedCollections=app.bsky.feed.post");
        settings.dids().forEach(did -> query.append("&wantedDids=").append(did));
        if (cursor != null) {
            query.append("&cursor=").append(cursor);
        }
        URI base = settings.endpoint();
        URI uri = URI.create(base.toString() + (base.getQuery() == null ? "?" : "&") + query);
        JetstreamInbox listener = new JetstreamInbox();
        try {
            client.newWebSocketBuilder().connectTimeout(timeout).buildAsync(uri, listener).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new ConnectorFailure(ConnectorFailure.Kind.TIMEOUT, "Jetstream at " + base.getHost() + " did not open within "
                    + timeout.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectorFailure(ConnectorFailure.Kind.UNREACHABLE, "interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof java.net.http.WebSocketHandshakeException refused && refused.getResponse() != null) {
                Object body = refused.getResponse().body();
                throw HttpFetcher.failure(refused.getResponse().statusCode(), refused.getResponse().headers(),
                        body instanceof byte[] bytes ? bytes : String.valueOf(body == null ? "" : body).getBytes(StandardCharsets.UTF_8),
                        base.getHost(), clock);
            }
            throw new ConnectorFailure(ConnectorFailure.Kind.UNREACHABLE, "cannot open Jetstream at " + base.getHost() + ": "
                    + cause.getClass().getSimpleName() + " " + cause.getMessage());
        }
        inbox = listener;
        position = cursor;
        resumedFrom = cursor == null ? -1 : Long.parseLong(cursor);
    }

    @Override
    public void close() {
        if (inbox != null) {
            inbox.close();
            inbox = null;
        }
    }
}
