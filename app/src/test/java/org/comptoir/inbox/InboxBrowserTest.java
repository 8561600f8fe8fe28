package org.comptoir.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.comptoir.Comptoir;
import org.comptoir.ComptoirApplication;
import org.comptoir.inbox.reply.FakeMastodon;
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
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The inbox in headless Chromium on the demo workspace: an agent opens a conversation, assigns it to themselves,
 * replies (to a loopback Mastodon), resolves it with the keyboard; hostile post text and author names stay inert.
 */
class InboxBrowserTest {
    static final String HOSTILE = "<img src=x onerror=\"window.pwned='post'\">";
    @TempDir
    static Path dir;
    static ConfigurableApplicationContext app;
    static String base;
    static WebDriver browser;
    static FakeMastodon mastodon;
    static long conversation;

    @BeforeAll
    static void start() throws Exception {
        app = ComptoirApplication.start(dir.resolve("data"), 0, "--comptoir.demo=true");
        base = "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
        Comptoir comptoir = app.getBean(Comptoir.class);
        mastodon = new FakeMastodon();
        comptoir.replyAccounts().save(Workspace.DEMO, "mastodon", mastodon.base().toString(), "@grelotmobile",
                FakeMastodon.TOKEN, Instant.now());
        String hostile = HOSTILE.replace("\"", "\\\"");
        String line = "{\"id\":\"mastodon:" + FakeMastodon.KNOWN_STATUS + "\",\"network\":\"mastodon\",\"author\":{\"id\":\"666\","
                + "\"handle\":\"@troll@piaille.example\",\"name\":\"" + hostile + "\"},\"text\":\"@grelotmobile@social.grelot-mobile.example "
                + hostile + " toujours pas de réseau\",\"lang\":\"fr\",\"created_at\":\"" + Instant.now().minus(1, ChronoUnit.HOURS)
                + "\",\"url\":\"javascript:alert(1)\"}\n";
        comptoir.importer().importStream(Workspace.DEMO, new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)),
                "hostile.jsonl", null, null, null);
        conversation = comptoir.inbox().list(Workspace.DEMO, InboxQuery.all()).conversations().stream()
                .filter(c -> c.rootPost().equals("mastodon:" + FakeMastodon.KNOWN_STATUS)).findFirst().orElseThrow().id();
        browser = HeadlessChromium.open(1280, 1400);
        browser.get(base + "/login?locale=en");
        browser.findElement(By.cssSelector("button[data-user='demo-agent']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("/login"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        app.close();
        mastodon.close();
    }

    static Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    static void screenshot(String name) throws Exception {
        Path out = Path.of("..", "docs", "inbox", name + ".png");
        Files.createDirectories(out.getParent());
        Files.write(out, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    static WebDriverWait waiting() {
        return (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    @Test
    void theListShowsTheDemoConversationsAndJKMoveTheSelection() throws Exception {
        browser.get(base + "/inbox?workspace=demo&status=open&locale=en");
        waiting().until(d -> !d.findElements(By.cssSelector("tr.conversation")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("tr.conversation"))).hasSizeGreaterThan(10);
        new Actions(browser).sendKeys("j").sendKeys("j").perform();
        waiting().until(d -> d.findElements(By.cssSelector("tr.conversation.selected")).size() == 1);
        assertThat(browser.findElements(By.cssSelector("tr.conversation")).get(1).getAttribute("class")).contains("selected");
        new Actions(browser).sendKeys("k").perform();
        waiting().until(d -> d.findElements(By.cssSelector("tr.conversation")).get(0).getAttribute("class").contains("selected"));
        assertThat(js("return window.pwned === undefined ? null : window.pwned;")).isNull();
        screenshot("inbox-list");

        // a: assign the selected conversation to me; e: resolve it (high-priority ones: not the hostile one)
        browser.get(base + "/inbox?workspace=demo&status=open&priority=high&locale=en");
        waiting().until(d -> d.findElements(By.cssSelector("tr.conversation")).size() > 2);
        String total = browser.findElement(By.cssSelector("p.total")).getText();
        String second = browser.findElements(By.cssSelector("tr.conversation")).get(1).getAttribute("data-id");
        new Actions(browser).sendKeys("j").sendKeys("j").sendKeys("a").perform();
        waiting().until(d -> d.findElement(By.cssSelector("tr.conversation[data-id='" + second + "'] td:nth-child(5)")).getText()
                .equals("demo-agent"));
        // the page reloaded (no selection) and the list may have reordered: walk down to the same conversation
        List<String> ids = browser.findElements(By.cssSelector("tr.conversation")).stream().map(r -> r.getAttribute("data-id")).toList();
        Actions walk = new Actions(browser);
        for (int i = 0; i <= ids.indexOf(second); i++) {
            walk.sendKeys("j");
        }
        walk.sendKeys("e").perform();
        waiting().until(d -> d.findElements(By.cssSelector("tr.conversation[data-id='" + second + "']")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("p.total")).getText()).isNotEqualTo(total);
    }

    @Test
    void anAgentAssignsRepliesThroughMastodonAndResolvesWhileHostileTextStaysInert() throws Exception {
        browser.get(base + "/inbox/" + conversation + "?workspace=demo&locale=en");
        waiting().until(d -> !d.findElements(By.cssSelector("ol.timeline li.incoming")).isEmpty());
        String shown = browser.findElement(By.cssSelector("ol.timeline li.incoming p.body")).getText();
        assertThat(shown).contains("<img src=x onerror=");
        assertThat(browser.findElement(By.cssSelector("h1 .name")).getText()).isEqualTo(HOSTILE);
        assertThat(browser.findElements(By.cssSelector("main img"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("ol.timeline a[href^='javascript']"))).isEmpty();

        browser.findElement(By.id("assign-me")).click();
        waiting().until(d -> d.findElement(By.id("assignee")).getText().contains("demo-agent"));

        // a colleague answers while this page is open: sending warns first, with their answer
        new org.comptoir.events.Actor("demo-manager", null).run(() -> app.getBean(Inbox.class)
                .reply(Workspace.DEMO, conversation, "Un collègue répond ^Marc", null));
        browser.findElement(By.id("reply-text")).sendKeys("Bonjour, nos équipes rétablissent le réseau ^Lucie");
        browser.findElement(By.id("send-reply")).click();
        waiting().until(d -> !d.findElements(By.cssSelector(".collision")).isEmpty());
        assertThat(browser.findElement(By.cssSelector(".collision q")).getText()).isEqualTo("Un collègue répond ^Marc");
        assertThat(browser.findElement(By.id("reply-text")).getAttribute("value")).isEqualTo("Bonjour, nos équipes rétablissent le réseau ^Lucie");
        screenshot("collision");
        browser.findElement(By.id("send-reply")).click();
        waiting().until(d -> d.findElements(By.cssSelector("#replies li.reply.sent")).size() == 2);
        assertThat(mastodon.published).containsExactlyInAnyOrder("Un collègue répond ^Marc", "Bonjour, nos équipes rétablissent le réseau ^Lucie");
        assertThat(browser.findElement(By.cssSelector("#replies li.reply.sent a")).getText()).startsWith("mastodon:");
        screenshot("conversation");

        new Actions(browser).sendKeys("e").perform();
        waiting().until(d -> d.findElement(By.id("status")).getAttribute("class").contains("resolved"));
        assertThat(browser.findElements(By.cssSelector("ol.timeline li.event p.body")))
                .extracting(org.openqa.selenium.WebElement::getText)
                .contains("assigned to demo-agent", "status: pending → resolved");
        assertThat(js("return window.pwned === undefined ? null : window.pwned;")).isNull();
        screenshot("conversation-resolved");
    }
}
