package org.comptoir.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.comptoir.Comptoir;
import org.comptoir.account.Role;
import org.comptoir.inbox.InboxQuery;
import org.comptoir.inbox.reply.FakeMastodon;
import org.comptoir.pipeline.Pipeline;
import org.comptoir.post.Author;
import org.comptoir.post.Metrics;
import org.comptoir.post.Network;
import org.comptoir.post.Post;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code comptoir inbox list|show|assign|reply|resolve} on a data directory, replying to a loopback Mastodon. */
class InboxCliTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;
    private FakeMastodon mastodon;
    private long id;

    @BeforeEach
    void setUp() throws Exception {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        mastodon = new FakeMastodon();
        try (Comptoir comptoir = Comptoir.open(dir.resolve("data"))) {
            comptoir.workspaces().create("w", "w", null);
            comptoir.employees().replace("w", List.of("@fournil@social.example"));
            comptoir.accounts().add("agent", "agent-password", false);
            comptoir.accounts().grant("agent", "w", Role.AGENT);
            comptoir.replyAccounts().save("w", "mastodon", mastodon.base().toString(), "@fournil", FakeMastodon.TOKEN, Instant.now());
            Pipeline pipeline = comptoir.pipelines().get("w");
            pipeline.process(List.of(new Post("mastodon:" + FakeMastodon.KNOWN_STATUS, Network.MASTODON, null,
                    new Author("7", "@marie@piaille.example", "Marie", 3L), "@fournil@social.example ma baguette est crue",
                    null, "fr", Instant.parse("2026-03-10T11:00:00Z"), null, Metrics.NONE, null, null)));
            pipeline.commit();
            id = comptoir.inbox().list("w", InboxQuery.all()).conversations().get(0).id();
        }
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
        mastodon.close();
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
    void anAgentsDayFromTheCommandLine() {
        assertThat(run("inbox", "list", "--status", "open")).isZero();
        assertThat(out()).startsWith("1 conversations").contains("@marie@piaille.example").contains("ma baguette est crue");
        assertThat(run("inbox", "show", String.valueOf(id))).isZero();
        assertThat(out()).contains("incoming").contains("@fournil@social.example ma baguette est crue");
        assertThat(run("inbox", "assign", String.valueOf(id), "agent")).isZero();
        assertThat(out()).contains("assigned to agent");
        assertThat(run("inbox", "reply", String.valueOf(id), "Bonjour", "Marie,", "on", "regarde")).isZero();
        assertThat(out()).startsWith("reply 1: sent " + mastodon.base());
        assertThat(mastodon.published).containsExactly("Bonjour Marie, on regarde");
        assertThat(run("inbox", "resolve", String.valueOf(id))).isZero();
        assertThat(out()).contains("is resolved");
        assertThat(run("inbox", "list", "--json", "--status", "resolved")).isZero();
        assertThat(out()).contains("\"assignee\":\"agent\"").contains("\"first_response_at\":\"");
        assertThat(run("inbox", "show", String.valueOf(id))).isZero();
        assertThat(out()).contains("assigned to agent").contains("status: pending → resolved").contains("reply 1: sent");
    }

    @Test
    void badInputIsAClearErrorWithExitCode2() {
        assertThat(run("inbox", "show", "999")).isEqualTo(2);
        assertThat(err()).contains("no conversation 999");
        assertThat(run("inbox", "assign", String.valueOf(id), "stranger")).isEqualTo(2);
        assertThat(err()).contains("'stranger' is not an agent of workspace 'w'");
        assertThat(run("inbox", "list", "--status", "closed")).isEqualTo(2);
        assertThat(err()).contains("expected open, pending, snoozed or resolved");
        assertThat(run("inbox", "list", "panne AND (")).isEqualTo(2);
        assertThat(err()).contains("invalid query");
        assertThat(run("inbox", "backfill")).isZero();
        assertThat(out()).contains("0 posts threaded");
    }
}
