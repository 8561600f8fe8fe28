package org.comptoir.connector;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.comptoir.Comptoir;
import org.comptoir.source.Source;
import org.comptoir.source.SourcePoller;
import org.comptoir.store.PostQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/**
 * What every connector must do, each against a loopback server speaking its network's real wire format, driven
 * through the real {@link SourcePoller} into a real data directory: read what is new and resume after the cursor,
 * survive a restart and a cut connection with no gap and no duplicate, store a duplicate delivery once, quarantine
 * a malformed item and go on, honour 429 with {@code Retry-After}, report an expired token, time out on a hanging server.
 */
public abstract class ConnectorContract {
    protected static final Duration TIMEOUT = Duration.ofSeconds(1);
    protected static final String WORKSPACE = "default";
    @TempDir
    protected Path dir;
    protected Comptoir comptoir;
    protected SourcePoller poller;
    protected Source source;

    /** Starts the loopback server; returns its base address. */
    protected abstract URI start() throws Exception;

    /** The {@code source add} request reading the server. */
    protected abstract ObjectNode request(URI base);

    /** Makes posts available on the server, one per token, with the text {@code "panne <token>"}. */
    protected abstract void publish(String... tokens);

    /** Makes available an item that is not a valid post (quarantined, with a reason). */
    protected abstract void publishMalformed();

    /** The server delivers the post of this token again in its next answer (an at-least-once network). */
    protected abstract void redeliver(String token);

    /** The stored post id of a token. */
    protected abstract String postId(String token);

    /** The next request is answered with this status and headers. */
    protected abstract void failNext(int status, Map<String, String> headers);

    /** The next request gets no answer at all. */
    protected abstract void hangNext();

    /** The next answer is cut after its first post. */
    protected abstract void disconnectNext();

    protected abstract void stop() throws Exception;

    @BeforeEach
    void openDataAndServer() throws Exception {
        comptoir = Comptoir.open(dir.resolve("data"));
        source = comptoir.sources().add(WORKSPACE, request(start())).source();
        poller = newPoller();
    }

    @AfterEach
    void closeAll() throws Exception {
        poller.close();
        stop();
        comptoir.close();
    }

    protected SourcePoller newPoller() {
        return new SourcePoller(comptoir.sources(), new Connectors(HttpFetcher.client(TIMEOUT), TIMEOUT, Clock.systemUTC()),
                comptoir.events());
    }

    protected SourcePoller.Outcome poll() {
        return poller.poll(source.id());
    }

    protected boolean stored(String token) {
        return comptoir.pipelines().get(WORKSPACE).index().get(postId(token)).isPresent();
    }

    protected long count() {
        return comptoir.pipelines().count(WORKSPACE, PostQuery.all());
    }

    @Test
    void readsWhatIsNewThenOnlyWhatCameAfterTheCursor() {
        publish("a1", "a2");
        SourcePoller.Outcome first = poll();
        assertThat(first.error()).isNull();
        assertThat(stored("a1") && stored("a2")).as("both posts stored").isTrue();
        publish("a3");
        SourcePoller.Outcome second = poll();
        assertThat(second.error()).isNull();
        assertThat(stored("a3")).isTrue();
        assertThat(count()).isEqualTo(3);
        assertThat(comptoir.sources().health(source).state()).isEqualTo("ok");
    }

    @Test
    void aRestartResumesWithNoGapAndNoDuplicate() {
        publish("r1", "r2");
        assertThat(poll().error()).isNull();
        poller.close();
        publish("r3");
        poller = newPoller();
        assertThat(poll().error()).isNull();
        assertThat(stored("r1") && stored("r2") && stored("r3")).as("all three posts").isTrue();
        assertThat(count()).as("none twice").isEqualTo(3);
    }

    @Test
    void aDuplicateDeliveryIsStoredOnce() {
        publish("d1");
        assertThat(poll().stored()).isEqualTo(1);
        redeliver("d1");
        publish("d2");
        SourcePoller.Outcome again = poll();
        assertThat(again.error()).isNull();
        assertThat(again.stored()).isEqualTo(1);
        assertThat(count()).isEqualTo(2);
    }

    @Test
    void aMalformedItemIsQuarantinedWithItsReasonAndTheRestIsStored() {
        publish("m1");
        publishMalformed();
        publish("m2");
        SourcePoller.Outcome outcome = poll();
        assertThat(outcome.error()).isNull();
        assertThat(stored("m1") && stored("m2")).isTrue();
        assertThat(outcome.quarantined()).isEqualTo(1);
        assertThat(comptoir.quarantine().list(WORKSPACE, 10)).singleElement()
                .satisfies(record -> assertThat(record.reason()).isNotBlank())
                .satisfies(record -> assertThat(record.source()).contains(source.name()));
    }

    @Test
    void aRateLimitIsHonouredThenReadingResumes() {
        failNext(429, Map.of("Retry-After", "120"));
        SourcePoller.Outcome limited = poll();
        assertThat(limited.error()).contains("429");
        assertThat(limited.next()).isEqualTo(Duration.ofSeconds(120));
        assertThat(comptoir.sources().health(source).state()).isEqualTo("lagging");
        publish("l1");
        assertThat(poll().error()).isNull();
        assertThat(stored("l1")).isTrue();
        assertThat(comptoir.sources().health(source).failures()).isZero();
    }

    @Test
    void anExpiredOrRevokedTokenMakesTheSourceFailingWithTheReason() {
        failNext(401, Map.of());
        SourcePoller.Outcome refused = poll();
        assertThat(refused.error()).contains("401");
        assertThat(refused.next()).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(comptoir.sources().health(source).state()).isEqualTo("failing");
        assertThat(comptoir.sources().health(source).lastError()).contains("401");
    }

    @Test
    void aServerThatHangsTimesOutAndTheNextPollRecovers() {
        hangNext();
        SourcePoller.Outcome hung = poll();
        assertThat(hung.error()).isNotNull().containsAnyOf("within", "did not open", "timed out", "no answer");
        publish("h1");
        assertThat(poll().error()).isNull();
        assertThat(stored("h1")).isTrue();
    }

    @Test
    void aConnectionCutMidAnswerLosesNothing() {
        publish("c1", "c2");
        disconnectNext();
        poll();
        publish("c3");
        for (int i = 0; i < 3 && !(stored("c1") && stored("c2") && stored("c3")); i++) {
            poll();
        }
        assertThat(stored("c1") && stored("c2") && stored("c3")).as("every post eventually stored").isTrue();
        assertThat(count()).as("none twice").isEqualTo(3);
    }
}
