package org.comptoir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import javax.sql.DataSource;
import org.comptoir.account.AccountRepository;
import org.comptoir.account.Accounts;
import org.comptoir.account.PersonalTokens;
import org.comptoir.account.TokenRepository;
import org.comptoir.alert.Alerts;
import org.comptoir.alert.Objectives;
import org.comptoir.analytics.Analytics;
import org.comptoir.analytics.Employees;
import org.comptoir.report.Reports;
import org.comptoir.audit.AuditLog;
import org.comptoir.audit.AuditRepository;
import org.comptoir.correction.CorrectionRepository;
import org.comptoir.correction.Corrections;
import org.comptoir.enrich.Enricher;
import org.comptoir.events.Events;
import org.comptoir.inbox.ConversationRepository;
import org.comptoir.inbox.Inbox;
import org.comptoir.inbox.InboxConfig;
import org.comptoir.inbox.reply.BlueskyReplySender;
import org.comptoir.inbox.reply.MastodonReplySender;
import org.comptoir.inbox.reply.ReplyAccounts;
import org.comptoir.inbox.reply.ReplyDispatcher;
import org.comptoir.inbox.reply.ReplyQueue;
import org.comptoir.ingest.Importer;
import org.comptoir.ingest.QuarantineRepository;
import org.comptoir.pipeline.Pipelines;
import org.comptoir.search.PostSearch;
import org.comptoir.secret.SecretBox;
import org.comptoir.source.SourceHealthRepository;
import org.comptoir.source.SourceRepository;
import org.comptoir.source.SourceWebhooks;
import org.comptoir.source.Sources;
import org.comptoir.sql.Database;
import org.comptoir.topic.TopicCatalog;
import org.comptoir.topic.TopicPreview;
import org.comptoir.topic.TopicRepository;
import org.comptoir.workspace.WorkspaceRepository;
import org.comptoir.workspace.Workspaces;
import org.comptoir.demo.DemoLoader;

/**
 * Composition root of the embedded default: opens a data directory (H2 file + one Lucene index per
 * workspace) and wires the features once. The CLI uses it directly; {@code serve} exposes each
 * feature as a Spring bean so controllers inject the feature they serve, never this class.
 */
public final class Comptoir implements AutoCloseable {
    private final Path dataDir;
    private final Database database;
    private final Events events = new Events();
    private final Workspaces workspaces;
    private final Accounts accounts;
    private final PersonalTokens tokens;
    private final AuditLog audit;
    private final TopicCatalog topics;
    private final TopicPreview topicPreview;
    private final Pipelines pipelines;
    private final QuarantineRepository quarantine;
    private final Importer importer;
    private final PostSearch search;
    private final Corrections corrections;
    private final Employees employees;
    private final Analytics analytics;
    private final SecretBox secrets;
    private final Sources sources;
    private final SourceWebhooks webhooks;
    private final Clock clock;
    private final ReplyAccounts replyAccounts;
    private final ReplyDispatcher replies;
    private final Inbox inbox;
    private final org.comptoir.team.Teams teams;
    private final org.comptoir.inbox.Routing routing;
    private final Alerts alerts;
    private final Objectives objectives;
    private final Reports reports;
    private final org.comptoir.report.ReportSchedules reportSchedules;
    private final org.comptoir.contact.Contacts contacts;
    private final org.comptoir.contact.Erasure erasure;

