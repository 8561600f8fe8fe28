package org.comptoir.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.comptoir.Comptoir;
import org.comptoir.ComptoirApplication;
import org.comptoir.account.Role;
import org.comptoir.testing.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The sources page in headless Chromium: a manager adds a feed (polled at once, shown ok with its posts), a source
 * whose server refuses the token with a hostile error body (shown failing, the error inert text), a webhook (its secret
 * shown once), and pauses one.
 */
class SourcesPageBrowserTest {
    static final String HOSTILE = "<img src=x onerror=\"window.pwned=1\">";
    @TempDir
    static Path dir;
    static ConfigurableApplicationContext app;
    static HttpServer blog;
    static String base;
    static String blogBase;
    static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        blog = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        blog.createContext("/feed", exchange -> {
            byte[] feed = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Le fournil</title>"
                    + "<link>" + blogBase + "</link><language>fr</language>"
                    + "<item><title>Nouveau pain</title><link>" + blogBase + "/pain</link><pubDate>Sun, 01 Mar 2026 09:00:00 +0000</pubDate>"
                    + "<description>Le pain au levain revient au fournil</description></item>"
                    + "<item><title>Horaires</title><link>" + blogBase + "/horaires</link><pubDate>Sun, 01 Mar 2026 10:00:00 +0000</pubDate>"
                    + "<description>Ouvert le dimanche matin</description></item></channel></rss>").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, feed.length);
            exchange.getResponseBody().write(feed);
            exchange.close();
        });
        blog.createContext("/private", exchange -> {
            byte[] body = HOSTILE.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(401, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        blog.start();
        blogBase = "http://127.0.0.1:" + blog.getAddress().getPort();
        app = ComptoirApplication.start(dir.resolve("data"), 0, "--comptoir.demo=false");
        base = "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
        Comptoir comptoir = app.getBean(Comptoir.class);
        comptoir.accounts().add("marie", "marie-password", false);
        comptoir.accounts().grant("marie", "default", Role.MANAGER);
        browser = HeadlessChromium.open(1400, 1000);
        HeadlessChromium.signIn(browser, base, "marie", "marie-password");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        app.close();
        blog.stop(0);
    }

    private static void add(String type, String name, String target, String every) {
        browser.get(base + "/sources?workspace=default&locale=en");
        new Select(browser.findElement(By.id("source-type"))).selectByValue(type);
        browser.findElement(By.name("name")).sendKeys(name);
        if (target != null) {
            browser.findElement(By.name("target")).sendKeys(target);
        }
        if (every != null) {
            browser.findElement(By.name("every")).sendKeys(every);
        }
        browser.findElement(By.cssSelector("#add-source button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector(".notice, .error")).isEmpty());
    }

    /** Reloads the page until the row of {@code name} shows {@code state}. */
    private static void awaitState(String name, String state) {
        new WebDriverWait(browser, Duration.ofSeconds(30), Duration.ofMillis(300)).until(d -> {
            d.get(base + "/sources?workspace=default&locale=en");
            return d.findElements(By.cssSelector("tr[data-source='" + name + "'] .state." + state)).size() == 1;
        });
    }

    @Test
    void aManagerAddsWatchesAndPausesSources() throws Exception {
        add("rss", "fournil", blogBase + "/feed", "1s");
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("fournil");
        awaitState("fournil", "ok");
        assertThat(browser.findElement(By.cssSelector("tr[data-source='fournil'] .posts-hour")).getText()).isEqualTo("2");

        add("rss", "private", blogBase + "/private", "1s");
        awaitState("private", "failing");
        String error = browser.findElement(By.cssSelector("tr[data-source='private'] .last-error")).getText();
        assertThat(error).contains("HTTP 401").contains(HOSTILE);
        assertThat(browser.findElements(By.cssSelector(".last-error img"))).as("the remote error is text, not markup").isEmpty();
        assertThat(((JavascriptExecutor) browser).executeScript("return window.pwned === undefined")).isEqualTo(true);
        assertThat(browser.findElement(By.cssSelector(".sources .alert")).getText()).contains("1 source needs your attention");

        add("webhook", "crm", null, null);
        String secret = browser.findElement(By.id("webhook-secret")).getText();
        assertThat(secret).matches("[0-9a-f]{64}");
        browser.get(base + "/sources?workspace=default&locale=en");
        assertThat(browser.getPageSource()).as("the secret is shown once").doesNotContain(secret);
        Path shot = Path.of("..", "docs", "sources", "sources-page.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

        browser.findElement(By.cssSelector("tr[data-source='private'] form[action$='/sources/pause'] button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d ->
                d.findElements(By.cssSelector("tr[data-source='private'] .state.paused")).size() == 1);
        assertThat(browser.findElement(By.cssSelector("tr[data-source='private'] form[action$='/sources/pause'] button")).getText())
                .isEqualTo("Resume");
    }

    @Test
    void gapsDetectedInASourcesCursorAreShownInFrenchAndEnglishAsInertText() throws Exception {
        Sources sources = app.getBean(Sources.class);
        Source gappy = sources.add("default", tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree("{\"type\":\"webhook\",\"name\":\"gappy\"}")).source();
        java.time.Instant now = java.time.Instant.now();
        sources.healthRecords().gaps(gappy.id(), now, java.util.List.of(
                new org.comptoir.connector.Fetch.Gap(java.time.Instant.parse("2026-03-01T10:00:00Z"),
                        java.time.Instant.parse("2026-03-01T11:30:00Z"), "catch-up reached max_pages " + HOSTILE, false)));
        sources.healthRecords().gaps(gappy.id(), now.plusSeconds(1), java.util.List.of(
                new org.comptoir.connector.Fetch.Gap(java.time.Instant.parse("2026-03-02T08:00:00Z"), null, "stream broken", true)));
        browser.get(base + "/sources?workspace=default&locale=fr");
        String french = browser.findElement(By.cssSelector("tr[data-source='gappy'] .gaps")).getText();
        assertThat(french).contains("coupure rattrapée, rien ne manque").contains("du 2026-03-02 08:00:00 au ? UTC")
                .contains("des posts manquent peut-être").contains("du 2026-03-01 10:00:00 au 2026-03-01 11:30:00 UTC").contains(HOSTILE);
        assertThat(french.indexOf("coupure rattrapée")).as("newest first").isLessThan(french.indexOf("des posts manquent"));
        assertThat(browser.findElements(By.cssSelector(".gaps img"))).as("a reason is text, not markup").isEmpty();
        assertThat(browser.findElement(By.cssSelector("th:nth-child(10)")).getText()).isEqualTo("Trous (7 jours)");
        browser.get(base + "/sources?workspace=default&locale=en");
        assertThat(browser.findElement(By.cssSelector("tr[data-source='gappy'] .gaps .missed")).getText())
                .contains("posts may be missing").contains("from 2026-03-01 10:00:00 to 2026-03-01 11:30:00 UTC");
        assertThat(browser.findElement(By.cssSelector("tr[data-source='gappy'] .gaps .bridged")).getText())
                .contains("break bridged, nothing missing");
        assertThat(((JavascriptExecutor) browser).executeScript("return window.pwned === undefined")).isEqualTo(true);
        sources.remove("default", gappy.id());
    }

    @Test
    void anXFilteredStreamShowsEachTopicsRuleOrWhyItHasNone() throws Exception {
        Comptoir comptoir = app.getBean(Comptoir.class);
        comptoir.workspaces().create("ecoute", "ecoute", null);
        comptoir.accounts().grant("marie", "ecoute", Role.MANAGER);
        comptoir.topics().save("ecoute", "pannes", "panne OR retard", null);
        comptoir.topics().save("ecoute", "pain", "tartin*", null);
        app.getBean(Sources.class).add("ecoute", tools.jackson.databind.json.JsonMapper.builder().build().readTree(
                "{\"type\":\"x\",\"name\":\"x live\",\"stream\":true,\"api\":\"http://127.0.0.1:1\",\"token\":\"x-secret-bearer\"}"));
        browser.get(base + "/sources?workspace=ecoute&locale=fr");
        org.openqa.selenium.WebElement rules = browser.findElement(By.cssSelector("tr[data-source='x live'] details.x-rules"));
        assertThat(rules.findElement(By.tagName("summary")).getText()).isEqualTo("1 sujet(s) sur 2 ont une règle X");
        rules.findElement(By.tagName("summary")).click();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> rules.findElement(By.cssSelector(".derived code")).isDisplayed());
        assertThat(rules.findElement(By.cssSelector(".derived code")).getText()).isEqualTo("panne OR retard");
        assertThat(rules.findElement(By.cssSelector(".not-derived")).getText()).contains("pain")
                .contains("pas de règle : rien que X puisse filtrer : les jokers (tartin*) n’ont pas d’opérateur X");
        assertThat(browser.getPageSource()).doesNotContain("x-secret-bearer");
        new Select(browser.findElement(By.id("source-type"))).selectByValue("x");
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> d.findElement(By.name("stream")).isDisplayed());
        browser.get(base + "/sources?workspace=ecoute&locale=en");
        org.openqa.selenium.WebElement english = browser.findElement(By.cssSelector("tr[data-source='x live'] details.x-rules"));
        assertThat(english.findElement(By.tagName("summary")).getText()).isEqualTo("1 of 2 topics have an X rule");
        english.findElement(By.tagName("summary")).click();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> english.findElement(By.cssSelector(".not-derived")).isDisplayed());
        assertThat(english.findElement(By.cssSelector(".not-derived")).getText())
                .contains("no rule: nothing X can filter on: wildcards (tartin*) have no X operator");
    }

    @Test
    void theFormShowsOnlyTheFieldsOfTheChosenType() {
        browser.get(base + "/sources?workspace=default&locale=fr");
        Select type = new Select(browser.findElement(By.id("source-type")));
        type.selectByValue("webhook");
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> !d.findElement(By.name("target")).isDisplayed());
        assertThat(browser.findElement(By.name("token")).isDisplayed()).isTrue();
        type.selectByValue("mastodon");
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> d.findElement(By.name("timeline")).isDisplayed());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Sources");
        assertThat(browser.findElement(By.cssSelector(".add-source h2")).getText()).isEqualTo("Ajouter une source");
    }
}
