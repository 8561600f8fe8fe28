package org.comptoir.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.comptoir.testing.TestPosts.jsonl;
import static org.comptoir.web.AuthorizationMatrixTest.Need.ADMIN;
import static org.comptoir.web.AuthorizationMatrixTest.Need.AGENT;
import static org.comptoir.web.AuthorizationMatrixTest.Need.GLOBAL_ADMIN;
import static org.comptoir.web.AuthorizationMatrixTest.Need.MANAGER;
import static org.comptoir.web.AuthorizationMatrixTest.Need.PUBLIC;
import static org.comptoir.web.AuthorizationMatrixTest.Need.SIGNED_IN;
import static org.comptoir.web.AuthorizationMatrixTest.Need.VIEWER;

import java.io.ByteArrayInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.comptoir.Comptoir;
import org.comptoir.ComptoirApplication;
import org.comptoir.account.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every API endpoint and page × every caller (no credentials, each role in workspace {@code own}, a global
 * administrator) × {@code own} / {@code other} workspace, with the exact status expected in each cell. The rows
 * are checked against the handlers the running app maps, so an endpoint added without a row fails here.
 */
class AuthorizationMatrixTest {
    @TempDir
    static Path dir;
    static ConfigurableApplicationContext app;
    static Comptoir comptoir;
    static String base;
    static final HttpClient API = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    static final String PASSWORD = "matrix-password";
    static final String JSON = "application/json";
    static final String FORM = "application/x-www-form-urlencoded";
    static final AtomicInteger SEQ = new AtomicInteger();
    static final List<Who> CALLERS = new ArrayList<>();
    /** Served by springdoc, not by an org.comptoir handler, yet part of the matrix. */
    static final Set<String> FRAMEWORK = Set.of("GET /api/v1/openapi");
    static final java.util.Map<String, String> SOURCES = new java.util.concurrent.ConcurrentHashMap<>();

    /** What a row needs: nothing, any signed-in user, a role in the request's workspace, or a global administrator. */
    enum Need {
        PUBLIC, SIGNED_IN, VIEWER, AGENT, MANAGER, ADMIN, GLOBAL_ADMIN;

        boolean scoped() {
            return compareTo(VIEWER) >= 0 && compareTo(ADMIN) <= 0;
        }
    }

    /** A caller: anonymous (no name), a member of {@code own} with a role, or the global administrator. */
    record Who(String name, Role inOwn, boolean root, String token, HttpClient browser, String csrf) {
        String label() {
            return name == null ? "anonymous" : name;
        }
    }

    /** The concrete request of one cell: path and query (the runner adds {@code workspace=}), body and its type. */
    record Call(String uri, String type, String body) {
        Call(String uri) {
            this(uri, null, null);
        }
    }

    /** One row: the handler key ("METHOD /pattern [consumes]"), what it needs, its status when allowed, its request. */
    record Row(String key, Need need, int ok, BiFunction<Who, String, Call> call) {
        String method() {
            return key.substring(0, key.indexOf(' '));
        }

        boolean api() {
            return key.contains(" /api/");
        }
    }

