package org.comptoir.connector.bluesky;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.comptoir.connector.ConnectorContract;
import org.comptoir.testing.LoopbackWebSocket;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Jetstream connector against a loopback WebSocket server speaking Jetstream's wire format: one JSON event
 * per text frame ({@code did}, {@code time_us}, {@code kind}, {@code commit}), replay from {@code cursor=} (in
 * microseconds, inclusive), refusals at the opening handshake, a connection cut without a close frame.
 */
class JetstreamConnectorTest extends ConnectorContract {
    private static final String DID = "did:plc:eygmaihciaxprqvxpfvl6flk";
    private LoopbackWebSocket server;
    private final Map<String, Long> times = new ConcurrentHashMap<>();
    private final long start = System.currentTimeMillis() * 1000;
    private volatile long retainedFrom; // events older than this (µs) are gone from the instance

    @Override
    protected URI start() throws Exception {
        server = new LoopbackWebSocket(this::firstEventAfterCursor);
        return server.uri("/subscribe");
    }

    private int firstEventAfterCursor(String pathAndQuery) {
        int at = pathAndQuery.indexOf("cursor=");
        if (at < 0) {
            return 0;
        }
        long cursor = Math.max(retainedFrom, Long.parseLong(pathAndQuery.substring(at + 7).split("&")[0]));
        List<String> events = server.eventsSnapshot();
        for (int i = 0; i < events.size(); i++) {
            if (JetstreamFilter.timeUs(events.get(i)) >= cursor) {
                return i;
            }
        }
        return events.size();
    }

    @Override
    protected ObjectNode request(URI endpoint) {
        ObjectNode request = JsonMapper.builder().build().createObjectNode();
        request.put("type", "bluesky");
        request.put("endpoint", endpoint.toString());
        request.put("window", "300ms");
        return request;
    }

    private synchronized long nextTime() {
        return start + times.size() * 1000L + 1;
    }

    private String post(String token, long time, String text) {
        return "{\"did\":\"" + DID + "\",\"time_us\":" + time + ",\"kind\":\"commit\",\"commit\":{\"rev\":\"3ljxkq2vb2k2a\","
                + "\"operation\":\"create\",\"collection\":\"app.bsky.feed.post\",\"rkey\":\"" + token + "\",\"record\":{"
                + "\"$type\":\"app.bsky.feed.post\",\"createdAt\":\"2026-03-01T10:15:00.123Z\",\"langs\":[\"fr\"],\"text\":\""
                + text + "\"},\"cid\":\"bafyreihwhbxz6jfqrowzo3sl5tbsjyxhdqq5azfh3qn3kdlpmqq5axaenu\"}}";
    }

    @Override
    protected synchronized void publish(String... tokens) {
        for (String token : tokens) {
            long time = nextTime();
            times.put(token, time);
            server.add(post(token, time, "panne " + token + " à Lyon Part-Dieu"));
        }
    }

    @Override
    protected synchronized void publishMalformed() {
        long time = nextTime();
        times.put("!malformed", time);
        server.add("{\"did\":\"" + DID + "\",\"time_us\":" + time + ",\"kind\":\"commit\",\"commit\":{\"operation\":\"create\","
                + "\"collection\":\"app.bsky.feed.post\",\"rkey\":\"bad\",\"record\":{\"$type\":\"app.bsky.feed.post\"}}}");
    }

    @Override
    protected void redeliver(String token) {
        server.add(post(token, times.get(token), "panne " + token + " à Lyon Part-Dieu"));
    }

    @Override
    protected String postId(String token) {
        return "bluesky:at://" + DID + "/app.bsky.feed.post/" + token;
    }

    @Override
    protected void failNext(int status, Map<String, String> headers) {
        StringBuilder answer = new StringBuilder(status + (status == 429 ? " Too Many Requests" : " Unauthorized"));
        headers.forEach((k, v) -> answer.append("\r\n").append(k).append(": ").append(v));
        server.refuseNext(answer.toString());
    }

    @Override
    protected void hangNext() {
        server.hangNext();
    }

    @Override
    protected void disconnectNext() {
        server.dropAfter(1);
    }

    @Override
    protected void stop() throws Exception {
        server.close();
    }

    @Test
    void asksForPostsOnlyAndResumesFromTheStoredCursorInMicroseconds() {
        publish("p1");
        poll();
        poller.close();
        poller = newPoller();
        poll();
        assertThat(server.requests()).hasSize(2);
        assertThat(server.requests().get(0)).contains("wantedCollections=app.bsky.feed.post").doesNotContain("cursor=");
        assertThat(server.requests().get(1)).contains("cursor=" + times.get("p1"));
    }

    @Test
    void dropsEventsNoTopicCanMatchBeforeDecodingThemButMovesTheCursorPastThem() throws Exception {
        comptoir.topics().save(WORKSPACE, "gares", "gare OR \"Part-Dieu\"", null);
        poller.close();
        poller = newPoller();
        long quiet = nextTime();
        times.put("quiet", quiet);
        server.add(post("quiet", quiet, "Il fait beau aujourd'hui"));
        publish("loud");
        var outcome = poll();
        assertThat(outcome.stored()).isEqualTo(1);
        assertThat(stored("loud")).isTrue();
        assertThat(stored("quiet")).isFalse();
        poller.close();
        poller = newPoller();
        poll();
        assertThat(server.requests().get(server.requests().size() - 1)).contains("cursor=" + times.get("loud"));
    }

    @Test
    void aResumeFromACursorTheInstanceNoLongerKeepsIsReportedAsAGap() {
        long old = start - 2L * 86_400_000_000L;
        times.put("old", old);
        server.add(post("old", old, "panne old à Lyon Part-Dieu"));
        assertThat(poll().stored()).isEqualTo(1);
        retainedFrom = start; // the instance keeps a day: "old" and what followed it are gone
        publish("fresh");
        poller.close();
        poller = newPoller();
        assertThat(poll().error()).isNull();
        assertThat(stored("fresh")).isTrue();
        JsonNode gaps = JsonMapper.builder().build().valueToTree(comptoir.sources().json(source)).path("gaps");
        assertThat(gaps).singleElement().satisfies(gap -> {
            assertThat(gap.path("bridged").asBoolean()).isFalse();
            assertThat(gap.path("reason").asString()).contains("replay window (1d)");
            assertThat(gap.path("from").asString()).isEqualTo(Instant.EPOCH.plus(old, ChronoUnit.MICROS).toString());
            assertThat(gap.path("to").asString()).isEqualTo(Instant.EPOCH.plus(times.get("fresh"), ChronoUnit.MICROS).toString());
        });
        publish("later");
        poller.close();
        poller = newPoller();
        assertThat(poll().error()).isNull();
        assertThat(stored("later")).isTrue();
        assertThat(JsonMapper.builder().build().valueToTree(comptoir.sources().json(source)).path("gaps"))
                .as("a resume within the replay window is no gap").hasSize(1);
    }
}
