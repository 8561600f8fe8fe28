package org.comptoir.alert.notify;

import java.util.List;

/**
 * What a notifier carries: a title, a one-paragraph summary and the explanation's lines (terms, authors,
 * verbatims: untrusted text, escaped by each notifier for its medium) for people, a link back to the alert,
 * and the alert as JSON ({@code json}) for machines.
 */
public record Notification(String workspace, long alertId, String title, String summary, List<String> details, String link, String json) {
    public Notification {
        details = details == null ? List.of() : List.copyOf(details);
    }
}
