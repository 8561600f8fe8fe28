package org.comptoir.alert;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.comptoir.alert.notify.Notification;
import org.comptoir.events.Events;
import org.comptoir.source.SourceCredentialsExpiring;
import org.comptoir.source.SourceFailing;
import tools.jackson.databind.json.JsonMapper;

/**
 * Alerts of the kind "a source stops delivering": a {@link SourceFailing} or {@link SourceCredentialsExpiring}
 * event, published by {@code source} once per episode, becomes one notification to every notifier of the workspace
 * (no rule needed: a listening product that goes deaf concerns everyone). The network's error is untrusted text,
 * escaped by each notifier for its medium. {@code source} knows nothing of alerts; this class listens to it.
 */
final class SourceAlerts {
    static final String KIND = "source-stopped";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final Notifications notifications;
    private final Executor deliveries;

    SourceAlerts(Notifications notifications, Executor deliveries) {
        this.notifications = notifications;
        this.deliveries = deliveries;
    }

    SourceAlerts listenTo(Events events) {
        events.subscribe(SourceFailing.class, this::failing);
        events.subscribe(SourceCredentialsExpiring.class, this::expiring);
        return this;
    }

    void failing(SourceFailing e) {
        String summary = "The source '" + e.name() + "' (" + e.type() + ") stopped delivering: " + e.reason();
        send(e.workspace(), "Comptoir · source '" + e.name() + "' stopped delivering", summary,
                json(e.workspace(), e.id(), e.name(), e.type(), "failing", e.reason(), e.at().toString()));
    }

    void expiring(SourceCredentialsExpiring e) {
        String summary = "The credentials of the source '" + e.name() + "' (" + e.type() + ") expire at " + e.expiresAt()
                + ": replace them or it will stop delivering.";
        send(e.workspace(), "Comptoir · source '" + e.name() + "' credentials expiring", summary,
                json(e.workspace(), e.id(), e.name(), e.type(), "credentials_expiring", "credentials expire at " + e.expiresAt(),
                        e.at().toString()));
    }

    private void send(String workspace, String title, String summary, String json) {
        Notification notification = new Notification(workspace, 0, title, summary, List.of(), "/sources?workspace=" + workspace, json);
        notifications.broadcast(workspace, notification, deliveries);
    }

    private static String json(String workspace, long id, String name, String type, String state, String reason, String at) {
        Map<String, Object> alert = new LinkedHashMap<>();
        alert.put("kind", KIND);
        alert.put("workspace", workspace);
        alert.put("source", Map.of("id", id, "name", name, "type", type));
        alert.put("state", state);
        alert.put("reason", reason);
        alert.put("detected_at", at);
        return JSON.writeValueAsString(alert);
    }
}