    static List<Row> rows() {
        return List.of(
                // REST API: posts, topics, corrections, import
                get("GET /api/v1/posts", VIEWER, 200, "/api/v1/posts?q=panne"),
                get("GET /api/v1/topics", VIEWER, 200, "/api/v1/topics"),
                get("GET /api/v1/topics/{name}", VIEWER, 200, "/api/v1/topics/fixed"),
                get("GET /api/v1/topics/lint", SIGNED_IN, 200, "/api/v1/topics/lint?q=panne"),
                send("POST /api/v1/topics", MANAGER, 201, "/api/v1/topics", JSON, "{\"name\":\"made\",\"query\":\"panne\"}"),
                send("PUT /api/v1/topics/{name}", MANAGER, 200, "/api/v1/topics/fixed", JSON, "{\"query\":\"panne\"}"),
                new Row("DELETE /api/v1/topics/{name}", MANAGER, 204, (who, ws) -> {
                    saveTopic(ws, "gone");
                    return new Call("/api/v1/topics/gone");
                }),
                send("POST /api/v1/posts/{id}/correction", AGENT, 200, "/api/v1/posts/m:2/correction", JSON, "{\"intent\":\"praise\"}"),
                get("GET /api/v1/corrections", VIEWER, 200, "/api/v1/corrections"),
                get("GET /api/v1/corrections/export", VIEWER, 200, "/api/v1/corrections/export"),
                send("POST /api/v1/import", MANAGER, 200, "/api/v1/import?filename=a.jsonl", "application/x-ndjson", post("m:raw")),
                send("POST /api/v1/import [multipart/form-data]", MANAGER, 200, "/api/v1/import",
                        "multipart/form-data; boundary=MATRIX", "--MATRIX\r\nContent-Disposition: form-data; name=\"file\"; "
                                + "filename=\"a.jsonl\"\r\n\r\n" + post("m:part") + "\r\n--MATRIX--\r\n"),
                get("GET /api/v1/quarantine", MANAGER, 200, "/api/v1/quarantine"),
                // REST API: sources (a webhook delivery authenticates by its signature: unsigned, everyone gets 401)
                get("GET /api/v1/sources", VIEWER, 200, "/api/v1/sources"),
                new Row("GET /api/v1/sources/{id}", VIEWER, 200, (who, ws) -> new Call("/api/v1/sources/" + source(ws))),
                new Row("POST /api/v1/sources", MANAGER, 201, (who, ws) -> new Call("/api/v1/sources", JSON,
                        "{\"type\":\"webhook\",\"name\":\"made-" + SEQ.incrementAndGet() + "\"}")),
                new Row("PATCH /api/v1/sources/{id}", MANAGER, 200, (who, ws) -> new Call("/api/v1/sources/" + source(ws), JSON,
                        "{\"every\":\"10m\"}")),
                new Row("DELETE /api/v1/sources/{id}", MANAGER, 204, (who, ws) -> new Call("/api/v1/sources/" + throwawaySource(ws))),
                new Row("POST /api/v1/sources/{id}/webhook", PUBLIC, 401, (who, ws) -> new Call("/api/v1/sources/" + source("own")
                        + "/webhook", JSON, "[]")),
                send("POST /api/v1/import/jobs", MANAGER, 202, "/api/v1/import/jobs?filename=a.jsonl", "application/x-ndjson",
                        post("m:job-api")),
                new Row("GET /api/v1/import/jobs/{id}", MANAGER, 200, (who, ws) -> new Call("/api/v1/import/jobs/" + importJob(ws))),
                // REST API: workspaces, members, audit
                get("GET /api/v1/workspaces", SIGNED_IN, 200, "/api/v1/workspaces"),
                new Row("POST /api/v1/workspaces", GLOBAL_ADMIN, 201,
                        (who, ws) -> new Call("/api/v1/workspaces", JSON, "{\"name\":\"api-" + SEQ.incrementAndGet() + "\"}")),
                get("GET /api/v1/members", ADMIN, 200, "/api/v1/members"),
                send("PUT /api/v1/members/{user}", ADMIN, 200, "/api/v1/members/t-target", JSON, "{\"role\":\"viewer\"}"),
                new Row("DELETE /api/v1/members/{user}", ADMIN, 204, (who, ws) -> {
                    comptoir.accounts().grant("t-target", ws, Role.VIEWER);
                    return new Call("/api/v1/members/t-target");
                }),
                get("GET /api/v1/audit", ADMIN, 200, "/api/v1/audit"),
                get("GET /api/v1/admin/audit", GLOBAL_ADMIN, 200, "/api/v1/admin/audit"),
                // REST API: the caller's own tokens; users and their tokens (global administrators)
                get("GET /api/v1/tokens", SIGNED_IN, 200, "/api/v1/tokens"),
                send("POST /api/v1/tokens", SIGNED_IN, 201, "/api/v1/tokens", JSON, "{\"name\":\"made\"}"),
                new Row("DELETE /api/v1/tokens/{id}", SIGNED_IN, 204, (who, ws) -> new Call("/api/v1/tokens/" + throwawayToken(who.name()))),
                get("GET /api/v1/admin/users", GLOBAL_ADMIN, 200, "/api/v1/admin/users"),
                new Row("POST /api/v1/admin/users", GLOBAL_ADMIN, 201, (who, ws) -> new Call("/api/v1/admin/users", JSON,
                        "{\"name\":\"api-user-" + SEQ.incrementAndGet() + "\",\"password\":\"" + PASSWORD + "\"}")),
                send("PUT /api/v1/admin/users/{name}/password", GLOBAL_ADMIN, 204, "/api/v1/admin/users/t-target/password", JSON,
                        "{\"password\":\"" + PASSWORD + "\"}"),
                new Row("DELETE /api/v1/admin/users/{name}", GLOBAL_ADMIN, 204, (who, ws) -> new Call("/api/v1/admin/users/" + throwawayUser())),
                get("GET /api/v1/admin/users/{name}/tokens", GLOBAL_ADMIN, 200, "/api/v1/admin/users/t-target/tokens"),
                send("POST /api/v1/admin/users/{name}/tokens", GLOBAL_ADMIN, 201, "/api/v1/admin/users/t-target/tokens", JSON, "{}"),
                new Row("DELETE /api/v1/admin/users/{name}/tokens/{id}", GLOBAL_ADMIN, 204,
                        (who, ws) -> new Call("/api/v1/admin/users/t-target/tokens/" + throwawayToken("t-target"))),
                get("GET /api/v1/openapi", PUBLIC, 200, "/api/v1/openapi"),
                // analytics and exports
                get("GET /api/v1/analytics/{figure:volume|share-of-voice|breakdown|authors|pyramid|terms|verbatims}", VIEWER, 200,
                        "/api/v1/analytics/pyramid"),
                get("GET /api/v1/analytics/employees", VIEWER, 200, "/api/v1/analytics/employees"),
                send("PUT /api/v1/analytics/employees", MANAGER, 200, "/api/v1/analytics/employees", JSON, "{\"handles\":[\"@staff\"]}"),
                get("GET /api/v1/reports/pdf", VIEWER, 200, "/api/v1/reports/pdf?period=day"),
                new Row("GET /api/v1/reports/schedule", VIEWER, 200, (who, ws) -> new Call(reportSchedule(ws))),
                new Row("PUT /api/v1/reports/schedule", MANAGER, 200, (who, ws) -> new Call(mailNotifier(ws, "/api/v1/reports/schedule"), JSON,
                        "{\"period\":\"week\",\"day_of_week\":\"monday\",\"time\":\"08:00\",\"recipients\":[\"mail\"]}")),
                new Row("DELETE /api/v1/reports/schedule", MANAGER, 204, (who, ws) -> new Call(reportSchedule(ws))),
                get("GET /api/v1/reports/sends", VIEWER, 200, "/api/v1/reports/sends"),
                get("GET /reports", VIEWER, 200, "/reports"),
                new Row("POST /reports/schedule", MANAGER, 302, (who, ws) -> new Call(mailNotifier(ws, "/reports/schedule"), FORM,
                        "period=day&time=07%3A30&language=en&recipients=mail&enabled=true")),
                new Row("POST /reports/schedule/delete", MANAGER, 302, (who, ws) -> new Call(reportSchedule(ws).replace("/api/v1", "") + "/delete",
                        FORM, "")),
                get("GET /api/v1/posts/export", VIEWER, 200, "/api/v1/posts/export?format=csv"),
                get("GET /dashboard", VIEWER, 200, "/dashboard"),
                get("GET /employees", VIEWER, 200, "/employees"),
                send("POST /employees", MANAGER, 302, "/employees", FORM, "handles=%40staff"),
                // the inbox: conversations, notes, replies, reply accounts
                conv("GET /api/v1/conversations", VIEWER, 200, id -> new Call("/api/v1/conversations?status=open")),
                conv("GET /api/v1/conversations/{id}", VIEWER, 200, id -> new Call("/api/v1/conversations/" + id)),
                conv("PATCH /api/v1/conversations/{id}", AGENT, 200, id -> new Call("/api/v1/conversations/" + id, JSON,
                        "{\"priority\":\"high\",\"tags\":[\"matrix\"]}")),
                conv("POST /api/v1/conversations/{id}/notes", AGENT, 201, id -> new Call("/api/v1/conversations/" + id + "/notes",
                        JSON, "{\"text\":\"note\"}")),
                conv("POST /api/v1/conversations/{id}/reply", AGENT, 202, id -> new Call("/api/v1/conversations/" + id + "/reply",
                        JSON, "{\"text\":\"bonjour\"}")),
                conv("GET /api/v1/conversations/{id}/presence", VIEWER, 200, id -> new Call("/api/v1/conversations/" + id + "/presence")),
                conv("POST /api/v1/conversations/{id}/presence", VIEWER, 200, id -> new Call("/api/v1/conversations/" + id + "/presence",
                        JSON, "{\"state\":\"viewing\"}")),
                get("GET /api/v1/inbox/accounts", MANAGER, 200, "/api/v1/inbox/accounts"),
                send("PUT /api/v1/inbox/accounts/{network}", MANAGER, 200, "/api/v1/inbox/accounts/bluesky", JSON,
                        "{\"base_url\":\"http://127.0.0.1:9/\",\"handle\":\"matrix.example\",\"secret\":\"app-password\"}"),
                get("GET /api/v1/inbox/targets", VIEWER, 200, "/api/v1/inbox/targets"),
                send("PUT /api/v1/inbox/targets", MANAGER, 200, "/api/v1/inbox/targets", JSON,
                        "{\"hours\":\"mon-fri 09:00-18:00\",\"targets\":{\"high\":{\"first_response_hours\":1,\"resolution_hours\":8}}}"),
                get("GET /api/v1/inbox/metrics", VIEWER, 200, "/api/v1/inbox/metrics?from=2026-03-01&to=2026-03-10"),
                // teams and routing (API and pages)
                get("GET /api/v1/teams", VIEWER, 200, "/api/v1/teams"),
                new Row("GET /api/v1/teams/{name}", VIEWER, 200, (who, ws) -> new Call("/api/v1/teams/" + team(ws, "fixed-team"))),
                new Row("POST /api/v1/teams", MANAGER, 201, (who, ws) -> new Call("/api/v1/teams", JSON,
                        "{\"name\":\"t-" + SEQ.incrementAndGet() + "\",\"hours\":\"mon-fri 09:00-18:00\"}")),
                new Row("PUT /api/v1/teams/{name}", MANAGER, 200, (who, ws) -> new Call("/api/v1/teams/" + team(ws, "fixed-team"), JSON,
                        "{\"label\":\"Support\",\"hours\":\"mon-sat 08:00-20:00\",\"holidays\":[\"2026-05-01\"]}")),
                new Row("DELETE /api/v1/teams/{name}", MANAGER, 204, (who, ws) -> new Call("/api/v1/teams/" + team(ws, "gone-" + SEQ.incrementAndGet()))),
                get("GET /api/v1/routing/rules", VIEWER, 200, "/api/v1/routing/rules"),
                new Row("POST /api/v1/routing/rules", MANAGER, 201, (who, ws) -> new Call("/api/v1/routing/rules", JSON,
                        "{\"name\":\"r-" + SEQ.incrementAndGet() + "\",\"when\":{\"query\":\"panne\"},\"then\":{\"priority\":\"high\"}}")),
                new Row("PUT /api/v1/routing/rules/{id:\\d+}", MANAGER, 200, (who, ws) -> new Call("/api/v1/routing/rules/" + routingRule(ws),
                        JSON, "{\"name\":\"fixed-routing\",\"then\":{\"tags\":[\"matrix\"]},\"continue\":true}")),
                new Row("DELETE /api/v1/routing/rules/{id:\\d+}", MANAGER, 204, (who, ws) -> new Call("/api/v1/routing/rules/" + routingRule(ws))),
                send("POST /api/v1/routing/rules/dry-run", MANAGER, 200, "/api/v1/routing/rules/dry-run", JSON,
                        "{\"name\":\"essai\",\"when\":{\"query\":\"baguette\"},\"then\":{\"priority\":\"high\"}}"),
                get("GET /teams", VIEWER, 200, "/teams"),
                send("POST /teams", MANAGER, 302, "/teams", FORM, "name=page-team&hours=mon-fri+09%3A00-18%3A00"),
                new Row("POST /teams/delete", MANAGER, 302, (who, ws) -> new Call("/teams/delete", FORM, "name=" + team(ws, "gone-" + SEQ.incrementAndGet()))),
                get("GET /routing", VIEWER, 200, "/routing"),
                send("POST /routing/rules", MANAGER, 302, "/routing/rules", FORM, "name=page-rule&query=panne&priority=high"),
                send("POST /routing/dry-run", MANAGER, 200, "/routing/dry-run", FORM, "name=essai&query=baguette&priority=high"),
                new Row("POST /routing/rules/delete", MANAGER, 302, (who, ws) -> new Call("/routing/rules/delete", FORM, "id=" + routingRule(ws))),
                send("POST /routing/targets", MANAGER, 302, "/routing/targets", FORM, "hours=mon-fri+09%3A00-18%3A00&first-high=1&resolution-high=8"),
                get("GET /inbox", VIEWER, 200, "/inbox?status=open"),
                conv("GET /inbox/{id}", VIEWER, 200, id -> new Call("/inbox/" + id)),
                conv("GET /inbox/{id}/replies", VIEWER, 200, id -> new Call("/inbox/" + id + "/replies")),
                conv("POST /inbox/{id}/update", AGENT, 302, id -> new Call("/inbox/" + id + "/update", FORM, "priority=low")),
                conv("POST /inbox/{id}/notes", AGENT, 302, id -> new Call("/inbox/" + id + "/notes", FORM, "text=note")),
                conv("POST /inbox/{id}/reply", AGENT, 302, id -> new Call("/inbox/" + id + "/reply", FORM, "text=bonjour")),
                // contacts and GDPR
                get("GET /api/v1/contacts", VIEWER, 200, "/api/v1/contacts"),
                new Row("POST /api/v1/contacts", AGENT, 201, (who, ws) -> new Call("/api/v1/contacts", JSON,
                        "{\"name\":\"c-" + SEQ.incrementAndGet() + "\",\"identities\":[\"mastodon:@c" + SEQ.incrementAndGet() + "\"]}")),
                get("GET /api/v1/contacts/suggestions", VIEWER, 200, "/api/v1/contacts/suggestions"),
                new Row("GET /api/v1/contacts/{id}", VIEWER, 200, (who, ws) -> new Call("/api/v1/contacts/" + contactId(ws, "fixed-contact"))),
                new Row("PATCH /api/v1/contacts/{id}", AGENT, 200, (who, ws) -> new Call("/api/v1/contacts/" + contactId(ws, "fixed-contact"),
                        JSON, "{\"notes\":\"matrix\"}")),
                new Row("DELETE /api/v1/contacts/{id}", AGENT, 204,
                        (who, ws) -> new Call("/api/v1/contacts/" + contactId(ws, "gone-" + SEQ.incrementAndGet()))),
                new Row("POST /api/v1/contacts/{id}/merge", AGENT, 200, (who, ws) -> new Call("/api/v1/contacts/" + contactId(ws, "fixed-contact")
                        + "/merge", JSON, "{\"other\":" + contactId(ws, "gone-" + SEQ.incrementAndGet()) + "}")),
                new Row("GET /api/v1/contacts/{id}/export", MANAGER, 200,
                        (who, ws) -> new Call("/api/v1/contacts/" + contactId(ws, "fixed-contact") + "/export")),
                new Row("POST /api/v1/gdpr/erase", ADMIN, 200, (who, ws) -> new Call("/api/v1/gdpr/erase", JSON,
                        "{\"author\":\"mastodon:@gone-" + SEQ.incrementAndGet() + "\"}")),
                get("GET /contacts", VIEWER, 200, "/contacts"),
                get("GET /contacts/author", VIEWER, 302, "/contacts/author?network=mastodon&handle=nobody"),
                new Row("POST /contacts", AGENT, 302, (who, ws) -> new Call("/contacts", FORM, "name=page-" + SEQ.incrementAndGet())),
                new Row("GET /contacts/{id}", VIEWER, 200, (who, ws) -> new Call("/contacts/" + contactId(ws, "fixed-contact"))),
                new Row("POST /contacts/{id}/update", AGENT, 302, (who, ws) -> new Call("/contacts/" + contactId(ws, "fixed-contact")
                        + "/update", FORM, "notes=page")),
                new Row("POST /contacts/{id}/merge", AGENT, 302, (who, ws) -> new Call("/contacts/" + contactId(ws, "fixed-contact")
                        + "/merge", FORM, "other=" + contactId(ws, "gone-" + SEQ.incrementAndGet()))),
                new Row("POST /contacts/{id}/erase", ADMIN, 302,
                        (who, ws) -> new Call("/contacts/" + contactId(ws, "gone-" + SEQ.incrementAndGet()) + "/erase", FORM, "")),
                // alerts: rules, alerts, notifiers, attempts, replay
                get("GET /api/v1/alerts", VIEWER, 200, "/api/v1/alerts"),
                new Row("GET /api/v1/alerts/{id:\\d+}", VIEWER, 200, (who, ws) -> new Call("/api/v1/alerts/" + alertId(ws))),
                get("GET /api/v1/alerts/rules", VIEWER, 200, "/api/v1/alerts/rules"),
                new Row("GET /api/v1/alerts/rules/{id}", VIEWER, 200, (who, ws) -> new Call("/api/v1/alerts/rules/" + ruleId(ws, "fixed-rule"))),
                new Row("POST /api/v1/alerts/rules", MANAGER, 201, (who, ws) -> new Call("/api/v1/alerts/rules", JSON,
                        "{\"name\":\"r-" + SEQ.incrementAndGet() + "\",\"kind\":\"volume-spike\",\"topic\":\"fixed\"}")),
                new Row("PUT /api/v1/alerts/rules/{id}", MANAGER, 200, (who, ws) -> new Call("/api/v1/alerts/rules/" + ruleId(ws, "fixed-rule"),
                        JSON, "{\"name\":\"fixed-rule\",\"kind\":\"negative-spike\",\"topic\":\"fixed\",\"sensitivity\":4}")),
                new Row("DELETE /api/v1/alerts/rules/{id}", MANAGER, 204,
                        (who, ws) -> new Call("/api/v1/alerts/rules/" + ruleId(ws, "gone-" + SEQ.incrementAndGet()))),
                get("GET /api/v1/alerts/notifiers", MANAGER, 200, "/api/v1/alerts/notifiers"),
                send("PUT /api/v1/alerts/notifiers/{name}", MANAGER, 200, "/api/v1/alerts/notifiers/team", JSON,
                        "{\"kind\":\"webhook\",\"url\":\"https://hooks.example/comptoir\",\"secret\":\"0123456789abcdef0123\"}"),
                new Row("DELETE /api/v1/alerts/notifiers/{name}", MANAGER, 204,
                        (who, ws) -> new Call("/api/v1/alerts/notifiers/" + notifier(ws, "gone-" + SEQ.incrementAndGet()))),
                new Row("POST /api/v1/alerts/notifiers/{name}/test", MANAGER, 200,
                        (who, ws) -> new Call("/api/v1/alerts/notifiers/" + notifier(ws, "refused") + "/test", JSON, "{}")),
                get("GET /api/v1/alerts/attempts", VIEWER, 200, "/api/v1/alerts/attempts"),
                get("GET /api/v1/alerts/replay", MANAGER, 200, "/api/v1/alerts/replay?explain=false&from=2026-02-01&to=2026-03-10"),
                send("POST /api/v1/alerts/evaluate", MANAGER, 200, "/api/v1/alerts/evaluate", JSON, "{}"),
                get("GET /api/v1/objectives", VIEWER, 200, "/api/v1/objectives"),
                new Row("GET /api/v1/objectives/{id}", VIEWER, 200, (who, ws) -> new Call("/api/v1/objectives/" + objectiveId(ws, "fixed-objective"))),
                new Row("POST /api/v1/objectives", MANAGER, 201, (who, ws) -> new Call("/api/v1/objectives", JSON,
                        "{\"name\":\"o-" + SEQ.incrementAndGet() + "\",\"metric\":\"advocates\",\"target\":50,\"due\":\"2026-06-30\"}")),
                new Row("DELETE /api/v1/objectives/{id}", MANAGER, 204,
                        (who, ws) -> new Call("/api/v1/objectives/" + objectiveId(ws, "gone-" + SEQ.incrementAndGet()))),
                get("GET /alerts", VIEWER, 200, "/alerts"),
                get("GET /alerts/objectives", VIEWER, 200, "/alerts/objectives"),
                new Row("GET /alerts/{id:\\d+}", VIEWER, 200, (who, ws) -> new Call("/alerts/" + alertId(ws))),
                send("POST /alerts/rules", MANAGER, 302, "/alerts/rules", FORM, "name=page-rule&kind=query-matches&query=panne"),
                new Row("POST /alerts/rules/delete", MANAGER, 302,
                        (who, ws) -> new Call("/alerts/rules/delete", FORM, "id=" + ruleId(ws, "gone-" + SEQ.incrementAndGet()))),
                // pages (a signed-in browser session; POSTs carry _csrf)
                get("GET /login", PUBLIC, 200, "/login"),
                get("GET /", SIGNED_IN, 302, "/"),
                get("GET /search", VIEWER, 200, "/search?q=panne"),
                get("GET /help/query", VIEWER, 200, "/help/query"),
                send("POST /corrections", AGENT, 302, "/corrections", FORM, "id=m%3A1&sentiment=positive&back=%2Fsearch"),
                // the topics page (its htmx fragments, the backfill's status, the topics file)
                get("GET /topics", VIEWER, 200, "/topics"),
                send("POST /topics/lint", MANAGER, 200, "/topics/lint", FORM, "query=panne+and+%28retard"),
                send("POST /topics/preview", MANAGER, 200, "/topics/preview", FORM, "query=panne"),
                send("POST /topics", MANAGER, 302, "/topics", FORM, "name=page-topic&query=panne&kind=brand"),
                get("GET /topics/job", VIEWER, 200, "/topics/job?id=unknown"),
                new Row("POST /topics/delete", MANAGER, 302, (who, ws) -> {
                    saveTopic(ws, "page-gone");
                    return new Call("/topics/delete", FORM, "name=page-gone");
                }),
                get("GET /topics/export", VIEWER, 200, "/topics/export?format=csv"),
                new Row("POST /topics/import", MANAGER, 302, (who, ws) -> new Call("/topics/import?_csrf=" + URLEncoder.encode(who.csrf(), UTF_8),
                        "multipart/form-data; boundary=MATRIX", "--MATRIX\r\nContent-Disposition: form-data; name=\"file\"; "
                                + "filename=\"topics.csv\"\r\n\r\nname,kind,query\nimported,brand,panne\n\r\n--MATRIX--\r\n")),
                // the sources page and its health fragment
                get("GET /sources", VIEWER, 200, "/sources"),
                get("GET /sources/health", VIEWER, 200, "/sources/health"),
                new Row("POST /sources", MANAGER, 302, (who, ws) -> new Call("/sources", FORM, "type=webhook&name=page-" + SEQ.incrementAndGet())),
                new Row("POST /sources/pause", MANAGER, 302, (who, ws) -> new Call("/sources/pause", FORM, "id=" + source(ws) + "&paused=true")),
                new Row("POST /sources/delete", MANAGER, 302, (who, ws) -> new Call("/sources/delete", FORM, "id=" + throwawaySource(ws))),
                get("GET /settings", SIGNED_IN, 200, "/settings"),
                send("POST /settings/tokens", SIGNED_IN, 302, "/settings/tokens", FORM, "name=page"),
                new Row("POST /settings/tokens/revoke", SIGNED_IN, 302,
                        (who, ws) -> new Call("/settings/tokens/revoke", FORM, "id=" + throwawayToken(who.name()))),
                send("POST /settings/password", SIGNED_IN, 302, "/settings/password", FORM, "current=" + PASSWORD + "&password=" + PASSWORD),
                get("GET /workspaces", SIGNED_IN, 200, "/workspaces"),
                new Row("POST /workspaces", GLOBAL_ADMIN, 302, (who, ws) -> new Call("/workspaces", FORM, "name=page-" + SEQ.incrementAndGet())),
                get("GET /workspaces/members", ADMIN, 200, "/workspaces/members"),
                send("POST /workspaces/members", ADMIN, 302, "/workspaces/members", FORM, "user=t-target&role=viewer"),
                get("GET /audit", ADMIN, 200, "/audit"),
                get("GET /admin/audit", GLOBAL_ADMIN, 200, "/admin/audit"),
                get("GET /admin/users", GLOBAL_ADMIN, 200, "/admin/users"),
                // the import page (multipart POSTs carry _csrf in the query, as the page's script sends it in a header)
                get("GET /import", MANAGER, 200, "/import"),
                new Row("POST /import/preview", MANAGER, 200, (who, ws) -> new Call("/import/preview?name=a.jsonl&_csrf="
                        + URLEncoder.encode(who.csrf(), UTF_8), "multipart/form-data; boundary=MATRIX", part("head", "a.jsonl"))),
                new Row("POST /import", MANAGER, 302, (who, ws) -> new Call("/import?_csrf=" + URLEncoder.encode(who.csrf(), UTF_8),
                        "multipart/form-data; boundary=MATRIX", part("file", "a.jsonl"))),
                new Row("GET /import/job", MANAGER, 200, (who, ws) -> new Call("/import/job?job=" + importJob(ws))),
                new Row("GET /import/quarantine", MANAGER, 200, (who, ws) -> new Call("/import/quarantine?job=" + importJob(ws))),
                new Row("POST /admin/users", GLOBAL_ADMIN, 302,
                        (who, ws) -> new Call("/admin/users", FORM, "name=page-user-" + SEQ.incrementAndGet() + "&password=" + PASSWORD)),
                send("POST /admin/users/password", GLOBAL_ADMIN, 302, "/admin/users/password", FORM, "name=t-target&password=" + PASSWORD),
                new Row("POST /admin/users/remove", GLOBAL_ADMIN, 302, (who, ws) -> new Call("/admin/users/remove", FORM, "name=" + throwawayUser())));
    }

