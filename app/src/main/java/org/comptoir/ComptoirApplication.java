package org.comptoir;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.comptoir.account.Accounts;
import org.comptoir.account.LocalCredential;
import org.comptoir.account.LoginThrottle;
import org.comptoir.account.OneClickSignIn;
import org.comptoir.account.PersonalTokens;
import org.comptoir.alert.Alerts;
import org.comptoir.alert.Objectives;
import org.comptoir.analytics.Analytics;
import org.comptoir.report.Reports;
import org.comptoir.audit.AuditLog;
import org.comptoir.correction.Corrections;
import org.comptoir.enrich.Enricher;
import org.comptoir.events.Events;
import org.comptoir.inbox.Inbox;
import org.comptoir.inbox.reply.ReplyAccounts;
import org.comptoir.ingest.ImportJobs;
import org.comptoir.ingest.Importer;
import org.comptoir.ingest.QuarantineRepository;
import org.comptoir.search.PostSearch;
import org.comptoir.secret.SecretBox;
import org.comptoir.connector.Connectors;
import org.comptoir.source.SourceMetrics;
import org.comptoir.source.SourcePoller;
import org.comptoir.source.SourceWebhooks;
import org.comptoir.source.Sources;
import org.comptoir.topic.TopicCatalog;
import org.comptoir.topic.TopicPreview;
import org.comptoir.topic.TopicSaves;
import org.comptoir.web.ServerFile;
import org.comptoir.workspace.Workspace;
import org.comptoir.workspace.WorkspaceGate;
import org.comptoir.workspace.Workspaces;
import org.comptoir.demo.DemoAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;

/**
 * The web application ({@code comptoir serve}): opens one {@link Comptoir} and exposes each feature as a
 * bean, so a controller injects the feature it serves. Listens on 127.0.0.1 unless told otherwise.
 */
@SpringBootApplication
public class ComptoirApplication {
    private static final Logger LOG = LoggerFactory.getLogger(ComptoirApplication.class);

    public static ConfigurableApplicationContext start(Path dataDir, int port, String... extraArgs) {
        String[] args = new String[extraArgs.length + 2];
        args[0] = "--server.port=" + port;
        args[1] = "--comptoir.data=" + dataDir.toAbsolutePath();
        System.arraycopy(extraArgs, 0, args, 2, extraArgs.length);
        return SpringApplication.run(ComptoirApplication.class, args);
    }

    /**
     * Opens the data directory; on its first start loads the demo workspace and creates the {@code admin}
     * user, all before the port opens. The demo users exist only while the server listens on loopback.
     */
    @Bean(destroyMethod = "close")
    Comptoir comptoir(@Value("${comptoir.data:./data}") Path dataDir, @Value("${comptoir.demo:true}") boolean demo,
                      @Value("${server.address:127.0.0.1}") String address,
                      @Value("${comptoir.public-url:http://localhost:8080}") String publicUrl,
                      @Value("${comptoir.alerts.objectives-timer:true}") boolean objectivesTimer) {
        Comptoir comptoir = Comptoir.open(dataDir, Enricher.standard(), Clock.systemUTC());
        try {
            comptoir.alerts().usePublicUrl(publicUrl);
            if (objectivesTimer) {
                comptoir.alerts().checkObjectivesOnATimer();
            }
            if (demo) {
                comptoir.loadDemoIfAbsent();
                comptoir.threadDemoIfNeeded();
            }
            comptoir.replies().start();
            comptoir.accounts().ensureFirstAdmin(System.getenv("COMPTOIR_ADMIN_PASSWORD")).ifPresent(password ->
                    System.out.printf("%n  First start: user 'admin' created with the password  %s%n"
                            + "  (shown only this once; change it with: comptoir user passwd admin)%n%n", password));
            DemoAccounts.apply(comptoir.accounts(), isLoopback(address) && comptoir.workspaces().exists(Workspace.DEMO));
            if (demo) {
                comptoir.setUpDemoInboxIfAbsent();
                comptoir.setUpDemoObjectivesIfAbsent();
            }
            return comptoir;
        } catch (RuntimeException e) {
            comptoir.close();
            throw e;
        }
    }

    static boolean isLoopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    @Bean
    DataSource dataSource(Comptoir comptoir) {
        return comptoir.dataSource();
    }

    @Bean
    Events events(Comptoir comptoir) {
        return comptoir.events();
    }

    @Bean
    Workspaces workspaces(Comptoir comptoir) {
        return comptoir.workspaces();
    }

    @Bean
    Accounts accounts(Comptoir comptoir) {
        return comptoir.accounts();
    }

    @Bean
    PersonalTokens personalTokens(Comptoir comptoir) {
        return comptoir.tokens();
    }

    @Bean
    AuditLog auditLog(Comptoir comptoir) {
        return comptoir.audit();
    }

    @Bean
    TopicCatalog topicCatalog(Comptoir comptoir) {
        return comptoir.topics();
    }

    @Bean
    TopicPreview topicPreview(Comptoir comptoir) {
        return comptoir.topicPreview();
    }

    /** Saves from the topics page run their backfill in the background; closed (waiting for it) before the data is. */
    @Bean(destroyMethod = "close")
    TopicSaves topicSaves(TopicCatalog topics) {
        return new TopicSaves(topics);
    }

    @Bean
    Importer importer(Comptoir comptoir) {
        return comptoir.importer();
    }

    @Bean
    QuarantineRepository quarantine(Comptoir comptoir) {
        return comptoir.quarantine();
    }

    /** Imports started from the import page; uploads wait under {@code <data>/imports} (also where multipart parts are spooled). */
    @Bean(destroyMethod = "close")
    ImportJobs importJobs(Comptoir comptoir) {
        return new ImportJobs(comptoir.importer(), comptoir.dataDir().resolve("imports"), Clock.systemUTC());
    }

