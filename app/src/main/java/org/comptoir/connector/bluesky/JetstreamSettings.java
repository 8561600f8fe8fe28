package org.comptoir.connector.bluesky;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.comptoir.connector.Settings;

/**
 * A Bluesky source read from a Jetstream instance: {@code endpoint} (default
 * {@code wss://jetstream2.us-east.bsky.network/subscribe}), optional {@code dids} (accounts to follow only),
 * {@code batch} (events per fetch, default 5000), {@code window} (longest wait of one fetch, default 2s) and
 * {@code replay_window} (how far back the instance replays from a cursor, default 1d: a resume from further back
 * is reported as a gap). Jetstream needs no credentials.
 */
public record JetstreamSettings(URI endpoint, List<String> dids, int batch, Duration window, Duration replayWindow) {
    public static final String DEFAULT_ENDPOINT = "wss://jetstream2.us-east.bsky.network/subscribe";

    public static JetstreamSettings of(Settings settings) {
        List<String> dids = settings.list("dids");
        for (String did : dids) {
            if (!did.startsWith("did:")) {
                throw new IllegalArgumentException("bluesky setting 'dids' holds DIDs (did:plc:…), got '" + did + "'");
            }
        }
        return new JetstreamSettings(settings.url("endpoint", DEFAULT_ENDPOINT), List.copyOf(dids),
                settings.integer("batch", 5000, 1, 100_000), settings.duration("window", Duration.ofSeconds(2)),
                settings.duration("replay_window", Duration.ofDays(1)));
    }
}