    /** The conversation of each workspace (a post mentioning its own account {@code @fournil}). */
    static final java.util.Map<String, Long> CONVERSATIONS = new java.util.concurrent.ConcurrentHashMap<>();

    /** A row on the workspace's conversation (0, which exists nowhere, for a workspace that does not exist). */
    static Row conv(String key, Need need, int ok, java.util.function.LongFunction<Call> call) {
        return new Row(key, need, ok, (who, ws) -> call.apply(ws == null ? 0 : CONVERSATIONS.getOrDefault(ws, 0L)));
    }

    @BeforeAll
    static void start() throws Exception {
        app = ComptoirApplication.start(dir.resolve("data"), 0, "--comptoir.demo=false");
        base = "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
        comptoir = app.getBean(Comptoir.class);
        for (String ws : List.of("own", "other")) {
            comptoir.workspaces().create(ws, ws, null);
            String lines = jsonl("m:1", "Une panne de plus chez Fournil", "fr", "2026-03-01T10:00:00Z") + "\n"
                    + jsonl("m:2", "Merci pour l'accueil", "fr", "2026-03-02T10:00:00Z") + "\n";
            comptoir.importer().importStream(ws, new ByteArrayInputStream(lines.getBytes(UTF_8)), "a.jsonl", null, null, null);
            saveTopic(ws, "fixed");
            comptoir.employees().replace(ws, List.of("@fournil"));
            String mention = jsonl("m:conv-" + ws, "@fournil ma baguette", "fr", "2026-03-03T10:00:00Z") + "\n";
            comptoir.importer().importStream(ws, new ByteArrayInputStream(mention.getBytes(UTF_8)), "c.jsonl", null, null, null);
            CONVERSATIONS.put(ws, comptoir.inbox().list(ws, org.comptoir.inbox.InboxQuery.all()).conversations().get(0).id());
        }
        comptoir.accounts().add("o-viewer", PASSWORD, false);
        comptoir.accounts().grant("o-viewer", "other", Role.VIEWER);
        comptoir.accounts().add("t-target", PASSWORD, false);
        CALLERS.add(caller(null, null, false));
        for (Role role : List.of(Role.VIEWER, Role.AGENT, Role.MANAGER, Role.ADMIN)) {
            CALLERS.add(caller("m-" + role.label(), role, false));
        }
        CALLERS.add(caller("m-root", null, true));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void everyMappedEndpointHasARow() {
        Set<String> discovered = new TreeSet<>(FRAMEWORK);
        app.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class).getHandlerMethods().forEach((info, handler) -> {
            if (!handler.getBeanType().getName().startsWith("org.comptoir.")) {
                return;
            }
            String consumes = info.getConsumesCondition().getConsumableMediaTypes().stream().map(Object::toString)
                    .sorted().collect(Collectors.joining(","));
            List<String> methods = info.getMethodsCondition().getMethods().stream().map(Enum::name).toList();
            for (String pattern : info.getPatternValues()) {
                for (String method : methods.isEmpty() ? List.of("ANY") : methods) {
                    discovered.add(method + " " + pattern + (consumes.isEmpty() ? "" : " [" + consumes + "]"));
                }
            }
        });
        List<String> keys = rows().stream().map(Row::key).toList();
        assertThat(keys).as("one row per key").doesNotHaveDuplicates();
        assertThat(discovered.stream().filter(key -> !keys.contains(key))).as("endpoints without a row in the matrix").isEmpty();
        assertThat(keys.stream().filter(key -> !discovered.contains(key))).as("rows for endpoints that no longer exist").isEmpty();
    }

