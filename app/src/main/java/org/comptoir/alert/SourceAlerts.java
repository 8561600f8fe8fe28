package org.comptoir.alert;

import java.time.Clock;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.concurrent.Executor;
import org.comptoir.alert.notify.Notification;
import org.comptoir.events.Events;
import org.comptoir.source.SourceCredentialsExpiring;
import org.comptoir.source.SourceFailing;
import org.comptoir.source.SourceRecovered;
import tools.jackson.databind.json.JsonMapper;

/**
 * Alerts of the kind "a source stops delivering". {@code source} publishes {@link SourceFailing} and
 * {@link SourceCredentialsExpiring} once per episode and {@link SourceRecovered} at its end; {@code source} knows nothing of
 * alerts, this class listens to it. With enabled {@code source-stopped} rules in the workspace, each rule stores one alert per
 * episode of a source (subject {@code source:ID}; ended by the recovery; expiring credentials make an alert that starts and
 * ends at once), publishes {@link AlertRaised} and notifies the rule's recipients. A workspace without such a rule keeps the
 * older behaviour: one notification to every notifier, no alert row. The network's error is untrusted text, escaped by each
 * notifier for its medium.
 */
final class SourceAlerts {
    static final String KIND = "source-stopped";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final Notifications notifications;
    private final AlertRuleRepository rules;
    private final AlertRepository alerts;
    private final Events events;
    private final Clock clock;
    private final Executor deliveries;

    SourceAlerts(Notifications notifications, AlertRuleRepository rules, AlertRepository alerts, Events events, Clock clock,
                 Executor deliveries) {
        this.notifications = notifications;
        this.rules = rules;
        this.alerts = alerts;
        this.events = events;
        this.clock = clock;
        this.deliveries = deliveries;
    }

    SourceAlerts listenTo(Events source) {
        source.subscribe(SourceFailing.class, this::failing);
        source.subscribe(SourceCredentialsExpiring.class, this::expiring);
        source.subscribe(SourceRecovered.class, this::recovered);
        return this;
    }

    void failing(SourceFailing e) {
        raise(e.workspace(), e.id(), "failing", new Object[] {e.name(), e.type(), e.reason()}, e.at(), false,
                json(e.workspace(), e.id(), e.name(), e.type(), "failing", e.reason(), e.at().toString()));
    }

    void expiring(SourceCredentialsExpiring e) {
        raise(e.workspace(), e.id(), "expiring", new Object[] {e.name(), e.type(), e.expiresAt()}, e.at(), true,
                json(e.workspace(), e.id(), e.name(), e.type(), "credentials_expiring", "credentials expire at " + e.expiresAt(),
                        e.at().toString()));
    }

    /** The title or the summary ({@code part}) of a source alert in {@code locale}, from the {@code i18n/alerts} bundle. */
    static String text(String state, String part, Object[] args, Locale locale) {
        return MessageFormat.format(AlertSummary.bundle(locale).getString("alerts.source." + state + "." + part), args);
    }

    void recovered(SourceRecovered e) {
        alerts.end(e.workspace(), subject(e.id()), e.at());
    }

    static String subject(long sourceId) {
        return "source:" + sourceId;
    }

    private void raise(String workspace, long sourceId, String state, Object[] args, Instant at, boolean instant, String json) {
        String link = "/sources?workspace=" + workspace;
        String absolute = notifications.absolute(link);
        Function<Locale, Notification> unstored = locale -> new Notification(workspace, 0, text(state, "title", args, locale),
                text(state, "summary", args, locale), List.of(), absolute, json);
        List<AlertRule> watching = rules.list(workspace).stream().filter(r -> r.enabled() && r.kind() == AlertKind.SOURCE_STOPPED).toList();
        if (watching.isEmpty()) {
            notifications.broadcast(workspace, unstored, deliveries);
            return;
        }
        String summary = text(state, "summary", args, Locale.ENGLISH);
        String subject = instant ? subject(sourceId) + ":credentials" : subject(sourceId);
        for (AlertRule rule : watching) {
            if (!instant && !alerts.ongoing(rule.id(), subject).isEmpty()) {
                continue;
            }
            Explanation why = new Explanation(summary, 0, 0, 0, 0, 0, KIND, 0, List.of(), List.of(), List.of(), link, link, null);
            Alert alert = new Alert(0, workspace, rule.id(), rule.name(), KIND, at, at, instant ? at : null, clock.instant(), 0, 0, 0,
                    summary, why);
            long id = alerts.insert(alert, subject);
            events.publish(new AlertRaised(workspace, id, rule.name(), summary));
            String body = withAlert(json, id, rule.name());
            notifications.sendTo(rule, id, locale -> new Notification(workspace, id, text(state, "title", args, locale),
                    text(state, "summary", args, locale), List.of(), absolute, body), deliveries);
        }
    }

    private static String withAlert(String json, long id, String rule) {
        Map<String, Object> body = JSON.readValue(json, LinkedHashMap.class);
        body.put("alert_id", id);
        body.put("rule", rule);
        return JSON.writeValueAsString(body);
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