    @Bean
    PostSearch postSearch(Comptoir comptoir) {
        return comptoir.search();
    }

    @Bean
    Corrections corrections(Comptoir comptoir) {
        return comptoir.corrections();
    }

    @Bean
    Analytics analytics(Comptoir comptoir) {
        return comptoir.analytics();
    }

    @Bean
    Inbox inbox(Comptoir comptoir) {
        return comptoir.inbox();
    }

    @Bean
    org.comptoir.contact.Contacts contacts(Comptoir comptoir) {
        return comptoir.contacts();
    }

    @Bean
    org.comptoir.contact.Erasure erasure(Comptoir comptoir) {
        return comptoir.erasure();
    }

    /** The live presence streams of the conversation pages; ended before the data directory closes. */
    @Bean(destroyMethod = "close")
    org.comptoir.inbox.presence.PresenceStreams presenceStreams(Comptoir comptoir) {
        return new org.comptoir.inbox.presence.PresenceStreams(comptoir.inbox().presence(), comptoir.events()).start();
    }

    @Bean
    org.comptoir.team.Teams teams(Comptoir comptoir) {
        return comptoir.teams();
    }

    @Bean
    org.comptoir.inbox.Routing routing(Comptoir comptoir) {
        return comptoir.routing();
    }

    @Bean
    ReplyAccounts replyAccounts(Comptoir comptoir) {
        return comptoir.replyAccounts();
    }

    @Bean
    Alerts alerts(Comptoir comptoir) {
        return comptoir.alerts();
    }

    @Bean
    Objectives objectives(Comptoir comptoir) {
        return comptoir.objectives();
    }

    @Bean
    Reports reports(Comptoir comptoir) {
        return comptoir.reports();
    }

    @Bean
    org.comptoir.report.ReportSchedules reportSchedules(Comptoir comptoir) {
        return comptoir.reportSchedules();
    }

    /** Mails the scheduled reports when they are due (checked every minute; {@code comptoir.reports.schedule=false} turns it off). */
    @Bean(destroyMethod = "close")
    org.comptoir.report.ReportScheduler reportScheduler(Comptoir comptoir,
                                                        @Value("${comptoir.reports.schedule:true}") boolean schedule) {
        org.comptoir.report.ReportScheduler scheduler = new org.comptoir.report.ReportScheduler(comptoir.reportSchedules());
        return schedule ? scheduler.start(60) : scheduler;
    }

    @Bean
    SecretBox secretBox(Comptoir comptoir) {
        return comptoir.secrets();
    }

    @Bean
    Sources sources(Comptoir comptoir) {
        return comptoir.sources();
    }

    @Bean
    SourceWebhooks sourceWebhooks(Comptoir comptoir) {
        return comptoir.webhooks();
    }

    /**
     * Polls the sources while the server runs (two threads; {@code comptoir.sources.poll=false} turns it off);
     * closed before the data directory, letting polls in progress finish their commit.
     */
    @Bean(destroyMethod = "close")
    SourcePoller sourcePoller(Comptoir comptoir, Sources sources, @Value("${comptoir.sources.poll:true}") boolean poll) {
        SourcePoller poller = new SourcePoller(sources, Connectors.standard(Clock.systemUTC()), comptoir.events());
        if (poll) {
            poller.start(2);
        }
        return poller;
    }

    /** Per-source gauges (state, failures, posts in the last hour, lag), bound by the actuator to its meter registry. */
    @Bean
    SourceMetrics sourceMetrics(Comptoir comptoir) {
        return new SourceMetrics(comptoir.sources(), comptoir.events());
    }

    @Bean
    WorkspaceGate workspaceGate(Workspaces workspaces, Accounts accounts) {
        return new WorkspaceGate(workspaces, accounts);
    }

    @Bean
    LoginThrottle loginThrottle() {
        return new LoginThrottle(Clock.systemUTC());
    }

    /** The demo users as one-click buttons on the login page, only when they exist (loopback and a demo workspace). */
    @Bean
    OneClickSignIn oneClickSignIn(Comptoir comptoir) {
        List<OneClickSignIn.Entry> entries = DemoAccounts.USERS.stream()
                .filter(user -> comptoir.accounts().find(user.name()).isPresent())
                .map(user -> new OneClickSignIn.Entry(user.name(), user.role().label(), DemoAccounts.PASSWORD))
                .toList();
        return new OneClickSignIn(entries);
    }

    @Bean
    LocalCredential localCredential() {
        return new LocalCredential();
    }

    @EventListener
    public void onReady(ApplicationReadyEvent event) throws java.io.IOException {
        var context = event.getApplicationContext();
        Comptoir comptoir = context.getBean(Comptoir.class);
        if (context instanceof WebServerApplicationContext web) {
            int port = web.getWebServer().getPort();
            String host = context.getEnvironment().getProperty("server.address", "127.0.0.1");
            ServerFile.write(comptoir.dataDir(), host, port, context.getBean(LocalCredential.class).value());
            LOG.info("Comptoir is ready at http://{}:{}/ (data: {})", host.contains(":") ? "[" + host + "]" : host, port,
                    comptoir.dataDir().toAbsolutePath());
        }
    }

    @EventListener
    public void onClose(ContextClosedEvent event) {
        // the open presence streams end first: a graceful shutdown would otherwise wait for them
        event.getApplicationContext().getBean(org.comptoir.inbox.presence.PresenceStreams.class).close();
        ServerFile.delete(event.getApplicationContext().getBean(Comptoir.class).dataDir());
    }
}
