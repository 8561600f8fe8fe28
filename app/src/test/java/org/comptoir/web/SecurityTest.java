package org.comptoir.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comptoir.testing.TestPosts.jsonl;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.comptoir.Comptoir;
import org.comptoir.ComptoirApplication;
import org.comptoir.account.LoginThrottle;
import org.comptoir.account.Role;
import org.comptoir.audit.AuditEntry;
import org.comptoir.workspace.Workspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Sign-in, throttling, CSRF, tokens, the local credential, read-only workspaces and the audit trail, over real HTTP. */
class SecurityTest {
    @TempDir
    static Path dir;
    static ConfigurableApplicationContext app;
    static Comptoir comptoir;
    static String base;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        try (Comptoir setUp = Comptoir.open(dir.resolve("data"))) {
            setUp.workspaces().create(Workspace.DEMO, "Démo", null);
        }
        app = ComptoirApplication.start(dir.resolve("data"), 0, "--comptoir.demo=false");
        base = "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
        comptoir = app.getBean(Comptoir.class);
        comptoir.accounts().add("marie", "marie-password", false);
        comptoir.accounts().grant("marie", "default", Role.AGENT);
        comptoir.importer().importStream("default", new ByteArrayInputStream((jsonl("m:1", "Encore une panne", "fr",
                "2026-03-01T10:00:00Z") + "\n").getBytes(StandardCharsets.UTF_8)), "a.jsonl", null, null, null);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static HttpResponse<String> api(String method, String path, String bearer, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void signingInGivesAnHttpOnlySameSiteSessionAndTheSameAnswerForAnUnknownUserAndAWrongPassword() throws Exception {
        SignInSession browser = new SignInSession(base);
        HttpResponse<String> unknown = browser.signIn("nobody-here", "whatever-password");
        HttpResponse<String> wrong = browser.signIn("marie", "not-her-password");
        assertThat(unknown.statusCode()).isEqualTo(302);
        assertThat(unknown.headers().firstValue("Location")).isEqualTo(wrong.headers().firstValue("Location"));
        assertThat(unknown.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        assertThat(browser.get("/login?error&locale=fr").body()).contains("Identifiant ou mot de passe incorrect.");

        HttpResponse<String> ok = browser.signIn("marie", "marie-password");
        assertThat(ok.statusCode()).isEqualTo(302);
        assertThat(ok.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        assertThat(ok.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("COMPTOIR_SESSION=").contains("HttpOnly").contains("SameSite=Lax"));
        assertThat(browser.get("/search?workspace=default&q=panne").body()).contains("Encore une panne");
        HttpResponse<String> out = browser.post("/logout", Map.of(), true);
        assertThat(out.headers().firstValue("Location").orElseThrow()).endsWith("/login?logout");
        assertThat(browser.get("/search?workspace=default").statusCode()).isEqualTo(302);
    }

    @Test
    void behindATlsProxyTheSessionCookieIsSecure() throws Exception {
        HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("X-Forwarded-Proto", "https").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("COMPTOIR_SESSION=").contains("Secure").contains("HttpOnly"));
        HttpResponse<String> plain = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(plain.headers().allValues("Set-Cookie")).allSatisfy(cookie -> assertThat(cookie).doesNotContain("Secure"));
        assertThat(plain.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self'");
    }

    @Test
    void aPasswordChangeEndsTheUsersOtherSessionsButNotTheOneThatMadeIt() throws Exception {
        comptoir.accounts().add("moving", "first-password", false);
        comptoir.accounts().grant("moving", "default", Role.VIEWER);
        SignInSession laptop = new SignInSession(base);
        SignInSession phone = new SignInSession(base);
        laptop.signIn("moving", "first-password");
        phone.signIn("moving", "first-password");
        assertThat(phone.get("/settings").statusCode()).isEqualTo(200);
        HttpResponse<String> wrong = laptop.post("/settings/password", Map.of("current", "not-it", "password", "second-password"), true);
        assertThat(wrong.statusCode()).isEqualTo(302);
        assertThat(phone.get("/settings").statusCode()).as("a wrong current password changes nothing").isEqualTo(200);
        laptop.post("/settings/password", Map.of("current", "first-password", "password", "second-password"), true);
        assertThat(laptop.get("/settings").statusCode()).isEqualTo(200);
        assertThat(phone.get("/settings").headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(new SignInSession(base).signIn("moving", "second-password").headers().firstValue("Location").orElseThrow())
                .doesNotContain("error");
    }

    @Test
    void repeatedFailuresHoldTheAccountBackEvenWithTheRightPassword() throws Exception {
        comptoir.accounts().add("guessed", "guessed-password", false);
        SignInSession attacker = new SignInSession(base);
        for (int i = 0; i < LoginThrottle.PER_ACCOUNT; i++) {
            assertThat(attacker.signIn("guessed", "guess-" + i).headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        }
        HttpResponse<String> held = new SignInSession(base).signIn("guessed", "guessed-password");
        assertThat(held.headers().firstValue("Location").orElseThrow()).contains("/login?throttled=");
        assertThat(new SignInSession(base).get("/login?throttled=15&locale=en").body())
                .contains("Too many failed sign-ins. Try again in 15 minute(s).");
        assertThat(comptoir.audit().list(null, 50)).filteredOn(e -> "guessed".equals(e.target()))
                .extracting(AuditEntry::action, AuditEntry::detail)
                .contains(org.assertj.core.groups.Tuple.tuple("sign_in_failed", "throttled"),
                        org.assertj.core.groups.Tuple.tuple("sign_in_failed", "bad credentials"));
    }

    @Test
    void stateChangingFormsAndSessionApiCallsNeedTheCsrfToken() throws Exception {
        SignInSession browser = new SignInSession(base);
        browser.signIn("marie", "marie-password");
        Map<String, String> correction = Map.of("workspace", "default", "id", "m:1", "sentiment", "negative", "intent", "complaint");
        assertThat(browser.post("/corrections", correction, false).statusCode()).isEqualTo(403);
        assertThat(browser.post("/corrections", correction, true).statusCode()).isEqualTo(302);
        HttpResponse<String> apiWithoutToken = browser.client().send(HttpRequest.newBuilder(URI.create(base + "/api/v1/posts/m:1/correction?workspace=default"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"intent\":\"other\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(apiWithoutToken.statusCode()).isEqualTo(403);
        assertThat(apiWithoutToken.body()).contains("CSRF");
        assertThat(browser.get("/api/v1/posts?workspace=default").statusCode()).as("reading needs no CSRF token").isEqualTo(200);
    }

    @Test
    void theApiAnswers401WithoutAValidTokenAndRevokedTokensStopWorking() throws Exception {
        assertThat(api("GET", "/api/v1/posts", null, null).statusCode()).isEqualTo(401);
        HttpResponse<String> bad = api("GET", "/api/v1/posts", "cpt_0123456789abcdef_" + "A".repeat(43), null);
        assertThat(bad.statusCode()).isEqualTo(401);
        assertThat(bad.body()).contains("\"error\"");
        String token = comptoir.tokens().create("marie", "script", null).value();
        assertThat(api("GET", "/api/v1/posts?workspace=default", token, null).statusCode()).isEqualTo(200);
        HttpResponse<String> list = api("GET", "/api/v1/tokens", token, null);
        assertThat(list.body()).contains("\"name\":\"script\"").doesNotContain(token.substring(22));
        String id = token.substring(4, 20);
        assertThat(api("DELETE", "/api/v1/tokens/" + id, token, null).statusCode()).isEqualTo(204);
        assertThat(api("GET", "/api/v1/posts?workspace=default", token, null).statusCode()).isEqualTo(401);
    }

    @Test
    void theLocalCredentialIsReadableByItsOwnerOnlyAndActsAsTheLocalCli() throws Exception {
        Path file = dir.resolve("data").resolve(ServerFile.NAME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("data")))).isEqualTo("rwx------");
        Properties properties = new Properties();
        try (var in = Files.newBufferedReader(file)) {
            properties.load(in);
        }
        String credential = properties.getProperty("credential");
        assertThat(credential).startsWith("local_").hasSizeGreaterThan(40);
        assertThat(api("POST", "/api/v1/workspaces", credential, "{\"name\":\"from-cli\"}").statusCode()).isEqualTo(201);
        assertThat(api("GET", "/api/v1/workspaces", credential + "x", null).statusCode()).isEqualTo(401);
        assertThat(comptoir.audit().list("from-cli", 5)).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo("local-cli"));
    }

    @Test
    void readingAWorkspaceThatDoesNotExistCreatesNothing() throws Exception {
        String token = comptoir.tokens().create("marie", "reader", null).value();
        List<Workspace> before = comptoir.workspaces().list();
        SignInSession browser = new SignInSession(base);
        browser.signIn("marie", "marie-password");
        assertThat(browser.get("/search?workspace=ghost").statusCode()).isEqualTo(404);
        assertThat(api("GET", "/api/v1/posts?workspace=ghost", token, null).statusCode()).isEqualTo(404);
        assertThat(api("GET", "/api/v1/topics?workspace=ghost", token, null).statusCode()).isEqualTo(404);
        String root = comptoir.tokens().create(setUpRoot(), "root", null).value();
        assertThat(api("GET", "/api/v1/posts?workspace=ghost", root, null).statusCode()).as("not even for an admin").isEqualTo(404);
        assertThat(api("GET", "/api/v1/posts?workspace=..%2F..%2Fetc", root, null).statusCode()).isEqualTo(404);
        assertThat(comptoir.workspaces().list()).isEqualTo(before);
        assertThat(dir.resolve("data").resolve("workspaces").resolve("ghost")).doesNotExist();
    }

    @Test
    void aWorkspaceTheCallerHoldsNoRoleInLooksExactlyLikeOneThatDoesNotExist() throws Exception {
        String token = comptoir.tokens().create("marie", "peek", null).value();
        HttpResponse<String> hidden = api("GET", "/api/v1/posts?workspace=demo", token, null);
        HttpResponse<String> absent = api("GET", "/api/v1/posts?workspace=dem0", token, null);
        assertThat(hidden.statusCode()).isEqualTo(absent.statusCode()).isEqualTo(404);
        assertThat(hidden.body().replace("demo", "X")).isEqualTo(absent.body().replace("dem0", "X"));
        assertThat(api("GET", "/api/v1/workspaces", token, null).body()).contains("\"name\":\"default\"").doesNotContain("\"demo\"");
    }

    @Test
    void everyAuditedActionLeavesARowNamingWhoDidIt() throws Exception {
        String rootName = setUpRoot();
        String root = comptoir.tokens().create(rootName, "audit", null).value();
        api("POST", "/api/v1/workspaces", root, "{\"name\":\"audited\"}");
        api("POST", "/api/v1/admin/users", root, "{\"name\":\"paul\",\"password\":\"paul-password\"}");
        api("PUT", "/api/v1/members/paul?workspace=audited", root, "{\"role\":\"manager\"}");
        api("PUT", "/api/v1/admin/users/paul/password", root, "{\"password\":\"paul-password-2\"}");
        HttpResponse<String> created = api("POST", "/api/v1/admin/users/paul/tokens", root, "{\"name\":\"ci\"}");
        String id = created.body().replaceAll(".*\"id\":\"([0-9a-f]+)\".*", "$1");
        api("DELETE", "/api/v1/admin/users/paul/tokens/" + id, root, null);
        api("POST", "/api/v1/topics?workspace=audited", root, "{\"name\":\"pannes\",\"query\":\"panne\"}");
        api("POST", "/api/v1/import?workspace=audited&filename=b.jsonl", root, jsonl("m:9", "panne", "fr", "2026-03-01T10:00:00Z") + "\n");
        api("POST", "/api/v1/posts/m:9/correction?workspace=audited", root, "{\"sentiment\":\"negative\"}");
        api("DELETE", "/api/v1/topics/pannes?workspace=audited", root, null);
        api("DELETE", "/api/v1/members/paul?workspace=audited", root, null);
        api("DELETE", "/api/v1/admin/users/paul", root, null);
        new SignInSession(base).signIn(rootName, "root-password");

        List<AuditEntry> all = comptoir.audit().list(null, 200);
        assertThat(all).filteredOn(e -> rootName.equals(e.actor())).extracting(AuditEntry::action)
                .contains("workspace_created", "user_added", "role_granted", "password_changed", "token_created", "token_revoked",
                        "topic_saved", "import", "correction", "topic_removed", "role_revoked", "user_removed", "sign_in");
        assertThat(all).filteredOn(e -> "correction".equals(e.action()) && "audited".equals(e.workspace()))
                .singleElement().satisfies(e -> assertThat(e.detail()).isEqualTo("sentiment=negative"));
        assertThat(all).filteredOn(e -> "sign_in".equals(e.action())).allSatisfy(e -> assertThat(e.address()).isEqualTo("127.0.0.1"));
        HttpResponse<String> csv = api("GET", "/api/v1/audit?workspace=audited&format=csv", root, null);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("at,actor,address,workspace,action,target,detail\r\n").contains("\"topic_saved\"")
                .doesNotContain("\"sign_in\"");
    }

    private static String setUpRoot() {
        if (comptoir.accounts().find("root").isEmpty()) {
            comptoir.accounts().add("root", "root-password", true);
        }
        return "root";
    }

    @Test
    void onLoopbackTheLoginPageOffersTheDemoUsersAndTheySignInToTheDemo() throws Exception {
        SignInSession browser = new SignInSession(base);
        String page = browser.get("/login?locale=en").body();
        assertThat(page).contains("demo-admin").contains("demo-manager").contains("demo-agent").contains("demo-viewer");
        assertThat(browser.signIn("demo-viewer", "demo").headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        assertThat(browser.get("/").headers().firstValue("Location").orElseThrow()).endsWith("/search?workspace=demo");
        assertThat(browser.get("/search?workspace=default").statusCode()).isEqualTo(404);
    }
}
