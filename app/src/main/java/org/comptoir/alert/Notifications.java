package org.comptoir.alert;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.comptoir.alert.notify.Delivery;
import org.comptoir.alert.notify.Notification;
import org.comptoir.alert.notify.Notifier;
import org.comptoir.alert.notify.SlackNotifier;
import org.comptoir.alert.notify.WebhookNotifier;
import org.comptoir.secret.SecretBox;
import tools.jackson.databind.json.JsonMapper;

/** The workspace's notifiers (secrets sealed with {@link SecretBox}) and the delivery of alerts to a rule's recipients. */
final class Notifications {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final NotifierRepository repository;
    private final SecretBox secrets;
    private final Clock clock;
    private Delivery delivery = Delivery.standard();
    private volatile PublicUrl publicUrl = new PublicUrl(null);

    Notifications(NotifierRepository repository, SecretBox secrets, Clock clock) {
        this.repository = repository;
        this.secrets = secrets;
        this.clock = clock;
    }

    /** Where links in notifications point ({@code comptoir.public-url}). */
    void usePublicUrl(PublicUrl url) {
        this.publicUrl = url;
    }

    String absolute(String link) {
        return publicUrl.absolute(link);
    }

    /** Tests replace the waits between retries. */
    void useDelivery(Delivery replacement) {
        this.delivery = replacement;
    }

    List<NotifierConfig> list(String workspace) {
        return repository.list(workspace).stream().map(Notifications::shown).toList();
    }

    Optional<NotifierConfig> find(String workspace, String name) {
        return repository.find(workspace, name).map(Notifications::shown);
    }

    private static NotifierConfig shown(NotifierRepository.Stored n) {
        return new NotifierConfig(n.name(), n.kind(), n.url(), n.language());
    }

    NotifierConfig save(String workspace, String name, String kind, String url, String secret, String language) {
        String n = NotifierConfig.checkName(name);
        String k = NotifierConfig.checkKind(kind);
        String l = NotifierConfig.checkLanguage(language);
        NotifierRepository.Stored stored;
        if (k.equals("slack")) {
            new SlackNotifier(url);
            stored = new NotifierRepository.Stored(workspace, n, k, java.net.URI.create(url.strip()).getHost(), secrets.seal(url.strip()), l);
        } else if (k.equals("email")) {
            SmtpAddress address = SmtpAddress.parse(url);
            address.notifier(secret);
            stored = new NotifierRepository.Stored(workspace, n, k, address.toString(),
                    secret == null || secret.isEmpty() ? null : secrets.seal(secret), l);
        } else {
            new WebhookNotifier(url, secret, clock);
            stored = new NotifierRepository.Stored(workspace, n, k, url.strip(), secrets.seal(secret), l);
        }
        repository.save(stored, clock.instant());
        return shown(stored);
    }

    boolean delete(String workspace, String name) {
        return repository.delete(workspace, name);
    }

    List<NotificationAttempt> attempts(String workspace, int limit) {
        return repository.attempts(workspace, limit);
    }

    private Notifier open(NotifierRepository.Stored n) {
        String secret = n.sealedSecret() == null ? null : secrets.open(n.sealedSecret());
        return switch (n.kind()) {
            case "slack" -> new SlackNotifier(secret);
            case "email" -> SmtpAddress.parse(n.url()).notifier(secret);
            default -> new WebhookNotifier(n.url(), secret, clock);
        };
    }

    /** The explanation as lines for people: an objective's trend, terms, authors, verbatims (untrusted: each notifier escapes them). */
    static List<String> details(Explanation why, java.util.Locale locale) {
        if (why == null) {
            return List.of();
        }
        java.util.ResourceBundle t = AlertSummary.bundle(locale);
        List<String> lines = new java.util.ArrayList<>();
        if (why.objective() != null) {
            lines.addAll(ObjectiveAlerts.details(why.objective(), locale));
        }
        if (!why.terms().isEmpty()) {
            lines.add(t.getString("alerts.notify.terms") + " " + String.join(", ", why.terms().stream().limit(8).map(term -> term.term()).toList()));
        }
        if (!why.drivers().isEmpty()) {
            lines.add(t.getString("alerts.notify.authors") + " " + String.join(", ", why.drivers().stream()
                    .map(d -> (d.handle() != null ? d.handle() : d.name()) + " (" + d.level() + ", " + d.posts() + " "
                            + t.getString("alerts.notify.posts") + ")").toList()));
        }
        why.verbatims().forEach(v -> lines.add("« " + v.text() + " » — " + (v.authorHandle() != null ? v.authorHandle() : v.authorName())
                + " (" + v.network() + ")"));
        return lines;
    }

