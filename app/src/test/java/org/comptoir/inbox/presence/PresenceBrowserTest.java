package org.comptoir.inbox.presence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.comptoir.Comptoir;
import org.comptoir.ComptoirApplication;
import org.comptoir.account.Role;
import org.comptoir.inbox.InboxQuery;
import org.comptoir.inbox.reply.FakeMastodon;
import org.comptoir.pipeline.Pipeline;
import org.comptoir.post.Author;
import org.comptoir.post.Metrics;
import org.comptoir.post.Network;
import org.comptoir.post.Post;
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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two agents in two headless Chromium sessions on the same conversation: each sees the other viewing, then typing,
 * live; sending while the other types asks for a confirmation first; the other then sees the answer arrive.
 */
class PresenceBrowserTest {
    static final String HOSTILE = "<img src=x onerror=\"window.pwned='post'\">";
    @TempDir
    static Path dir;
    static ConfigurableApplicationContext app;
    static String base;
    static WebDriver marie;
    static WebDriver paul;
    static FakeMastodon mastodon;
    static long conversation;

    @BeforeAll
    static void start() throws Exception {
        app = ComptoirApplication.start(dir.resolve("data"), 0, "--comptoir.demo=false");
        base = "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
        Comptoir comptoir = app.getBean(Comptoir.class);
        mastodon = new FakeMastodon();
        comptoir.workspaces().create("w", "w", null);
        comptoir.employees().replace("w", List.of("@fournil@social.example"));
        for (String user : List.of("marie", "paul")) {
            comptoir.accounts().add(user, user + "-password", false);
            comptoir.accounts().grant(user, "w", Role.AGENT);
        }
        comptoir.replyAccounts().save("w", "mastodon", mastodon.base().toString(), "@fournil", FakeMastodon.TOKEN, Instant.now());
        Pipeline pipeline = comptoir.pipelines().get("w");
        pipeline.process(List.of(new Post("mastodon:" + FakeMastodon.KNOWN_STATUS, Network.MASTODON, null,
                new Author("7", "@client@piaille.example", HOSTILE, 3L), "@fournil@social.example " + HOSTILE + " ma baguette est crue",
                null, "fr", Instant.now().minusSeconds(3600), null, Metrics.NONE, null, null)));
        pipeline.commit();
        conversation = comptoir.inbox().list("w", InboxQuery.all()).conversations().get(0).id();
        marie = HeadlessChromium.open(1280, 1100);
        paul = HeadlessChromium.open(1280, 1100);
        HeadlessChromium.signIn(marie, base, "marie", "marie-password");
        HeadlessChromium.signIn(paul, base, "paul", "paul-password");
    }

    @AfterAll
    static void stop() {
        for (WebDriver browser : new WebDriver[] {marie, paul}) {
            if (browser != null) {
                browser.quit();
            }
        }
        app.close();
        mastodon.close();
    }

    static WebDriverWait waiting(WebDriver browser) {
        return (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    static String present(WebDriver browser, String user) {
        List<org.openqa.selenium.WebElement> found = browser.findElements(By.cssSelector("#presence-people li[data-user='" + user + "']"));
        return found.isEmpty() ? "" : found.get(0).getAttribute("class") + " | " + found.get(0).getText();
    }

    @Test
    void twoAgentsSeeEachOtherLiveAndASecondReplyWhileTheOtherTypesAsksFirst() throws Exception {
        String page = base + "/inbox/" + conversation + "?workspace=w&locale=en";
        marie.get(page);
        paul.get(page);
        waiting(marie).until(d -> present(d, "paul").contains("viewing"));
        assertThat(present(marie, "paul")).endsWith("paul is viewing this conversation");
        waiting(paul).until(d -> present(d, "marie").contains("viewing"));

        paul.findElement(By.id("reply-text")).sendKeys("Bonjour, je regarde");
        waiting(marie).until(d -> present(d, "paul").contains("typing"));
        assertThat(present(marie, "paul")).endsWith("paul is typing a reply…");

        marie.findElement(By.id("reply-text")).sendKeys("Nous sommes désolés ^Marie");
        marie.findElement(By.id("send-reply")).click();
        waiting(marie).until(d -> d.findElement(By.id("live-collision")).isDisplayed());
        assertThat(marie.findElement(By.id("live-collision")).getText()).contains("paul is typing a reply right now");
        assertThat(marie.findElement(By.id("send-reply")).getText()).isEqualTo("Send a second answer anyway");
        assertThat(mastodon.published).as("nothing sent before the confirmation").isEmpty();
        Files.createDirectories(Path.of("..", "docs", "inbox"));
        Files.write(Path.of("..", "docs", "inbox", "presence.png"), ((TakesScreenshot) marie).getScreenshotAs(OutputType.BYTES));

        marie.findElement(By.id("send-reply")).click();
        waiting(marie).until(d -> !d.findElements(By.cssSelector("#replies li.reply")).isEmpty());
        waiting(paul).until(d -> d.findElement(By.id("presence-answered")).isDisplayed());
        assertThat(paul.findElement(By.id("presence-answered")).getText()).startsWith("marie has just answered");
        waiting(paul).until(d -> !mastodon.published.isEmpty());
        assertThat(mastodon.published).containsExactly("Nous sommes désolés ^Marie");
        for (WebDriver browser : List.of(marie, paul)) {
            assertThat(((JavascriptExecutor) browser).executeScript("return window.pwned === undefined ? null : window.pwned;")).isNull();
            assertThat(browser.findElements(By.cssSelector("main img"))).isEmpty();
        }
    }
}
