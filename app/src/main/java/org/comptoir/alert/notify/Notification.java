package org.comptoir.alert.notify;

/**
 * What a notifier carries: a title and a one-paragraph summary for people, a link back to the alert, and
 * the alert as JSON ({@code json}) for machines.
 */
public record Notification(String workspace, long alertId, String title, String summary, String link, String json) {
}
