package org.comptoir.alert;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.comptoir.analytics.Analytics;
import org.comptoir.events.Events;
import org.comptoir.pipeline.PostsIndexed;
import org.comptoir.query.QueryParser;
import org.comptoir.query.QuerySyntaxException;
import org.comptoir.secret.SecretBox;
import org.comptoir.topic.TopicCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The alerts feature: rules (CRUD), evaluation as posts arrive ({@link PostsIndexed}, handed to one background
 * thread, evaluations of a workspace coalesced), the alerts with their explanation, the notifiers they go to
 * and every delivery attempt, and the replay of a workspace's history. Method: docs/alerts.md.
 */
public final class Alerts implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Alerts.class);
    private final AlertRuleRepository rules;
    private final AlertRepository alerts;
    private final TopicCatalog topics;
    private final Notifications notifications;
    private final AlertEvaluator evaluator;
    private final AlertReplay replay;
    private final ObjectiveAlerts objectiveAlerts;
    private final Events events;
    private final Clock clock;
    private final java.util.concurrent.ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "alerts");
        t.setDaemon(true);
        return t;
    });
    /** Deliveries wait between retries (up to about a minute): on their own thread, so evaluations never wait for them. */
    private final ExecutorService deliveries = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "alert-deliveries");
        t.setDaemon(true);
        return t;
    });
    private final Set<String> pending = ConcurrentHashMap.newKeySet();

    public Alerts(DataSource sql, Analytics analytics, TopicCatalog topics, SecretBox secrets, Events events, Clock clock) {
        this.rules = new AlertRuleRepository(sql);
        this.alerts = new AlertRepository(sql);
        this.topics = topics;
        this.events = events;
        this.clock = clock;
        this.notifications = new Notifications(new NotifierRepository(sql), secrets, clock);
        SeriesReader series = new SeriesReader(analytics);
        Explainer explainer = new Explainer(analytics);
        EpisodeFinder finder = new EpisodeFinder(series, new AuthorWatch(analytics));
        this.evaluator = new AlertEvaluator(finder, explainer, alerts);
        this.replay = new AlertReplay(finder, explainer);
        this.objectiveAlerts = new ObjectiveAlerts(rules, alerts, clock);
    }

    /**
     * Lets the workspaces' {@code objective-at-risk} rules watch these objectives: checked at most once an hour per workspace
     * (after new posts, and by {@link #checkObjectivesOnATimer()}), and at each requested {@link #evaluate(String)}.
     */
    public Alerts watch(Objectives objectives) {
        return watch(objectives::progress);
    }

    Alerts watch(ObjectiveAlerts.Progress objectives) {
        objectiveAlerts.watch(objectives);
        return this;
    }

    /**
     * Evaluates a workspace's rules in the background after each commit of new posts, and turns a source that stops
     * delivering (or whose credentials expire soon) into a notification to every notifier of its workspace.
     */
    public Alerts listenTo(Events source) {
        new SourceAlerts(notifications, rules, alerts, events, clock, deliveries).listenTo(source);
        source.subscribe(PostsIndexed.class, e -> {
            if (!e.posts().isEmpty() && pending.add(e.workspace())) {
                background.execute(() -> {
                    pending.remove(e.workspace());
                    try {
                        evaluate(e.workspace(), false);
                    } catch (RuntimeException failure) {
                        LOG.warn("alert evaluation of workspace {} failed: {}", e.workspace(), failure.toString(), failure);
                    }
                });
            }
        });
        return this;
    }

    /**
     * Evaluates every enabled rule of the workspace now, objectives included; returns the alerts newly raised (already
     * notified). One evaluation at a time, so the background one and a requested one never raise the same episode twice.
     */
    public List<Alert> evaluate(String workspace) {
        return evaluate(workspace, true);
    }

    /** As {@link #evaluate(String)}; the objectives only when {@code objectivesNow} or their last check is an hour old. */
    synchronized List<Alert> evaluate(String workspace, boolean objectivesNow) {
        List<Alert> raised = new java.util.ArrayList<>(objectives(workspace, objectivesNow));
        Instant now = clock.instant();
        for (AlertRule rule : rules.list(workspace)) {
            if (!rule.enabled() || rule.kind() == AlertKind.OBJECTIVE_AT_RISK) {
                continue;
            }
            try {
                evaluator.evaluate(rule, now, alert -> {
                    raised.add(alert);
                    events.publish(new AlertRaised(workspace, alert.id(), alert.rule(), alert.summary()));
                    notifications.send(rule, alert, deliveries);
                });
            } catch (QuerySyntaxException | IllegalArgumentException e) {
                LOG.warn("alert rule '{}' of workspace {} cannot be evaluated: {}", rule.name(), workspace, e.getMessage());
            }
        }
        return raised;
    }

    /** Checks the objectives of the workspace now, or only if their last check is an hour old; returns the alerts raised. */
    private List<Alert> objectives(String workspace, boolean now) {
        java.util.function.BiConsumer<AlertRule, Alert> announce = (rule, alert) -> {
            events.publish(new AlertRaised(workspace, alert.id(), alert.rule(), alert.summary()));
            notifications.send(rule, alert, deliveries);
        };
        try {
            return now ? objectiveAlerts.check(workspace, announce) : objectiveAlerts.checkIfDue(workspace, announce);
        } catch (QuerySyntaxException | IllegalArgumentException e) {
            LOG.warn("the objectives of workspace {} cannot be measured: {}", workspace, e.getMessage());
            return List.of();
        }
    }

    /**
     * Checks the objectives of every workspace with an enabled {@code objective-at-risk} rule whose last check is an hour old
     * (also when no post arrives); returns the alerts raised.
     */
    public synchronized List<Alert> checkObjectivesDue() {
        List<Alert> raised = new java.util.ArrayList<>();
        for (String workspace : rules.workspacesWatching(AlertKind.OBJECTIVE_AT_RISK)) {
            raised.addAll(objectives(workspace, false));
        }
        return raised;
    }

    /** Under {@code serve}: runs {@link #checkObjectivesDue()} every 10 minutes on the evaluations' thread (no thread of its own). */
    public Alerts checkObjectivesOnATimer() {
        background.scheduleWithFixedDelay(() -> {
            try {
                checkObjectivesDue();
            } catch (RuntimeException e) {
                LOG.warn("checking the objectives failed: {}", e.toString(), e);
            }
        }, 10, 10, TimeUnit.MINUTES);
        return this;
    }

    /**
     * Sets the address people reach Comptoir at ({@code comptoir.public-url}; default {@code http://localhost:8080}): links in
     * email, webhook and Slack notifications are made absolute with it.
     */
    public Alerts usePublicUrl(String url) {
        notifications.usePublicUrl(new PublicUrl(url));
        return this;
    }

    public List<AlertRule> rules(String workspace) {
        return rules.list(workspace);
    }

    public Optional<AlertRule> rule(String workspace, long id) {
        return rules.find(workspace, id);
    }

    public AlertRule create(AlertRule rule) throws QuerySyntaxException {
        check(rule);
        if (rules.list(rule.workspace()).stream().anyMatch(r -> r.name().equals(rule.name()))) {
            throw new IllegalArgumentException("a rule named '" + rule.name() + "' already exists");
        }
        AlertRule saved = rules.insert(rule, clock.instant());
        events.publish(new AlertRuleSaved(saved.workspace(), saved.id(), saved.name(), true));
        return saved;
    }

    public Optional<AlertRule> update(AlertRule rule) throws QuerySyntaxException {
        check(rule);
        if (rules.list(rule.workspace()).stream().anyMatch(r -> r.name().equals(rule.name()) && r.id() != rule.id())) {
            throw new IllegalArgumentException("a rule named '" + rule.name() + "' already exists");
        }
        if (!rules.update(rule)) {
            return Optional.empty();
        }
        events.publish(new AlertRuleSaved(rule.workspace(), rule.id(), rule.name(), false));
        return rules.find(rule.workspace(), rule.id());
    }

    public boolean delete(String workspace, long id) {
        Optional<AlertRule> rule = rules.find(workspace, id);
        if (rule.isEmpty() || !rules.delete(workspace, id)) {
            return false;
        }
        events.publish(new AlertRuleRemoved(workspace, id, rule.get().name()));
        return true;
    }

    /** A rule's topic must exist, its query parse and its recipients be notifiers of the workspace. */
    private void check(AlertRule rule) throws QuerySyntaxException {
        if (rule.topic() != null && topics.find(rule.workspace(), rule.topic()).isEmpty()) {
            throw new IllegalArgumentException("unknown topic '" + rule.topic() + "' in workspace '" + rule.workspace() + "'");
        }
        if (rule.query() != null) {
            QueryParser.parse(rule.query());
        }
        for (String recipient : rule.recipients()) {
            if (notifications.find(rule.workspace(), recipient).isEmpty()) {
                throw new IllegalArgumentException("unknown notifier '" + recipient + "': add it first");
            }
        }
    }

    public List<Alert> alerts(String workspace, int limit) {
        return alerts.list(workspace, Math.max(1, Math.min(limit, 1000)));
    }

    public Optional<Alert> alert(String workspace, long id) {
        return alerts.find(workspace, id);
    }

    /**
     * Replays the workspace's history over {@code [from, to)} (default: the 180 days before now) with its rules, or
     * the default rules (docs/alerts.md) when it has none.
     */
    public List<ReplayedAlert> replay(String workspace, Instant from, Instant to, boolean explain) throws QuerySyntaxException {
        List<AlertRule> chosen = rules.list(workspace);
        if (chosen.isEmpty()) {
            chosen = DefaultRules.of(workspace, topics.list(workspace));
        }
        Instant end = to != null ? to : clock.instant();
        Instant start = from != null ? from : end.minus(AlertReplay.DEFAULT_SPAN);
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("from must be before to");
        }
        return replay.replay(chosen, start, end, explain);
    }

    public List<NotifierConfig> notifiers(String workspace) {
        return notifications.list(workspace);
    }

    /** Adds or replaces a notifier; the secret (webhook) or the URL (slack) is sealed before it is stored. */
    public NotifierConfig saveNotifier(String workspace, String name, String kind, String url, String secret) {
        return notifications.save(workspace, name, kind, url, secret, null);
    }

    /** As {@link #saveNotifier(String, String, String, String, String)}, with the language of its summaries ({@code fr} or {@code en}). */
    public NotifierConfig saveNotifier(String workspace, String name, String kind, String url, String secret, String language) {
        return notifications.save(workspace, name, kind, url, secret, language);
    }

    public boolean deleteNotifier(String workspace, String name) {
        return notifications.delete(workspace, name);
    }

    /** Sends an HTML mail with inline PNG images (Content-ID = the map's key) through the email notifier {@code name}. */
    public String email(String workspace, String name, String subject, String plain, String html, java.util.Map<String, byte[]> pngs) {
        return notifications.email(workspace, name, subject, plain, html, pngs, List.of());
    }

    /** As {@link #email(String, String, String, String, String, java.util.Map)}, with files attached (a report's PDF). */
    public String email(String workspace, String name, String subject, String plain, String html, java.util.Map<String, byte[]> pngs,
                        List<org.comptoir.alert.notify.Attachment> attachments) {
        return notifications.email(workspace, name, subject, plain, html, pngs, attachments);
    }

    /** Sends a test notification to the notifier now (with retries) and returns whether it was delivered. */
    public boolean testNotifier(String workspace, String name) {
        return notifications.test(workspace, name);
    }

    public List<NotificationAttempt> attempts(String workspace, int limit) {
        return notifications.attempts(workspace, Math.max(1, Math.min(limit, 1000)));
    }

    /** Waits for evaluations and deliveries under way (at most 30 s each). */
    @Override
    public void close() {
        background.shutdown();
        deliveries.shutdown();
        try {
            background.awaitTermination(30, TimeUnit.SECONDS);
            deliveries.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