    /** Hands the alert to each of the rule's notifiers on {@code executor}; attempts are recorded as they happen. */
    void send(AlertRule rule, Alert alert, Executor executor) {
        Explanation why = publicUrl.absolute(alert.explanation());
        sendTo(rule, alert.id(), locale -> {
            String summary = AlertSummary.of(alert, rule.topic(), locale);
            Alert shown = new Alert(alert.id(), alert.workspace(), alert.ruleId(), alert.rule(), alert.kind(), alert.start(), alert.peak(),
                    alert.end(), alert.detectedAt(), alert.observed(), alert.expected(), alert.score(), summary, why);
            return new Notification(rule.workspace(), alert.id(), "Comptoir · " + rule.name(), summary, details(why, locale),
                    why == null ? null : why.dashboardLink(), JSON.writeValueAsString(shown));
        }, executor);
    }

    /**
     * Hands each of the rule's notifiers the notification written in its language ({@code fr} or {@code en}) on {@code executor};
     * a missing notifier is recorded as a failure.
     */
    void sendTo(AlertRule rule, long alertId, java.util.function.Function<java.util.Locale, Notification> inLanguage, Executor executor) {
        for (String name : rule.recipients()) {
            Optional<NotifierRepository.Stored> n = repository.find(rule.workspace(), name);
            if (n.isEmpty()) {
                record(rule.workspace(), alertId, name, 1, "failed", "no notifier named '" + name + "' in the workspace");
                continue;
            }
            Notification notification = inLanguage.apply(n.get().locale());
            executor.execute(() -> deliver(n.get(), notification));
        }
    }

    /** Sends an HTML mail with inline images through the workspace's email notifier {@code name}; the attempt is recorded. */
    String email(String workspace, String name, String subject, String plain, String html, java.util.Map<String, byte[]> pngs,
                 List<org.comptoir.alert.notify.Attachment> attachments) {
        NotifierRepository.Stored n = repository.find(workspace, name)
                .orElseThrow(() -> new IllegalArgumentException("no notifier named '" + name + "'"));
        if (!n.kind().equals("email")) {
            throw new IllegalArgumentException("notifier '" + name + "' is not an email notifier");
        }
        String secret = n.sealedSecret() == null ? null : secrets.open(n.sealedSecret());
        try {
            String detail = SmtpAddress.parse(n.url()).notifier(secret).sendHtml(subject, plain, html, pngs, attachments);
            record(workspace, 0, name, 1, "sent", "report: " + detail);
            return detail;
        } catch (org.comptoir.alert.notify.Notifier.DeliveryFailed e) {
            record(workspace, 0, name, 1, "failed", "report: " + e.getMessage());
            throw new IllegalStateException("report to '" + name + "' not delivered: " + e.getMessage(), e);
        }
    }

    /** Hands a notification that concerns everyone (a source stopped delivering) to every notifier of the workspace. */
    void broadcast(String workspace, java.util.function.Function<java.util.Locale, Notification> inLanguage, Executor executor) {
        for (NotifierRepository.Stored n : repository.list(workspace)) {
            Notification notification = inLanguage.apply(n.locale());
            executor.execute(() -> deliver(n, notification));
        }
    }

    boolean test(String workspace, String name) {
        NotifierRepository.Stored n = repository.find(workspace, name)
                .orElseThrow(() -> new IllegalArgumentException("no notifier named '" + name + "'"));
        String json = JSON.writeValueAsString(java.util.Map.of("test", true, "workspace", workspace, "notifier", name));
        return deliver(n, new Notification(workspace, 0, "Comptoir · test", "A test notification from Comptoir.", List.of(), null, json));
    }

    private boolean deliver(NotifierRepository.Stored n, Notification notification) {
        return delivery.deliver(n.name(), open(n), notification,
                (name, attempt, outcome, detail) -> record(n.workspace(), notification.alertId(), name, attempt, outcome, detail));
    }

    private void record(String workspace, long alertId, String notifier, int attempt, String outcome, String detail) {
        repository.attempt(workspace, new NotificationAttempt(alertId, notifier, attempt, outcome, detail, clock.instant()));
    }
}
