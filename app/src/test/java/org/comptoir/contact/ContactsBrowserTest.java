package org.comptoir.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.comptoir.Comptoir;
import org.comptoir.ComptoirApplication;
import org.comptoir.inbox.InboxQuery;
import org.comptoir.testing.HeadlessChromium;
import org.comptoir.workspace.Workspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The contact page in headless Chromium on the demo workspace: a workspace administrator goes from a conversation to
 * its author's contact, creates it, sees their posts and conversation with a hostile display name kept inert, then
 * erases them everywhere (after a confirmation) and the conversation is gone.
 */
class ContactsBrowserTest {
    static final String HOSTILE = "<img src=x onerror=\"window.pwned='contact'\">";
    @TempDir
    static Path dir;
    static ConfigurableApplicationContext app;
    static Comptoir comptoir;
    static String base;
    static WebDriver browser;
    static long conversation;

    @BeforeAll
    static void start() throws Exception {
        app = ComptoirApplication.start(dir.resolve("data"), 0, "--comptoir.demo=true");
        base = "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
        comptoir = app.getBean(Comptoir.class);
        String hostile = HOSTILE.replace("\"", "\\\"");
        String at = Instant.now().minus(1, ChronoUnit.HOURS).toString();
        String lines = "{\"id\":\"mastodon:troll-1\",\"network\":\"mastodon\",\"author\":{\"handle\":\"@troll@piaille.example\",\"name\":\""
                + hostile + "\"},\"text\":\"@grelotmobile@social.grelot-mobile.example " + hostile + " plus de réseau depuis ce matin\","
                + "\"lang\":\"fr\",\"created_at\":\"" + at + "\"}\n"
                + "{\"id\":\"bluesky:troll-2\",\"network\":\"bluesky\",\"author\":{\"handle\":\"troll.bsky.social\",\"name\":\"" + hostile
                + "\"},\"text\":\"toujours pas de réseau chez Grelot\",\"lang\":\"fr\",\"created_at\":\"" + at + "\"}\n";
        comptoir.importer().importStream(Workspace.DEMO, new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)),
                "hostile.jsonl", null, null, null);
        conversation = comptoir.inbox().list(Workspace.DEMO, InboxQuery.all()).conversations().stream()
                .filter(c -> c.rootPost().equals("mastodon:troll-1")).findFirst().orElseThrow().id();
        browser = HeadlessChromium.open(1280, 1400);
        browser.get(base + "/login?locale=en");
        browser.findElement(By.cssSelector("button[data-user='demo-admin']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("/login"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        app.close();
    }

    static WebDriverWait waiting() {
        return (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    static void screenshot(String name) throws Exception {
        Path out = Path.of("..", "docs", "contacts", name + ".png");
        Files.createDirectories(out.getParent());
        Files.write(out, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void fromAConversationToItsAuthorsContactThenAnErasureEverywhere() throws Exception {
        browser.get(base + "/inbox/" + conversation + "?workspace=demo&locale=en");
        waiting().until(d -> !d.findElements(By.id("contact-link")).isEmpty());
        browser.findElement(By.id("contact-link")).click();
        waiting().until(d -> !d.findElements(By.id("create")).isEmpty());
        assertThat(browser.findElement(By.name("identities")).getAttribute("value")).isEqualTo("mastodon:troll@piaille.example");
        browser.findElement(By.name("identities")).sendKeys("\nbluesky:troll.bsky.social");
        browser.findElement(By.id("create")).click();
        waiting().until(d -> !d.findElements(By.id("name")).isEmpty());

        assertThat(browser.findElement(By.id("name")).getText()).isEqualTo(HOSTILE);
        assertThat(browser.findElements(By.cssSelector("#identities li"))).hasSize(2);
        assertThat(browser.findElements(By.cssSelector("#posts li"))).hasSize(2);
        long theirs = comptoir.inbox().list(Workspace.DEMO, InboxQuery.all()).conversations().stream()
                .filter(c -> c.rootPost().startsWith("mastodon:troll-") || c.rootPost().startsWith("bluesky:troll-")).count();
        assertThat(browser.findElements(By.cssSelector("#conversations li"))).hasSize((int) theirs).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("main img"))).isEmpty();
        assertThat(((JavascriptExecutor) browser).executeScript("return window.pwned === undefined ? null : window.pwned;")).isNull();
        screenshot("contact");

        browser.findElement(By.id("erase")).click();
        waiting().until(ExpectedConditions.alertIsPresent()).accept();
        waiting().until(d -> !d.findElements(By.id("erased")).isEmpty());
        assertThat(browser.findElements(By.linkText(HOSTILE))).isEmpty();
        assertThat(comptoir.search().search(Workspace.DEMO, new org.comptoir.search.PostSearch.Request("author:troll@piaille.example"
                + " OR author:troll.bsky.social", null, null, null, null, 20, null)).total()).isZero();
        browser.get(base + "/inbox/" + conversation + "?workspace=demo&locale=en");
        assertThat(browser.findElements(By.id("contact-link"))).isEmpty();
    }
}
