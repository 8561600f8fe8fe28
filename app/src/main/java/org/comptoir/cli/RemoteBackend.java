package org.comptoir.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Consumer;
import org.comptoir.ingest.ImportFormat;
import org.comptoir.ingest.ImportSummary;
import org.comptoir.search.PostSearch;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs commands through the REST API of a {@code serve} process: the one that owns the local data
 * directory (authenticated with the credential it wrote there) or a remote one ({@code --server} with
 * a personal token in {@code COMPTOIR_TOKEN}).
 */
final class RemoteBackend implements CliBackend {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final URI base;
    private final String bearer;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    RemoteBackend(URI base, String bearer) {
        this.base = base;
        this.bearer = bearer;
    }

    @Override
    public ImportSummary importFile(String workspace, Path file, ImportFormat format, Map<String, String> columnMap,
                                    Consumer<ImportSummary> progress) throws CliException {
        return importFile(workspace, file, format, columnMap, null, progress);
    }

    /**
     * Without progress, one request answered when the import is done. With progress, the file goes to
     * {@code POST /api/v1/import/jobs} and the job is polled until it finishes, reporting each new commit's counts.
     */
    @Override
    public ImportSummary importFile(String workspace, Path file, ImportFormat format, Map<String, String> columnMap,
                                    String network, Consumer<ImportSummary> progress) throws CliException {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("workspace", workspace);
        params.put("filename", file.getFileName().toString());
        if (format != null) {
            params.put("format", format.cliName());
        }
        if (network != null) {
            params.put("network", network);
        }
        List<String> maps = new ArrayList<>();
        columnMap.forEach((column, field) -> maps.add(column + "=" + field));
        HttpRequest.BodyPublisher body;
        try {
            body = HttpRequest.BodyPublishers.ofFile(file);
        } catch (IOException e) {
            throw new CliException("cannot import " + file + ": no such file");
        }
        if (progress != null) {
            JsonNode job = send(HttpRequest.newBuilder(uri("/api/v1/import/jobs", params, maps))
                    .header("Content-Type", "application/octet-stream").POST(body).build());
            return new RemoteImportJob(this, workspace, job.path("id").asString()).await(progress);
        }
        JsonNode reply = send(HttpRequest.newBuilder(uri("/api/v1/import", params, maps))
                .header("Content-Type", "application/octet-stream").POST(body).build());
        return new ImportSummary(reply.path("imported").asLong(), reply.path("duplicates").asLong(),
                reply.path("quarantined").asLong());
    }

    /** The state of a server import job ({@code GET /api/v1/import/jobs/{id}}). */
    JsonNode importJob(String workspace, String id) throws CliException {
        return send(HttpRequest.newBuilder(uri("/api/v1/import/jobs/" + encode(id), Map.of("workspace", workspace), List.of()))
                .GET().build());
    }

    @Override
    public SearchResult search(String workspace, PostSearch.Request request) throws CliException {
        JsonNode reply = send(HttpRequest.newBuilder(uri("/api/v1/posts", searchParams(workspace, request), List.of())).GET().build());
        List<String> lines = new ArrayList<>();
        reply.path("posts").forEach(post -> lines.add(JSON.writeValueAsString(post)));
        String next = reply.path("next_cursor").isNull() ? null : reply.path("next_cursor").asString(null);
        return new SearchResult(reply.path("total").asLong(), lines, next);
    }

    @Override
    public long count(String workspace, PostSearch.Request request) throws CliException {
        Map<String, String> params = searchParams(workspace, request);
        params.put("limit", "1");
        return send(HttpRequest.newBuilder(uri("/api/v1/posts", params, List.of())).GET().build()).path("total").asLong();
    }

