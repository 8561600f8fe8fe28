/**
 * Connectors: the outbound plug-in seam that reads a network for a source. Each network is one closed box
 * ({@code connector.rss}, {@code connector.mastodon}, {@code connector.bluesky}, {@code connector.xapi}, {@code connector.reddit}): a settings record and a
 * connector class with no threads of its own. The scheduling, cursors, backoff and durability belong to
 * {@code source.SourcePoller}; a connector only answers "what is new after this cursor?".
 *
 * <ul>
 *   <li>{@link org.comptoir.connector.Connector}: one {@code fetch(cursor)} → {@link org.comptoir.connector.Fetch}
 *       (raw payloads in an import format, the cursor after them, whether more is waiting).</li>
 *   <li>{@link org.comptoir.connector.ConnectorFailure}: why a fetch failed (unauthorized, rate limited with
 *       its {@code Retry-After}, timeout, server error, unreachable, rejected).</li>
 *   <li>{@link org.comptoir.connector.Connectors}: the connector for a source type from its settings JSON
 *       and opened secrets; validates settings with a clear message.</li>
 *   <li>{@link org.comptoir.connector.HttpFetcher}: the shared HTTP client behaviour (timeouts, gzip,
 *       status → failure, {@code Retry-After} and rate-limit headers).</li>
 *   <li>{@link org.comptoir.connector.LineStream} and {@link org.comptoir.connector.ServerSentEvents}: an HTTP answer
 *       kept open and read line by line by the JDK client's own threads (Mastodon's server-sent events, X's
 *       newline-delimited JSON), ADR 0024.</li>
 *   <li>{@link org.comptoir.connector.Fetch.Gap}: a stretch a connector knows it may have missed (or bridged), recorded
 *       in the source's health.</li>
 * </ul>
 * Publishes no events. Payloads are read by {@code ingest}'s format readers, so a live post and an imported
 * one are mapped by the same code.
 */
package org.comptoir.connector;
