package org.comptoir.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import org.comptoir.Comptoir;
import org.comptoir.ComptoirApplication;
import org.comptoir.store.PostQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * The server is stopped while its poller is following a Mastodon hashtag that keeps receiving statuses, then
 * started again on the same data directory: every status ends up stored exactly once (no gap, no duplicate).
 */
class SourceRestartTest {
    @TempDir
    Path dir;
    private final List<Long> ids = new CopyOnWriteArrayList<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private HttpServer mastodon;
    private ConfigurableApplicationContext app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
        mastodon.stop(0);
    }

    private void timeline(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        requests.add(query);
        long minId = query.contains("min_id=") ? Long.parseLong(query.replaceAll(".*min_id=(\\d+).*", "$1")) : -1;
        List<Long> page = ids.stream().filter(id -> id > minId).limit(40).sorted((a, b) -> Long.compare(b, a)).toList();
        if (minId < 0) {
            page = ids.stream().sorted((a, b) -> Long.compare(b, a)).limit(40).toList();
        }
        StringBuilder json = new StringBuilder("[");
        for (Long id : page) {
            json.append(json.length() > 1 ? "," : "").append("{\"id\":\"").append(id).append("\",\"created_at\":\"2026-03-01T10:15:00.000Z\",")
                    .append("\"language\":\"fr\",\"url\":\"https://piaille.fr/@marie/").append(id).append("\",\"content\":\"<p>panne numéro ")
                    .append(id).append("</p>\",\"account\":{\"id\":\"1\",\"acct\":\"marie\",\"url\":\"https://piaille.fr/@marie\"}}");
        }
        byte[] body = json.append(']').toString().getBytes(StandardCharsets.UTF_8);
        if (!page.isEmpty()) {
            exchange.getResponseHeaders().add("Link", "<http://x/api/v1/timelines/tag/panne?max_id=" + page.get(page.size() - 1)
                    + ">; rel=\"next\", <http://x/api/v1/timelines/tag/panne?min_id=" + page.get(0) + ">; rel=\"prev\"");
        }
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private void publish(int count) {
        for (int i = 0; i < count; i++) {
            ids.add(113_000_000_000_000_000L + ids.size());
        }
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private long stored() {
        return app.getBean(Comptoir.class).pipelines().count("default", PostQuery.all());
    }

    @Test
    void aRestartDuringPollingResumesWithNoGapAndNoDuplicate() throws Exception {
        mastodon = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        mastodon.createContext("/api/v1/timelines/tag/panne", this::timeline);
        mastodon.setExecutor(Executors.newFixedThreadPool(2));
        mastodon.start();
        publish(5);
        app = ComptoirApplication.start(dir.resolve("data"), 0, "--comptoir.demo=false");
        app.getBean(Sources.class).add("default", JsonMapper.builder().build().readTree("{\"type\":\"mastodon\",\"name\":\"piaille\","
                + "\"instance\":\"http://127.0.0.1:" + mastodon.getAddress().getPort() + "\",\"timeline\":\"tag:panne\",\"every\":\"1s\"}"));
        await("the first statuses", () -> stored() == 5);
        publish(90);
        await("a poll after more statuses arrived", () -> requests.size() >= 3);
        app.close(); // while statuses are still being caught up, page by page
        app = null;
        long before = requests.size();
        publish(17);
        app = ComptoirApplication.start(dir.resolve("data"), 0, "--comptoir.demo=false");
        await("every status", () -> stored() >= ids.size());
        await("one more poll", () -> requests.size() > before + 1);
        Comptoir comptoir = app.getBean(Comptoir.class);
        assertThat(stored()).as("no duplicate").isEqualTo(ids.size());
        for (Long id : ids) {
            assertThat(comptoir.pipelines().get("default").index().get("mastodon:" + id)).as("status " + id).isPresent();
        }
        assertThat(requests.subList((int) before, requests.size())).as("the restarted poller resumes after its cursor")
                .allMatch(query -> query.contains("min_id="));
    }
}
