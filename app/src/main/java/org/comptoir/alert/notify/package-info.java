/**
 * Notifiers: the outbound plug-in seam that carries alerts out of Comptoir. {@link org.comptoir.alert.notify.Notifier}
 * sends one {@link org.comptoir.alert.notify.Notification} once; {@link org.comptoir.alert.notify.Delivery} retries
 * with exponential backoff and jitter and reports every attempt. Implementations:
 * {@link org.comptoir.alert.notify.WebhookNotifier} (JSON signed with HMAC-SHA256 over "timestamp.body") and
 * {@link org.comptoir.alert.notify.SlackNotifier} (Slack, Mattermost, Rocket.Chat incoming webhooks). Knows no feature.
 */
package org.comptoir.alert.notify;
