package org.comptoir.inbox.reply;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** {@link BlueskyReplySender} against a loopback PDS; and the record keys it derives. */
class BlueskyReplySenderTest extends ReplySenderContract {
    @Override
    FakeNetwork startNetwork() {
        return new FakeBluesky();
    }

    @Override
    ReplySender sender(HttpClient http) {
        return new BlueskyReplySender(http);
    }

    @Override
    ReplyAccount account(URI base, boolean goodSecret) {
        return new ReplyAccount("bluesky", base, FakeBluesky.HANDLE, goodSecret ? FakeBluesky.APP_PASSWORD : "wrong-password");
    }

    @Override
    String answeredPost() {
        return "bluesky:" + FakeBluesky.PARENT;
    }

    @Test
    void recordKeysAreTidsThatDependOnTheMomentAndTheKey() {
        Instant at = Instant.parse("2026-03-10T09:15:00.123456Z");
        String tid = Tid.of(at, "k-1");
        assertThat(Tid.valid(tid)).as(tid).isTrue();
        assertThat(Tid.of(at, "k-1")).isEqualTo(tid);
        assertThat(Tid.of(at, "k-2")).isNotEqualTo(tid);
        assertThat(Tid.of(at.plusSeconds(1), "k-1")).isGreaterThan(tid);
    }
}
