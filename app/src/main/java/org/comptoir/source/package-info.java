/**
 * Sources: the feeds, accounts, searches, streams and webhooks a workspace listens to, and their health.
 *
 * <ul>
 *   <li>{@link org.comptoir.source.Sources}: add (settings checked by the connector's own parser, secrets sealed with
 *       {@code secret.SecretBox}), change, pause, resume, remove; each source's {@link org.comptoir.source.SourceHealth}
 *       and its JSON for the API and the CLI.</li>
 *   <li>{@link org.comptoir.source.SourcePoller}: the one scheduler (started only by {@code serve}); owns timing,
 *       cursors and backoff ({@code Backoff}); a poll fetches after the cursor, makes the posts durable through
 *       {@code SourceIntake} (ingest's readers, quarantine, the workspace pipeline, one commit), and only then saves
 *       the cursor (ADR 0012).</li>
 *   <li>{@link org.comptoir.source.SourceWebhooks}: posts pushed to a webhook source, authenticated by HMAC-SHA256
 *       of {@code timestamp.body} within ±5 minutes.</li>
 *   <li>{@code KeywordPrefilter} / {@code TopicAnchors}: the words a stream event must contain for some topic of
 *       the workspace to match it (ADR 0013).</li>
 *   <li>Faces: {@code SourceApiController} ({@code /api/v1/sources}), {@code SourceWebhookController},
 *       {@code SourceController} (the sources page); the CLI's {@code source} command goes through {@link Sources}.</li>
 * </ul>
 * Publishes {@link org.comptoir.source.SourceSaved} and {@link org.comptoir.source.SourceRemoved} (the audit log
 * records them; the poller reschedules), and, once per episode from {@code HealthWatch},
 * {@link org.comptoir.source.SourceFailing}, {@link org.comptoir.source.SourceRecovered} and
 * {@link org.comptoir.source.SourceCredentialsExpiring} (the {@code alert} feature notifies; this package knows nothing of it). Hears {@code topic.TopicSaved}/{@code TopicRemoved} to refresh stream prefilters.
 */
package org.comptoir.source;