    @Test
    void everyCellAnswersTheExpectedStatus() throws Exception {
        List<String> wrong = new ArrayList<>();
        StringBuilder table = new StringBuilder(String.format("%n%-50s %-12s", "endpoint", "needs"));
        CALLERS.forEach(who -> table.append(String.format(" %-9s", who.label().replace("anonymous", "anon"))));
        table.append("   (scoped cells: own/other)\n");
        for (Row row : rows().stream().sorted(Comparator.comparing(r -> r.key().substring(r.key().indexOf(' ')))).toList()) {
            table.append(String.format("%-50s %-12s", row.key(), row.need()));
            for (Who who : CALLERS) {
                List<String> cells = new ArrayList<>();
                for (String ws : row.need().scoped() ? List.of("own", "other") : java.util.Collections.<String>singletonList(null)) {
                    int expected = expected(row, who, ws);
                    HttpResponse<String> response = send(row, row.call().apply(who, ws), who, ws);
                    String problem = check(row, who, expected, response);
                    cells.add(response.statusCode() + (problem == null ? "" : "!"));
                    if (problem != null) {
                        wrong.add(row.key() + " as " + who.label() + (ws == null ? "" : " in " + ws) + ": " + problem);
                    }
                }
                table.append(String.format(" %-9s", String.join("/", cells)));
            }
            table.append('\n');
        }
        System.out.println(table);
        assertThat(wrong).as("cells that differ from the matrix (marked ! above)").isEmpty();
    }

