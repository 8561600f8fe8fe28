package org.comptoir.alert;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import org.comptoir.query.QuerySyntaxException;

/**
 * Alerts of the kind "an objective is at risk" (docs/alerts.md). Each enabled {@code objective-at-risk} rule of a workspace
 * watches all its objectives: when an objective's status ({@link Objectives#progress}) is {@code at-risk} and the rule has no
 * open alert about it (subject {@code objective:ID}), one alert is stored with the progress as its explanation and handed to
 * the caller to publish and notify; when the status is anything else but {@code no-data} (on track, met, missed), the open
 * alert about it ends. So an objective that stays at risk raises nothing more, and one that comes back on track and falls
 * at risk again raises a second alert; the alert about a deleted objective ends. The open alerts are the state: a restart
 * raises nothing twice.
 */
final class ObjectiveAlerts {
    static final String KIND = "objective-at-risk";
    /** How often the evaluation that follows new posts also looks at the objectives (each costs a few 30-day aggregations). */
    static final Duration EVERY = Duration.ofHours(1);

    /** The progress of a workspace's objectives ({@link Objectives#progress(String)}). */
    @FunctionalInterface
    interface Progress {
        List<ObjectiveProgress> of(String workspace) throws QuerySyntaxException;
    }

    private final AlertRuleRepository rules;
    private final AlertRepository alerts;
    private final Clock clock;
    private final Map<String, Instant> checked = new ConcurrentHashMap<>();
    private volatile Progress progress = workspace -> List.of();

    ObjectiveAlerts(AlertRuleRepository rules, AlertRepository alerts, Clock clock) {
        this.rules = rules;
        this.alerts = alerts;
        this.clock = clock;
    }

    void watch(Progress objectives) {
        this.progress = objectives;
    }

    static String subject(long objectiveId) {
        return "objective:" + objectiveId;
    }

    /** As {@link #check}, unless the workspace's objectives were checked less than {@link #EVERY} ago. */
    List<Alert> checkIfDue(String workspace, BiConsumer<AlertRule, Alert> raised) throws QuerySyntaxException {
        Instant last = checked.get(workspace);
        if (last != null && clock.instant().isBefore(last.plus(EVERY))) {
            return List.of();
        }
        return check(workspace, raised);
    }

    /** Checks the workspace's objectives now; returns the alerts raised, each already handed to {@code raised}. */
    List<Alert> check(String workspace, BiConsumer<AlertRule, Alert> raised) throws QuerySyntaxException {
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        checked.put(workspace, now);
        List<AlertRule> watching = rules.list(workspace).stream().filter(r -> r.enabled() && r.kind() == AlertKind.OBJECTIVE_AT_RISK).toList();
        if (watching.isEmpty()) {
            return List.of();
        }
        List<Alert> out = new ArrayList<>();
        List<ObjectiveProgress> objectives = progress.of(workspace);
        List<String> current = objectives.stream().map(p -> subject(p.objective().id())).toList();
        for (String gone : alerts.openSubjects(workspace, KIND)) {
            if (!current.contains(gone)) {
                alerts.end(workspace, gone, now);
            }
        }
        for (ObjectiveProgress p : objectives) {
            String subject = subject(p.objective().id());
            if (p.status().equals("no-data")) {
                continue;
            }
            if (!p.status().equals("at-risk")) {
                alerts.end(workspace, subject, now);
                continue;
            }
            for (AlertRule rule : watching) {
                if (!alerts.ongoing(rule.id(), subject).isEmpty()) {
                    continue;
                }
                Alert a = alert(rule, p, now);
                long id = alerts.insert(a, subject);
                Alert stored = new Alert(id, a.workspace(), a.ruleId(), a.rule(), a.kind(), a.start(), a.peak(), a.end(), a.detectedAt(),
                        a.observed(), a.expected(), a.score(), a.summary(), a.explanation());
                out.add(stored);
                raised.accept(rule, stored);
            }
        }
        return out;
    }

    private static Alert alert(AlertRule rule, ObjectiveProgress p, Instant now) {
        Objective o = p.objective();
        String summary = summary(p, Locale.ENGLISH);
        String dashboard = o.metric() == Objective.Metric.MEDIAN_FIRST_RESPONSE ? "/inbox?workspace=" + encode(o.workspace())
                : "/dashboard?workspace=" + encode(o.workspace()) + (o.topic() == null ? "" : "&topic=" + encode(o.topic()));
        Explanation why = new Explanation(summary, Math.round(p.value()), o.target(), 0, 0, 0, "objective-projection", 0, List.of(),
                List.of(), List.of(), dashboard, "/alerts?workspace=" + encode(o.workspace()), p);
        return new Alert(0, rule.workspace(), rule.id(), rule.name(), KIND, now, now, null, now, Math.round(p.value()), o.target(), 0,
                summary, why);
    }

    /** The alert's one line in {@code locale}: the objective, its target and date, today's value, the projection and the trend. */
    static String summary(ObjectiveProgress p, Locale locale) {
        ResourceBundle t = AlertSummary.bundle(locale);
        Objective o = p.objective();
        String on = o.topic() == null ? "" : MessageFormat.format(t.getString("alerts.objective.on"), o.topic());
        return MessageFormat.format(t.getString("alerts.objective.summary"), o.name(), o.metric().label(), on, o.metric().comparison(),
                number(o.target(), locale), o.due().toString(), number(p.value(), locale), number(p.projected(), locale), trend(p, locale));
    }

    /** The weekly values, oldest first: {@code 10 → 12 → 14 → 16}. */
    static String trend(ObjectiveProgress p, Locale locale) {
        return String.join(" → ", p.trend().stream().map(point -> number(point.value(), locale)).toList());
    }

    /** The dated weekly values, for a notification's detail lines. */
    static List<String> details(ObjectiveProgress p, Locale locale) {
        ResourceBundle t = AlertSummary.bundle(locale);
        return List.of(t.getString("alerts.objective.trend") + " " + String.join(", ", p.trend().stream()
                .map(point -> MessageFormat.format(t.getString("alerts.objective.point"), point.day().toString(), number(point.value(), locale)))
                .toList()));
    }

    static String number(double value, Locale locale) {
        Locale l = AlertSummary.language(locale) == Locale.ROOT ? Locale.ROOT : Locale.FRENCH;
        return new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(l)).format(value);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