    private Comptoir(Path dataDir, Enricher enricher, Clock clock, java.util.function.Supplier<Database> opener) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.database = opener.get();
        DataSource sql = database.dataSource();
        this.audit = new AuditLog(new AuditRepository(sql), clock).listenTo(events);
        this.workspaces = new Workspaces(new WorkspaceRepository(sql), events, clock);
        this.accounts = new Accounts(new AccountRepository(sql), events, clock);
        this.tokens = new PersonalTokens(new TokenRepository(sql), accounts, events, clock);
        TopicRepository topicRepository = new TopicRepository(sql);
        this.pipelines = new Pipelines(dataDir, topicRepository, enricher, events);
        this.topics = new TopicCatalog(topicRepository, events, pipelines, clock);
        this.topicPreview = new TopicPreview(pipelines, clock);
        this.quarantine = new QuarantineRepository(sql);
        this.importer = new Importer(pipelines, quarantine, events, clock);
        this.search = new PostSearch(pipelines, topics);
        this.corrections = new Corrections(pipelines, new CorrectionRepository(sql), events, clock);
        this.employees = new Employees(sql);
        this.analytics = new Analytics(pipelines, topics, employees, workspaces, clock);
        this.secrets = SecretBox.forDataDir(dataDir, System.getenv(SecretBox.KEY_ENV));
        this.sources = new Sources(new SourceRepository(sql), new SourceHealthRepository(sql), secrets, topics, pipelines,
                quarantine, events, clock);
        this.webhooks = new SourceWebhooks(sources);
        this.replyAccounts = new ReplyAccounts(sql, secrets);
        ReplyQueue replyQueue = new ReplyQueue(sql);
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                .connectTimeout(java.time.Duration.ofSeconds(10)).build();
        this.replies = new ReplyDispatcher(replyQueue, replyAccounts,
                java.util.List.of(new MastodonReplySender(http), new BlueskyReplySender(http)), events, clock);
        this.teams = new org.comptoir.team.Teams(new org.comptoir.team.TeamRepository(sql), accounts, events, clock);
        ConversationRepository conversations = new ConversationRepository(sql);
        this.inbox = new Inbox(conversations, replyQueue, replies, pipelines, accounts, employees::list,
                ws -> topics.list(ws).stream().filter(org.comptoir.topic.Topic::engage).map(org.comptoir.topic.Topic::name)
                        .collect(java.util.stream.Collectors.toSet()),
                events, InboxConfig.DEFAULTS, clock, new org.comptoir.inbox.ResponseTargets(sql, teams,
                        ws -> workspaces.find(ws).map(org.comptoir.workspace.Workspace::zone).orElse(org.comptoir.workspace.Workspace.DEFAULT_ZONE),
                        clock));
        var contactRepository = new org.comptoir.contact.ContactRepository(sql);
        var authorConversations = new org.comptoir.inbox.AuthorConversations(sql);
        this.contacts = new org.comptoir.contact.Contacts(contactRepository, pipelines, authorConversations, employees::list, events, clock);
        this.routing = new org.comptoir.inbox.Routing(new org.comptoir.inbox.RoutingRuleRepository(sql), conversations, inbox, teams,
                pipelines, (ws, network, handle, at) -> analytics.levelOf(ws, network, handle, at).map(org.comptoir.analytics.PyramidLevel::label),
                contacts::tagsOf, events, clock);
        this.alerts = new Alerts(sql, analytics, topics, secrets, events, clock).listenTo(events);
        this.objectives = new Objectives(sql, analytics, topics, (ws, from, to) -> {
            Object median = inbox.metrics(ws, from, to).get("median_first_response_minutes");
            return median == null ? null : ((Number) median).doubleValue();
        }, clock);
        alerts.watch(objectives);
        this.reports = new Reports(analytics, alerts, objectives, clock);
        this.reportSchedules = new org.comptoir.report.ReportSchedules(sql, reports, alerts,
                ws -> workspaces.find(ws).map(org.comptoir.workspace.Workspace::zone).orElse(org.comptoir.workspace.Workspace.DEFAULT_ZONE),
                clock);
        this.erasure = new org.comptoir.contact.Erasure(pipelines, contactRepository, authorConversations, employees, quarantine, events);
    }

    public static Comptoir open(Path dataDir) {
        return open(dataDir, Enricher.none(), Clock.systemUTC());
    }

    public static Comptoir open(Path dataDir, Enricher enricher, Clock clock) {
        return open(dataDir, enricher, clock, () -> Database.h2(dataDir));
    }

    /** Like {@link #open(Path, Enricher, Clock)} with the workflow state in another database (PostgreSQL), migrated first. */
    public static Comptoir open(Path dataDir, Enricher enricher, Clock clock, javax.sql.DataSource workflow) {
        return open(dataDir, enricher, clock, () -> Database.of(workflow));
    }

    private static Comptoir open(Path dataDir, Enricher enricher, Clock clock, java.util.function.Supplier<Database> database) {
        try {
            if (!Files.isDirectory(dataDir)) {
                Files.createDirectories(dataDir);
                ownerOnly(dataDir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + dataDir, e);
        }
        return new Comptoir(dataDir, enricher, clock, database);
    }

    /** A new data directory is readable by its owner only: it holds the posts, password hashes and the server's credential. */
    private static void ownerOnly(Path dir) throws IOException {
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
    }

    /** Loads the fictional demo workspace unless it is already complete; returns the posts newly stored. */
    public int loadDemoIfAbsent() {
        int stored = new DemoLoader(dataDir, workspaces, topics, pipelines, employees).loadIfAbsent();
        if (stored > 0) {
            settleDemoInbox();
        }
        return stored;
    }

    /** Threads the demo workspace's posts into conversations when none exist yet (a demo loaded before the inbox existed). */
    public int threadDemoIfNeeded() {
        if (!workspaces.exists(org.comptoir.workspace.Workspace.DEMO) || inbox.count(org.comptoir.workspace.Workspace.DEMO) > 0) {
            return 0;
        }
        int threaded = inbox.backfill(org.comptoir.workspace.Workspace.DEMO);
        settleDemoInbox();
        return threaded;
    }

    /** Gives the demo workspace its teams, targets and routing rules, routing its waiting conversations, unless it has teams. */
    public int setUpDemoInboxIfAbsent() {
        if (!workspaces.exists(org.comptoir.workspace.Workspace.DEMO)) {
            return 0;
        }
        return org.comptoir.demo.DemoInbox.setUpIfAbsent(teams, routing, inbox, accounts, clock);
    }

    /**
     * Gives the demo workspace three objectives of the kinds a team states (net sentiment on its brand after the crisis,
     * advocates, share of voice against competitors), due at the end of the third month from now, unless it has objectives.
     */
    public int setUpDemoObjectivesIfAbsent() {
        String demo = org.comptoir.workspace.Workspace.DEMO;
        if (!workspaces.exists(demo) || !objectives.list(demo).isEmpty()) {
            return 0;
        }
        java.time.LocalDate due = java.time.YearMonth.from(clock.instant().atZone(java.time.ZoneOffset.UTC)).plusMonths(3).atEndOfMonth();
        java.util.List<org.comptoir.alert.Objective> wanted = java.util.List.of(
                new org.comptoir.alert.Objective(0, demo, "Sentiment net Grelot ≥ +20", org.comptoir.alert.Objective.Metric.NET_SENTIMENT,
                        "Grelot Mobile", 20, due),
                new org.comptoir.alert.Objective(0, demo, "50 ambassadeurs", org.comptoir.alert.Objective.Metric.ADVOCATES, null, 50, due),
                new org.comptoir.alert.Objective(0, demo, "Part de voix Grelot ≥ 35 %", org.comptoir.alert.Objective.Metric.SHARE_OF_VOICE,
                        "Grelot Mobile", 35, due));
        wanted.forEach(objectives::create);
        return wanted.size();
    }

    /** The demo's threads older than a week count as dealt with, so its inbox opens on the last week's work. */
    private void settleDemoInbox() {
        inbox.resolveInactiveBefore(org.comptoir.workspace.Workspace.DEMO, clock.instant().minus(java.time.Duration.ofDays(7)),
                "resolved: part of the demo's history (no message for a week)");
    }

    public DataSource dataSource() {
        return database.dataSource();
    }

    public Path dataDir() {
        return dataDir;
    }

    public Events events() {
        return events;
    }

    public Workspaces workspaces() {
        return workspaces;
    }

    public Accounts accounts() {
        return accounts;
    }

    public PersonalTokens tokens() {
        return tokens;
    }

    public AuditLog audit() {
        return audit;
    }

    public TopicCatalog topics() {
        return topics;
    }

    public TopicPreview topicPreview() {
        return topicPreview;
    }

    public Pipelines pipelines() {
        return pipelines;
    }

    public QuarantineRepository quarantine() {
        return quarantine;
    }

    public Importer importer() {
        return importer;
    }

    public PostSearch search() {
        return search;
    }

    public Corrections corrections() {
        return corrections;
    }

    public Analytics analytics() {
        return analytics;
    }

    /** The handles a workspace marks as its employees and own accounts (the inbox's own accounts). */
    public Employees employees() {
        return employees;
    }

    public Inbox inbox() {
        return inbox;
    }

    /** The workspaces' contacts (CRM persons with identities on several networks). */
    public org.comptoir.contact.Contacts contacts() {
        return contacts;
    }

    /** GDPR erasure of an author or a contact everywhere a workspace keeps them. */
    public org.comptoir.contact.Erasure erasure() {
        return erasure;
    }

    /** The workspaces' teams, their members and business hours. */
    public org.comptoir.team.Teams teams() {
        return teams;
    }

    /** Routing rules, applied as conversations open, and their dry-run. */
    public org.comptoir.inbox.Routing routing() {
        return routing;
    }

    public ReplyAccounts replyAccounts() {
        return replyAccounts;
    }

    /** Sends queued replies; the server starts it, the CLI calls it once. */
    public ReplyDispatcher replies() {
        return replies;
    }

    /** Seals the credentials workspaces configure (sources, reply accounts, notifiers) before they reach SQL. */
    public SecretBox secrets() {
        return secrets;
    }

    /** The workspaces' sources (feeds, accounts, streams, webhooks) and their health; polled only under serve. */
    public Sources sources() {
        return sources;
    }

    public SourceWebhooks webhooks() {
        return webhooks;
    }

    /** Alert rules, their evaluation as posts arrive, the alerts, notifiers and the replay. */
    public Alerts alerts() {
        return alerts;
    }

    /** The workspaces' objectives and their progress. */
    public Objectives objectives() {
        return objectives;
    }

    /** The workspaces' reports (PDF, email). */
    public Reports reports() {
        return reports;
    }

    /** The workspaces' report schedules; reports are mailed when due only under serve ({@code ReportScheduler}). */
    public org.comptoir.report.ReportSchedules reportSchedules() {
        return reportSchedules;
    }

    @Override
    public void close() {
        replies.close();
        alerts.close();
        pipelines.close();
        database.close();
    }
}