    @Test
    void aWorkspaceYouCannotSeeAnswersLikeOneThatDoesNotExist() throws Exception {
        Who viewer = CALLERS.get(1);
        for (Row row : rows().stream().filter(r -> r.need().scoped()).toList()) {
            Call call = row.call().apply(viewer, "other");
            HttpResponse<String> hidden = send(row, call, viewer, "other");
            HttpResponse<String> missing = send(row, call, viewer, "nope");
            assertThat(List.of(hidden.statusCode(), missing.statusCode())).as(row.key()).containsExactly(404, 404);
            assertThat(normalised(missing.body()).replace("nope", "other")).as(row.key()).isEqualTo(normalised(hidden.body()));
        }
    }

    @Test
    void anAgentGets404OnAnotherWorkspacesConversationEvenNamingTheirOwnWorkspace() throws Exception {
        Who agent = CALLERS.stream().filter(w -> w.inOwn() == Role.AGENT).findFirst().orElseThrow();
        long foreign = CONVERSATIONS.get("other");
        for (Row row : rows().stream().filter(r -> r.key().contains("{id}") && (r.key().contains("conversations") || r.key().contains("/inbox/"))).toList()) {
            Call call = row.call().apply(agent, "other");
            HttpResponse<String> response = send(row, call, agent, "own");
            assertThat(response.statusCode()).as(row.key() + " on conversation " + foreign + " of 'other' through 'own'").isEqualTo(404);
        }
    }

