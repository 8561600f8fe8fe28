package org.comptoir.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.comptoir.Comptoir;
import org.comptoir.ComptoirApplication;
import org.comptoir.account.Role;
import org.comptoir.inbox.InboxQuery;
import org.comptoir.pipeline.Pipeline;
import org.comptoir.post.Author;
import org.comptoir.post.Metrics;
import org.comptoir.post.Network;
import org.comptoir.post.Post;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code comptoir team …} and {@code comptoir routing …} on a data directory, and through the running server. */
class TeamRoutingCliTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void setUp() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try (Comptoir comptoir = Comptoir.open(dir.resolve("data"))) {
            comptoir.workspaces().create("w", "w", null);
            comptoir.employees().replace("w", List.of("@fournil"));
            for (String agent : List.of("alice", "bruno")) {
                comptoir.accounts().add(agent, agent + "-password", false);
                comptoir.accounts().grant(agent, "w", Role.AGENT);
            }
            Pipeline pipeline = comptoir.pipelines().get("w");
            pipeline.process(List.of(
                    new Post("x:1", Network.X, null, new Author("7", "@marie", "Marie", 3L), "@fournil encore une panne de four",
                            null, "fr", Instant.parse("2026-03-10T11:00:00Z"), null, Metrics.NONE, null, null),
                    new Post("x:2", Network.X, null, new Author("8", "@paul", "Paul", 3L), "@fournil merci pour le pain",
                            null, "fr", Instant.parse("2026-03-10T12:00:00Z"), null, Metrics.NONE, null, null)));
            pipeline.commit();
        }
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        String[] full = new String[args.length + 4];
        full[0] = "--data";
        full[1] = dir.resolve("data").toString();
        full[2] = "--workspace";
        full[3] = "w";
        System.arraycopy(args, 0, full, 4, args.length);
        return ComptoirMain.run(full);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void teamsAndTheirMembersFromTheCommandLine() {
        assertThat(run("team", "add", "support", "--label", "Service client", "--zone", "Europe/Paris",
                "--hours", "mon-fri 09:00-12:30 13:30-18:00", "--holiday", "2026-05-01", "--member", "alice")).isZero();
        assertThat(out()).contains("team added: support").contains("Service client").contains("alice");
        assertThat(run("team", "member", "add", "support", "bruno")).isZero();
        assertThat(run("team", "list")).isZero();
        assertThat(out()).startsWith("1 teams").contains("mon 09:00-12:30 13:30-18:00; tue 09:00-12:30").contains("alice, bruno");
        assertThat(run("team", "member", "rm", "support", "alice")).isZero();
        assertThat(run("team", "list", "--json")).isZero();
        assertThat(out()).contains("\"members\":[\"bruno\"]").contains("\"holidays\":[\"2026-05-01\"]");
        assertThat(run("team", "rm", "support")).isZero();
        assertThat(run("team", "list")).isZero();
        assertThat(out()).startsWith("0 teams");
    }

    @Test
    void badTeamInputIsAClearErrorWithExitCode2() {
        assertThat(run("team", "add", "support", "--member", "stranger")).isEqualTo(2);
        assertThat(err()).contains("stranger");
        assertThat(run("team", "add", "support", "--hours", "lundi 9h")).isEqualTo(2);
        assertThat(err()).contains("unknown day");
        assertThat(run("team", "add", "support")).isZero();
        assertThat(run("team", "add", "support")).isEqualTo(2);
        assertThat(err()).contains("exists already");
        assertThat(run("team", "member", "rm", "support", "alice")).isEqualTo(2);
        assertThat(err()).contains("'alice' is not a member of team 'support'");
        assertThat(run("team", "rm", "nope")).isEqualTo(2);
        assertThat(err()).contains("no team 'nope'");
    }

    @Test
    void routingRulesAreAddedTriedListedAndRemoved() {
        assertThat(run("team", "add", "support", "--member", "alice", "--member", "bruno")).isZero();
        assertThat(run("routing", "dry-run", "essai", "--query", "panne", "--team", "support", "--priority", "high")).isZero();
        assertThat(out()).startsWith("this rule would have routed 1 of 2 conversations").contains("@marie")
                .contains("team → support, priority → high");
        assertThat(run("routing", "dry-run", "essai", "--query", "panne", "--team", "support", "--json")).isZero();
        assertThat(out()).contains("\"matched\":1").contains("\"scanned\":2");
        assertThat(run("routing", "add", "Pannes", "--query", "panne OR four", "--intent", "complaint", "--contact-tag", "vip",
                "--team", "support", "--assign", "round-robin", "--tag", "four", "--continue")).isZero();
        assertThat(out()).startsWith("rule added:").contains("Pannes").contains("query=panne OR four")
                .contains("contact_tags=[\"vip\"]").contains("assign=round-robin").contains("(continue)");
        assertThat(run("routing", "list", "--json")).isZero();
        assertThat(out()).contains("\"name\":\"Pannes\"").contains("\"contact_tags\":[\"vip\"]").contains("\"continue\":true");
        long id = Long.parseLong(out().replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
        assertThat(run("routing", "rm", String.valueOf(id))).isZero();
        assertThat(run("routing", "list")).isZero();
        assertThat(out()).startsWith("0 rules");
        assertThat(run("routing", "rm", String.valueOf(id))).isEqualTo(2);
        assertThat(err()).contains("no rule " + id);
        assertThat(run("routing", "add", "x", "--query", "panne AND (", "--priority", "high")).isEqualTo(2);
        assertThat(err()).contains("invalid query");
        assertThat(run("routing", "add", "x", "--team", "nowhere")).isEqualTo(2);
        assertThat(err()).contains("no team 'nowhere'");
        assertThat(run("routing", "add", "x")).isEqualTo(2);
        assertThat(err()).contains("at least one action");
    }

    @Test
    void theCommandsGoThroughTheRunningServer() throws Exception {
        ConfigurableApplicationContext app = ComptoirApplication.start(dir.resolve("data"), 0, "--comptoir.demo=false");
        try {
            assertThat(run("team", "add", "sales", "--member", "bruno")).isZero();
            assertThat(run("routing", "add", "Ventes", "--query", "pain", "--team", "sales", "--assign", "least-loaded")).isZero();
            assertThat(run("routing", "list")).isZero();
            assertThat(out()).startsWith("1 rules").contains("Ventes");
            Comptoir comptoir = app.getBean(Comptoir.class);
            assertThat(comptoir.teams().find("w", "sales").orElseThrow().members()).containsExactly("bruno");
            assertThat(comptoir.routing().rules("w")).extracting(r -> r.then().assign()).containsExactly("least-loaded");
            assertThat(run("routing", "dry-run", "essai", "--query", "pain", "--team", "sales")).isZero();
            assertThat(out()).startsWith("this rule would have routed 1 of 2");
            assertThat(comptoir.inbox().list("w", InboxQuery.all()).total()).isEqualTo(2);
        } finally {
            app.close();
        }
    }
}