    @Override
    public TopicRow addTopic(String workspace, String name, String query) throws CliException {
        String body = JSON.writeValueAsString(Map.of("name", name, "query", query));
        JsonNode reply = send(HttpRequest.newBuilder(uri("/api/v1/topics", Map.of("workspace", workspace), List.of()))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
        return topicRow(reply);
    }

    @Override
    public List<TopicRow> listTopics(String workspace) throws CliException {
        JsonNode reply = send(HttpRequest.newBuilder(uri("/api/v1/topics", Map.of("workspace", workspace), List.of())).GET().build());
        List<TopicRow> rows = new ArrayList<>();
        reply.forEach(topic -> rows.add(topicRow(topic)));
        return rows;
    }

    @Override
    public boolean removeTopic(String workspace, String name) throws CliException {
        try {
            send(HttpRequest.newBuilder(uri("/api/v1/topics/" + encode(name), Map.of("workspace", workspace), List.of()))
                    .DELETE().build());
            return true;
        } catch (CliException e) {
            if (e.getMessage().contains("404")) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public List<QuarantineRow> listQuarantine(String workspace, int limit) throws CliException {
        JsonNode reply = send(HttpRequest.newBuilder(uri("/api/v1/quarantine",
                Map.of("workspace", workspace, "limit", String.valueOf(limit)), List.of())).GET().build());
        List<QuarantineRow> rows = new ArrayList<>();
        reply.forEach(r -> rows.add(new QuarantineRow(r.path("source").asString(), r.path("line").asLong(),
                r.path("offset").asLong(), r.path("reason").asString(), r.path("raw_preview").asString(),
                r.path("received_at").asString())));
        return rows;
    }

    @Override
    public List<String> exportCorrections(String workspace, String kind) throws CliException {
        return exchange(HttpRequest.newBuilder(uri("/api/v1/corrections/export",
                Map.of("workspace", workspace, "kind", kind), List.of())).GET().build()).lines().toList();
    }

    @Override
    public JsonNode addSource(String workspace, JsonNode request) throws CliException {
        return send(json("POST", "/api/v1/sources", Map.of("workspace", workspace), request));
    }

    @Override
    public JsonNode listSources(String workspace) throws CliException {
        return send(get("/api/v1/sources", Map.of("workspace", workspace)));
    }

    @Override
    public JsonNode changeSource(String workspace, long id, JsonNode patch) throws CliException {
        return send(json("PATCH", "/api/v1/sources/" + id, Map.of("workspace", workspace), patch));
    }

    @Override
    public boolean removeSource(String workspace, long id) throws CliException {
        try {
            send(HttpRequest.newBuilder(uri("/api/v1/sources/" + id, Map.of("workspace", workspace), List.of())).DELETE().build());
            return true;
        } catch (CliException e) {
            if (e.getMessage().contains("HTTP 404")) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public WorkspaceRow createWorkspace(String name, String label, String zone) throws CliException {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("name", name);
        if (label != null) {
            body.put("label", label);
        }
        if (zone != null) {
            body.put("zone", zone);
        }
        JsonNode w = send(json("POST", "/api/v1/workspaces", Map.of(), body));
        return new WorkspaceRow(w.path("name").asString(), w.path("label").asString(), w.path("role").asString(null));
    }

    @Override
    public List<WorkspaceRow> listWorkspaces() throws CliException {
        List<WorkspaceRow> rows = new ArrayList<>();
        send(get("/api/v1/workspaces", Map.of())).forEach(w -> rows.add(
                new WorkspaceRow(w.path("name").asString(), w.path("label").asString(), w.path("role").asString(null))));
        return rows;
    }

    @Override
    public void addUser(String name, String password, boolean admin) throws CliException {
        send(json("POST", "/api/v1/admin/users", Map.of(), Map.of("name", name, "password", password, "admin", admin)));
    }

    @Override
    public List<UserRow> listUsers() throws CliException {
        List<UserRow> rows = new ArrayList<>();
        send(get("/api/v1/admin/users", Map.of())).forEach(u -> {
            Map<String, String> roles = new LinkedHashMap<>();
            u.path("roles").properties().forEach(e -> roles.put(e.getKey(), e.getValue().asString()));
            rows.add(new UserRow(u.path("name").asString(), u.path("admin").asBoolean(), roles));
        });
        return rows;
    }

    @Override
    public void changePassword(String name, String password) throws CliException {
        send(json("PUT", "/api/v1/admin/users/" + encode(name) + "/password", Map.of(), Map.of("password", password)));
    }

    @Override
    public void removeUser(String name) throws CliException {
        send(HttpRequest.newBuilder(uri("/api/v1/admin/users/" + encode(name), Map.of(), List.of())).DELETE().build());
    }

    @Override
    public void grant(String user, String workspace, String role) throws CliException {
        String path = "/api/v1/members/" + encode(user);
        if ("none".equalsIgnoreCase(role)) {
            send(HttpRequest.newBuilder(uri(path, Map.of("workspace", workspace), List.of())).DELETE().build());
        } else {
            send(json("PUT", path, Map.of("workspace", workspace), Map.of("role", role)));
        }
    }

    @Override
    public TokenRow createToken(String user, String name, Integer expiresInDays) throws CliException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("expires_days", expiresInDays);
        return tokenRow(send(json("POST", "/api/v1/admin/users/" + encode(user) + "/tokens", Map.of(), body)));
    }

    @Override
    public List<TokenRow> listTokens(String user) throws CliException {
        List<TokenRow> rows = new ArrayList<>();
        send(get("/api/v1/admin/users/" + encode(user) + "/tokens", Map.of())).forEach(t -> rows.add(tokenRow(t)));
        return rows;
    }

    @Override
    public void revokeToken(String user, String id) throws CliException {
        send(HttpRequest.newBuilder(uri("/api/v1/admin/users/" + encode(user) + "/tokens/" + encode(id), Map.of(), List.of()))
                .DELETE().build());
    }

    @Override
    public String auditCsv(String workspace, int limit) throws CliException {
        return workspace == null
                ? exchange(get("/api/v1/admin/audit", Map.of("format", "csv", "limit", String.valueOf(limit))))
                : exchange(get("/api/v1/audit", Map.of("workspace", workspace, "format", "csv", "limit", String.valueOf(limit))));
    }

    @Override
    public byte[] reportPdf(String workspace, Map<String, String> params, String language) throws CliException {
        Map<String, String> all = new LinkedHashMap<>(params);
        all.put("workspace", workspace);
        all.put("locale", language);
        HttpRequest request = HttpRequest.newBuilder(uri("/api/v1/reports/pdf", all, List.of()))
                .header("Authorization", "Bearer " + bearer).GET().build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() >= 400) {
                String body = new String(response.body(), StandardCharsets.UTF_8);
                String error = "HTTP " + response.statusCode();
                try {
                    error = JSON.readTree(body).path("error").asString(error);
                } catch (tools.jackson.core.JacksonException notJson) {
                    // keep the status line
                }
                throw new CliException(error + " (HTTP " + response.statusCode() + ")", response.statusCode() < 500 ? CliErrors.BAD_INPUT : 1);
            }
            return response.body();
        } catch (IOException e) {
            throw new CliException("cannot reach the running Comptoir server at " + base + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException("interrupted");
        }
    }

    @Override
    public String analytics(String workspace, String figure, Map<String, String> params, boolean csv) throws CliException {
        Map<String, String> all = new LinkedHashMap<>(params);
        all.put("workspace", workspace);
        if (csv) {
            all.put("format", "csv");
        }
        return exchange(get("/api/v1/analytics/" + encode(figure), all));
    }

    @Override
    public String alerts(String workspace, String what, Map<String, String> params) throws CliException {
        Map<String, String> all = new LinkedHashMap<>(params);
        all.put("workspace", workspace);
        return exchange(get(what.isEmpty() ? "/api/v1/alerts" : "/api/v1/alerts/" + encode(what), all));
    }

    @Override
    public String reportSchedule(String workspace, String method, Map<String, Object> body) throws CliException {
        Map<String, String> params = Map.of("workspace", workspace);
        return switch (method) {
            case "PUT" -> exchange(json("PUT", "/api/v1/reports/schedule", params, body));
            case "DELETE" -> {
                exchange(HttpRequest.newBuilder(uri("/api/v1/reports/schedule", params, List.of())).DELETE().build());
                yield "{}";
            }
            default -> exchange(get("/api/v1/reports/schedule", params));
        };
    }

    @Override
    public void export(String workspace, Map<String, String> params, String format, java.io.OutputStream out) throws CliException {
        Map<String, String> all = new LinkedHashMap<>(params);
        all.put("workspace", workspace);
        all.put("format", format);
        try {
            HttpRequest request = HttpRequest.newBuilder(get("/api/v1/posts/export", all), (name, value) -> true)
                    .header("Authorization", "Bearer " + bearer).build();
            HttpResponse<java.io.InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (java.io.InputStream body = response.body()) {
                if (response.statusCode() >= 400) {
                    String error = new String(body.readAllBytes(), StandardCharsets.UTF_8);
                    throw new CliException(JSON.readTree(error).path("error").asString("HTTP " + response.statusCode())
                            + " (HTTP " + response.statusCode() + ")", response.statusCode() < 500 ? CliErrors.BAD_INPUT : 1);
                }
                body.transferTo(out);
                out.flush();
            }
        } catch (IOException e) {
            throw new CliException("cannot reach the running Comptoir server at " + base + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException("interrupted");
        }
    }

    @Override
    public String gdprErase(String workspace, String author) throws CliException {
        return exchange(json("POST", "/api/v1/gdpr/erase", Map.of("workspace", workspace), Map.of("author", author)));
    }

    @Override
    public String inboxList(String workspace, Map<String, String> filters) throws CliException {
        Map<String, String> all = new java.util.LinkedHashMap<>(filters);
        all.put("workspace", workspace);
        return exchange(get("/api/v1/conversations", all));
    }

    @Override
    public String inboxShow(String workspace, long id) throws CliException {
        return exchange(get("/api/v1/conversations/" + id, Map.of("workspace", workspace)));
    }

    @Override
    public String inboxUpdate(String workspace, long id, String assignee, String status) throws CliException {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        if (assignee != null) {
            body.put("assignee", assignee);
        }
        if (status != null) {
            body.put("status", status);
        }
        return exchange(json("PATCH", "/api/v1/conversations/" + id, Map.of("workspace", workspace), body));
    }

    @Override
    public String inboxReply(String workspace, long id, String text) throws CliException {
        return exchange(json("POST", "/api/v1/conversations/" + id + "/reply", Map.of("workspace", workspace), Map.of("text", text)));
    }

    @Override
    public int inboxBackfill(String workspace) throws CliException {
        throw new CliException("inbox backfill works on the data directory: stop the server first, or let it thread new posts itself",
                CliErrors.BAD_INPUT);
    }

    private static TokenRow tokenRow(JsonNode t) {
        return new TokenRow(t.path("id").asString(), t.path("name").asString(), t.path("created_at").asString(null),
                t.path("expires_at").asString(null), t.path("revoked_at").asString(null), t.path("last_used_at").asString(null),
                t.path("token").asString(null));
    }

    private HttpRequest get(String path, Map<String, String> params) {
        return HttpRequest.newBuilder(uri(path, params, List.of())).GET().build();
    }

    private HttpRequest json(String method, String path, Map<String, String> params, Object body) {
        return HttpRequest.newBuilder(uri(path, params, List.of())).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
    }

    private static TopicRow topicRow(JsonNode topic) {
        return new TopicRow(topic.path("name").asString(), topic.path("query").asString(), topic.path("mentions").asLong());
    }

    private static Map<String, String> searchParams(String workspace, PostSearch.Request request) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("workspace", workspace);
        putIfPresent(params, "q", request.query());
        putIfPresent(params, "topic", request.topic());
        putIfPresent(params, "from", request.from() == null ? null : request.from().toString());
        putIfPresent(params, "to", request.to() == null ? null : request.to().toString());
        putIfPresent(params, "lang", request.lang());
        putIfPresent(params, "cursor", request.cursor());
        params.put("limit", String.valueOf(request.limit()));
        return params;
    }

    private static void putIfPresent(Map<String, String> params, String key, String value) {
        if (value != null && !value.isBlank()) {
            params.put(key, value);
        }
    }

    private URI uri(String path, Map<String, String> params, List<String> maps) {
        StringJoiner query = new StringJoiner("&");
        params.forEach((k, v) -> query.add(k + "=" + encode(v)));
        maps.forEach(m -> query.add("map=" + encode(m)));
        return base.resolve(path + (query.length() == 0 ? "" : "?" + query));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private JsonNode send(HttpRequest request) throws CliException {
        String body = exchange(request);
        return body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
    }

    /** The response body of a successful call; an error status becomes a {@link CliException} with the server's message. */
    private String exchange(HttpRequest request) throws CliException {
        try {
            HttpRequest authorised = HttpRequest.newBuilder(request, (name, value) -> true)
                    .header("Authorization", "Bearer " + bearer).build();
            HttpResponse<String> response = http.send(authorised, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() >= 400) {
                String error = "HTTP " + response.statusCode();
                try {
                    error = JSON.readTree(response.body()).path("error").asString(error);
                } catch (tools.jackson.core.JacksonException notJson) {
                    // keep the status line
                }
                throw new CliException(error + " (HTTP " + response.statusCode() + ")",
                        response.statusCode() < 500 ? CliErrors.BAD_INPUT : 1);
            }
            return response.body();
        } catch (IOException e) {
            throw new CliException("cannot reach the running Comptoir server at " + base + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException("interrupted");
        }
    }

    @Override
    public String teams(String workspace) throws CliException {
        return exchange(get("/api/v1/teams", Map.of("workspace", workspace)));
    }

    @Override
    public String team(String workspace, String name) throws CliException {
        return exchange(get("/api/v1/teams/" + encode(name), Map.of("workspace", workspace)));
    }

    @Override
    public String saveTeam(String workspace, String name, JsonNode body, boolean create) throws CliException {
        return exchange(create ? json("POST", "/api/v1/teams", Map.of("workspace", workspace), body)
                : json("PUT", "/api/v1/teams/" + encode(name), Map.of("workspace", workspace), body));
    }

    @Override
    public boolean removeTeam(String workspace, String name) throws CliException {
        return deleted("/api/v1/teams/" + encode(name), workspace);
    }

    @Override
    public String routingRules(String workspace) throws CliException {
        return exchange(get("/api/v1/routing/rules", Map.of("workspace", workspace)));
    }

    @Override
    public String addRoutingRule(String workspace, JsonNode body) throws CliException {
        return exchange(json("POST", "/api/v1/routing/rules", Map.of("workspace", workspace), body));
    }

    @Override
    public boolean removeRoutingRule(String workspace, long id) throws CliException {
        return deleted("/api/v1/routing/rules/" + id, workspace);
    }

    @Override
    public String routingDryRun(String workspace, JsonNode body) throws CliException {
        return exchange(json("POST", "/api/v1/routing/rules/dry-run", Map.of("workspace", workspace), body));
    }

    /** DELETE; false on a 404 (nothing of that name or id). */
    private boolean deleted(String path, String workspace) throws CliException {
        try {
            send(HttpRequest.newBuilder(uri(path, Map.of("workspace", workspace), List.of())).DELETE().build());
            return true;
        } catch (CliException e) {
            if (e.getMessage().contains("HTTP 404")) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void close() {
        // java.net.http.HttpClient needs no closing on Java 17
    }
}