    @Test
    void aSessionEndsWhenItsUserIsRemovedOrReplaced() throws Exception {
        for (String path : List.of("/admin/audit", "/api/v1/admin/users")) {
            for (boolean replaced : List.of(false, true)) {
                String name = "x-" + SEQ.incrementAndGet();
                Who who = caller(name, null, true);
                comptoir.accounts().remove(name);
                if (replaced) {
                    comptoir.accounts().add(name, PASSWORD, false);
                }
                HttpResponse<String> response = who.browser().send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode() + " " + response.headers().firstValue("Location").orElse(""))
                        .as("a global administrator's session after " + (replaced ? "re-adding the user as non-admin" : "removal") + ": " + path)
                        .isEqualTo(path.startsWith("/api/") ? "401 " : "302 " + base + "/login");
            }
        }
    }

    /**
     * The status a cell must answer: without credentials 401 (API) or a redirect to sign-in (pages); 404 for a
     * workspace the caller cannot see; 403 for a role too low.
     */
    static int expected(Row row, Who who, String ws) {
        if (row.need() == PUBLIC) {
            return row.ok();
        }
        if (who.name() == null) {
            return row.api() ? 401 : 302;
        }
        if (row.need() == SIGNED_IN) {
            return row.ok();
        }
        if (row.need() == GLOBAL_ADMIN) {
            return who.root() ? row.ok() : 403;
        }
        Role role = who.root() ? Role.ADMIN : "own".equals(ws) ? who.inOwn() : null;
        if (role == null) {
            return 404;
        }
        return role.includes(Role.valueOf(row.need().name())) ? row.ok() : 403;
    }

    /** Null when the response is right; a redirect must go to /login exactly when sign-in is required. */
    static String check(Row row, Who who, int expected, HttpResponse<String> response) {
        String body = response.body().length() > 160 ? response.body().substring(0, 160) + "…" : response.body();
        if (response.statusCode() != expected) {
            return "expected " + expected + ", got " + response.statusCode() + " " + body.replaceAll("\\s+", " ");
        }
        if (expected == 302) {
            String location = response.headers().firstValue("Location").orElse("");
            boolean toSignIn = location.endsWith("/login");
            if (toSignIn != (who.name() == null)) {
                return "redirected to " + location;
            }
        }
        return null;
    }

    static HttpResponse<String> send(Row row, Call call, Who who, String ws) throws Exception {
        String uri = call.uri() + (ws == null ? "" : (call.uri().contains("?") ? "&" : "?") + "workspace=" + ws);
        String body = call.body();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + uri)).timeout(Duration.ofSeconds(30));
        if (row.api() && who.token() != null) {
            request.header("Authorization", "Bearer " + who.token());
        }
        if (!row.api() && row.method().equals("POST")) {
            body = (body == null ? "" : body + "&") + "_csrf=" + URLEncoder.encode(who.csrf(), UTF_8);
        }
        if (call.type() != null) {
            request.header("Content-Type", call.type());
        }
        request.method(row.method(), body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpClient client = row.api() ? API : who.browser();
        if (STREAMS.contains(row.key())) {
            return firstEvent(client.send(request.build(), HttpResponse.BodyHandlers.ofLines()));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Rows answering a server-sent event stream that stays open: the cell reads it up to its first event. */
    static final Set<String> STREAMS = Set.of("GET /api/v1/conversations/{id}/presence");

    /** The response with its body cut after the first event (or whole, when it is an error that ends). */
    static HttpResponse<String> firstEvent(HttpResponse<java.util.stream.Stream<String>> response) {
        StringBuilder body = new StringBuilder();
        try (java.util.stream.Stream<String> lines = response.body()) {
            java.util.Iterator<String> it = lines.iterator();
            while (it.hasNext()) {
                String line = it.next();
                if (line.isEmpty() && body.length() > 0 && response.statusCode() == 200) {
                    break;
                }
                body.append(line).append('\n');
            }
        }
        String text = body.toString();
        return new HttpResponse<>() {
            public int statusCode() {
                return response.statusCode();
            }

            public HttpRequest request() {
                return response.request();
            }

            public java.util.Optional<HttpResponse<String>> previousResponse() {
                return java.util.Optional.empty();
            }

            public java.net.http.HttpHeaders headers() {
                return response.headers();
            }

            public String body() {
                return text;
            }

            public java.util.Optional<javax.net.ssl.SSLSession> sslSession() {
                return response.sslSession();
            }

            public URI uri() {
                return response.uri();
            }

            public HttpClient.Version version() {
                return response.version();
            }
        };
    }

    /** A caller with a bearer token (the API) and a signed-in browser session with its CSRF token (the pages). */
    static Who caller(String name, Role inOwn, boolean root) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        if (name == null) {
            return new Who(null, null, false, null, browser, csrf(browser));
        }
        comptoir.accounts().add(name, PASSWORD, root);
        if (inOwn != null) {
            comptoir.accounts().grant(name, "own", inOwn);
        }
        String form = "username=" + name + "&password=" + PASSWORD + "&_csrf=" + URLEncoder.encode(csrf(browser), UTF_8);
        HttpResponse<String> signIn = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", FORM).POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).as("sign-in of " + name).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElse("")).as("sign-in of " + name).doesNotContain("/login");
        return new Who(name, inOwn, root, comptoir.tokens().create(name, "t", null).value(), browser, csrf(browser));
    }

    /** The session's CSRF token, from the hidden {@code _csrf} input of the sign-in form. */
    static String csrf(HttpClient browser) throws Exception {
        String page = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher hidden = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(hidden.find()).as("a _csrf input on /login").isTrue();
        return hidden.group(1);
    }

    static String normalised(String body) {
        return body.replaceAll("(name=\"csrf-token\" content=\"|name=\"_csrf\" value=\")[^\"]*", "$1");
    }

    static String throwawayToken(String user) {
        return user == null ? "0123456789abcdef" : comptoir.tokens().create(user, "throwaway", null).token().id();
    }

    static String throwawayUser() {
        String name = "gone-" + SEQ.incrementAndGet();
        comptoir.accounts().add(name, PASSWORD, false);
        return name;
    }

    /** The id of the workspace's rule with that name, created on the topic {@code fixed} if absent (none for a missing workspace). */
    static long ruleId(String ws, String name) {
        if (!comptoir.workspaces().exists(ws)) {
            return 999_999;
        }
        try {
            return comptoir.alerts().rules(ws).stream().filter(r -> r.name().equals(name)).findFirst()
                    .orElseGet(() -> create(new org.comptoir.alert.AlertRule(0, ws, name, org.comptoir.alert.AlertKind.VOLUME_SPIKE, "fixed",
                            null, 5, 20, 12, List.of(), true))).id();
        } catch (RuntimeException e) {
            throw e;
        }
    }

    private static org.comptoir.alert.AlertRule create(org.comptoir.alert.AlertRule rule) {
        try {
            return comptoir.alerts().create(rule);
        } catch (org.comptoir.query.QuerySyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The id of the workspace's contact with that name, created if absent (none for a missing workspace). */
    static long contactId(String ws, String name) {
        if (!comptoir.workspaces().exists(ws)) {
            return 999_999;
        }
        return comptoir.contacts().list(ws).stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseGet(() -> comptoir.contacts().create(ws, name, "", List.of(), List.of())).id();
    }

    /** The id of the workspace's objective with that name, created if absent (none for a missing workspace). */
    static long objectiveId(String ws, String name) {
        if (!comptoir.workspaces().exists(ws)) {
            return 999_999;
        }
        return comptoir.objectives().list(ws).stream().filter(o -> o.name().equals(name)).findFirst()
                .orElseGet(() -> comptoir.objectives().create(new org.comptoir.alert.Objective(0, ws, name,
                        org.comptoir.alert.Objective.Metric.ADVOCATES, null, 50, java.time.LocalDate.of(2026, 6, 30)))).id();
    }

    /** A notifier of the workspace; "refused" posts to this server's sign-in form, which refuses it at once (403, no retry). */
    static String notifier(String ws, String name) {
        if (comptoir.workspaces().exists(ws)) {
            comptoir.alerts().saveNotifier(ws, name, "webhook", base + "/login", "0123456789abcdef0123");
        }
        return name;
    }

    /** Makes sure the workspace has the email notifier {@code mail} (a relay that is never called here); returns {@code path}. */
    static String mailNotifier(String ws, String path) {
        if (comptoir.workspaces().exists(ws)) {
            comptoir.alerts().saveNotifier(ws, "mail", "email", "smtp://127.0.0.1:25?tls=none&from=r@brand.example&to=cm@brand.example", null);
        }
        return path;
    }

    /** Makes sure the workspace has a report schedule (nothing for a missing workspace); returns its API path. */
    static String reportSchedule(String ws) {
        if (comptoir.workspaces().exists(ws)) {
            mailNotifier(ws, "");
            comptoir.reportSchedules().save(new org.comptoir.report.ReportSchedule(ws, org.comptoir.report.Period.WEEK,
                    java.time.DayOfWeek.MONDAY, 1, java.time.LocalTime.of(8, 0), java.util.Locale.FRENCH, List.of("mail"), true));
        }
        return "/api/v1/reports/schedule";
    }

    /** An alert of the workspace (stored directly: the matrix checks who may read it, not how it was raised). */
    static long alertId(String ws) {
        if (!comptoir.workspaces().exists(ws)) {
            return 999_999;
        }
        long rule = ruleId(ws, "fixed-rule");
        java.util.List<org.comptoir.alert.Alert> existing = comptoir.alerts().alerts(ws, 1);
        if (!existing.isEmpty()) {
            return existing.get(0).id();
        }
        org.comptoir.alert.Explanation why = new org.comptoir.alert.Explanation("spike", 30, 3, 1, 10, 12, "hour-of-week", 30,
                List.of(), List.of(), List.of(), "/dashboard", "/search", null);
        String json = tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(why);
        org.comptoir.sql.Sql.update(comptoir.dataSource(), "insert into alert (workspace, rule_id, rule_name, kind, started_at, peak_at, ended_at,"
                        + " detected_at, observed, expected, score, summary, explanation) values (?, ?, 'fixed-rule', 'volume-spike', ?, ?, ?, ?, 30, 3, 12, 'spike', ?)",
                ws, rule, java.sql.Timestamp.from(java.time.Instant.parse("2026-03-01T10:00:00Z")),
                java.sql.Timestamp.from(java.time.Instant.parse("2026-03-01T10:00:00Z")),
                java.sql.Timestamp.from(java.time.Instant.parse("2026-03-01T12:00:00Z")),
                java.sql.Timestamp.from(java.time.Instant.parse("2026-03-01T11:00:00Z")), json);
        return comptoir.alerts().alerts(ws, 1).get(0).id();
    }

    /** The name of a team of the workspace, created if absent (nothing for a missing workspace). */
    static String team(String ws, String name) {
        if (ws != null && comptoir.workspaces().exists(ws) && comptoir.teams().find(ws, name).isEmpty()) {
            comptoir.teams().save(new org.comptoir.team.Team(ws, name, null, java.time.ZoneId.of("Europe/Paris"), "mon-fri 09:00-18:00",
                    List.of(), List.of()));
        }
        return name;
    }

    /** A new routing rule of the workspace (999999, which exists nowhere, for a missing workspace). */
    static long routingRule(String ws) {
        if (ws == null || !comptoir.workspaces().exists(ws)) {
            return 999_999;
        }
        try {
            return comptoir.routing().create(new org.comptoir.inbox.RoutingRule(0, ws, 0, "fixed-routing", true, null,
                    new org.comptoir.inbox.RoutingRule.Actions(null, null, "high", null, null, null), false)).id();
        } catch (org.comptoir.query.QuerySyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static void saveTopic(String ws, String name) {
        try {
            comptoir.topics().save(ws, name, "panne", null);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String part(String name, String filename) {
        return "--MATRIX\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename + "\"\r\n\r\n"
                + post("m:page") + "\r\n--MATRIX--\r\n";
    }

    /** An import-page job in the workspace (a workspace that does not exist gets none: the gate answers first). */
    static String importJob(String ws) {
        if (ws == null || !comptoir.workspaces().exists(ws)) {
            return "0000";
        }
        try {
            org.comptoir.ingest.ImportJobs jobs = app.getBean(org.comptoir.ingest.ImportJobs.class);
            Path file = jobs.newUploadFile();
            java.nio.file.Files.writeString(file, post("m:job"));
            return jobs.start(ws, file, "job.jsonl", null, null).id();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The id of a webhook source of the workspace, made once ("0" for a workspace that does not exist). */
    static String source(String ws) {
        if (ws == null || !comptoir.workspaces().exists(ws)) {
            return "0";
        }
        return SOURCES.computeIfAbsent(ws, w -> Long.toString(comptoir.sources().add(w, tools.jackson.databind.json.JsonMapper.builder()
                .build().readTree("{\"type\":\"webhook\",\"name\":\"fixed\"}")).source().id()));
    }

    static String throwawaySource(String ws) {
        if (ws == null || !comptoir.workspaces().exists(ws)) {
            return "0";
        }
        return Long.toString(comptoir.sources().add(ws, tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree("{\"type\":\"webhook\",\"name\":\"gone-" + SEQ.incrementAndGet() + "\"}")).source().id());
    }

    static String post(String id) {
        return jsonl(id, "Encore une panne", "fr", "2026-03-03T10:00:00Z") + "\n";
    }

    static Row get(String key, Need need, int ok, String uri) {
        return new Row(key, need, ok, (who, ws) -> new Call(uri));
    }

    static Row send(String key, Need need, int ok, String uri, String type, String body) {
        return new Row(key, need, ok, (who, ws) -> new Call(uri, type, body));
    }
}
