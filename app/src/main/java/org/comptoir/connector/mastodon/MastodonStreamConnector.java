package org.comptoir.connector.mastodon;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.comptoir.connector.Connector;
import org.comptoir.connector.ConnectorFailure;
import org.comptoir.connector.Fetch;
import org.comptoir.connector.LineStream;
import org.comptoir.connector.ServerSentEvents;
import org.comptoir.ingest.ImportFormat;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * Follows a Mastodon timeline on the streaming API ({@code GET /api/v1/streaming/hashtag?tag=…}, {@code /public},
 * {@code /public/local}, {@code /user}): server-sent events, {@code update} carrying a Status as JSON. The stream
 * stays open between fetches (held by the JDK client, as Jetstream's socket is); each fetch takes the statuses that
 * arrived, up to {@code batch} or {@code window} of waiting. The cursor is the id of the newest status read, the
 * same as the REST connector's, so a source can switch between polling and streaming.
 *
 * <p>A stream has no replay. Whenever one opens with a cursor (a restart, a broken connection, a cursor handed back
 * because the last fetch was not made durable), the stream is opened <em>first</em>, then what came after the cursor
 * is read by REST ({@code min_id} paging, one page per fetch) while the stream's statuses wait in its queue; then
 * the connector goes live. Overlaps are dropped by id in the pipeline, so nothing is lost and nothing stored twice.
 * The break is reported as a {@link Fetch.Gap}: bridged when the catch-up reached the stream, not bridged when it
 * stopped at {@code catch_up_pages}. A stream silent for longer than {@code idle} (no status, no {@code :thump}
 * heartbeat) is taken for dead and reopened.
 */
public final class MastodonStreamConnector implements Connector {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final MastodonSettings settings;
    private final MastodonConnector rest;
    private final HttpClient client;
    private final Duration timeout;
    private final Clock clock;
    private LineStream stream;
    private ServerSentEvents events;
    private String position;
    private boolean catchingUp;
    private int pagesRead;
    private long caughtUp;
    private Instant openedAt;
    private String breakReason;

    public MastodonStreamConnector(MastodonSettings settings, MastodonConnector rest, HttpClient client, Duration timeout, Clock clock) {
        this.settings = settings;
        this.rest = rest;
        this.client = client;
        this.timeout = timeout;
        this.clock = clock;
    }

    @Override
    public Fetch fetch(String cursor) throws ConnectorFailure {
        if (stream == null || !java.util.Objects.equals(cursor, position)) {
            if (stream != null) {
                breakReason = "the last statuses read were not stored";
            }
            close();
            open(cursor);
        }
        return catchingUp ? catchUp(cursor) : live(cursor);
    }

    private void open(String cursor) throws ConnectorFailure {
        URI uri = URI.create(settings.streaming().toString().replaceFirst("/+$", "") + settings.streamPath());
        stream = LineStream.open(client, uri, settings.token() == null ? Map.of("Accept", "text/event-stream")
                : Map.of("Accept", "text/event-stream", "Authorization", "Bearer " + settings.token()), timeout, clock);
        events = new ServerSentEvents();
        position = cursor;
        catchingUp = true;
        pagesRead = 0;
        caughtUp = 0;
        openedAt = clock.instant();
    }

    /** One REST page after the cursor, while the stream's statuses wait; live once a page is not full. */
    private Fetch catchUp(String cursor) throws ConnectorFailure {
        Fetch page = rest.fetch(cursor);
        pagesRead++;
        caughtUp += page.seen();
        List<Fetch.Gap> gaps = new ArrayList<>();
        if (!page.more()) {
            catchingUp = false;
            if (cursor != null && (breakReason != null || caughtUp > 0)) {
                gaps.add(new Fetch.Gap(time(cursor), openedAt, why() + "; read again by REST (" + caughtUp + " statuses)", true));
            }
            breakReason = null;
        } else if (pagesRead >= settings.catchUpPages()) {
            catchingUp = false;
            gaps.add(new Fetch.Gap(time(page.cursor()), openedAt, why() + "; the REST catch-up stopped after " + pagesRead
                    + " pages (catch_up_pages), statuses between these times were not read", false));
            breakReason = null;
        }
        position = page.cursor();
        return new Fetch(page.payloads(), page.cursor(), true, null, page.seen(), page.holdOff(), gaps);
    }

    private String why() {
        return breakReason != null ? "stream broken (" + breakReason + ")" : "stream (re)opened";
    }

    private Fetch live(String cursor) throws ConnectorFailure {
        ArrayNode statuses = JSON.createArrayNode();
        List<Fetch.Payload> payloads = new ArrayList<>();
        String newest = cursor;
        long seen = 0;
        long deadline = System.nanoTime() + settings.window().toNanos();
        String lost = null;
        while (statuses.size() + payloads.size() < settings.batch()) {
            Object item = stream.take(deadline - System.nanoTime());
            if (item == null) {
                if (stream.quietFor().compareTo(settings.idle()) > 0) {
                    lost = "no event nor heartbeat for " + settings.idle().toSeconds() + " s";
                }
                break;
            }
            if (item instanceof Throwable broken) {
                lost = broken.getMessage();
                break;
            }
            ServerSentEvents.Event event = events.line((String) item);
            if (event == null) {
                continue;
            }
            seen++;
            if (!event.type().equals("update")) {
                continue; // delete, status.update, notification…: a stored post is not changed
            }
            JsonNode status = parse(event.data());
            if (status == null || !status.isObject()) {
                payloads.add(new Fetch.Payload(ImportFormat.MASTODON, "mastodon stream " + settings.instance().getHost(),
                        event.data().getBytes(StandardCharsets.UTF_8)));
                continue;
            }
            statuses.add(status);
            String id = status.path("id").asString("");
            if (id.matches("\\d+") && MastodonConnector.newestId(JSON.createArrayNode().add(status), newest).equals(id)) {
                newest = id;
            }
        }
        if (!statuses.isEmpty()) {
            payloads.add(0, new Fetch.Payload(ImportFormat.MASTODON, "mastodon stream " + settings.instance().getHost(),
                    JSON.writeValueAsBytes(statuses)));
        }
        if (lost != null) {
            close();
            breakReason = lost;
            if (payloads.isEmpty()) {
                throw new ConnectorFailure(lost.startsWith("no event") ? ConnectorFailure.Kind.TIMEOUT : ConnectorFailure.Kind.UNREACHABLE,
                        "Mastodon stream at " + settings.streaming().getHost() + ": " + lost);
            }
        }
        position = newest;
        return new Fetch(payloads, newest, false, java.util.Objects.equals(newest, cursor) ? null : time(newest), seen);
    }

    private static JsonNode parse(String data) {
        try {
            return JSON.readTree(data);
        } catch (JacksonException e) {
            return null;
        }
    }

    /** When a status with this id was created: Mastodon ids carry milliseconds since 1970 in their upper 48 bits. */
    static Instant time(String id) {
        if (id == null || !id.matches("\\d{1,19}")) {
            return null;
        }
        try {
            return Instant.ofEpochMilli(Long.parseLong(id) >>> 16);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public void close() {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }
}
