package org.comptoir.alert;

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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The alerts page in headless Chromium on the demo workspace: a manager adds a rule with the form, posts arrive and
 * raise an alert in the background, its explanation page shows figures, terms, authors and verbatims — hostile
 * author names and post text stay inert text.
 */
class AlertsBrowserTest {
    static final String HOSTILE = "<img src=x onerror=\"window.pwned='alert'\">";
    @TempDir
    static Path dir;
    static ConfigurableApplicationContext app;
    static String base;
    static WebDriver browser;

    @BeforeAll
    static void start() {
        app = ComptoirApplication.start(dir.resolve("data"), 0, "--comptoir.demo=true");
        base = "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
        browser = HeadlessChromium.open(1280, 1800);
        browser.get(base + "/login");
        browser.findElement(By.cssSelector("button[data-user='demo-manager']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/search"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        app.close();
    }

    private static void screenshot(String name) throws Exception {
        Path out = Path.of("..", "docs", "alerts", name + ".png");
        Files.createDirectories(out.getParent());
        Files.write(out, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    /** 30 posts with the hashtag, written just now by an author with a hostile name. */
    private static void postsArrive() throws Exception {
        StringBuilder lines = new StringBuilder();
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
        String name = HOSTILE.replace("\"", "\\\"");
        for (int i = 0; i < 30; i++) {
            lines.append("{\"id\":\"kaput:").append(i).append("\",\"network\":\"mastodon\",\"author\":{\"id\":\"").append(i % 4)
                    .append("\",\"handle\":\"@troll").append(i % 4).append("@m.example\",\"name\":\"").append(name)
                    .append("\"},\"text\":\"#GrelotKaput encore une panne ").append(name).append("\",\"lang\":\"fr\",\"created_at\":\"")
                    .append(at.minusSeconds(i)).append("\"}\n");
        }
        app.getBean(Comptoir.class).importer().importStream(Workspace.DEMO,
                new ByteArrayInputStream(lines.toString().getBytes(StandardCharsets.UTF_8)), "kaput.jsonl", null, null, null);
    }

    @Test
    void aManagerAddsARuleAndTheAlertItRaisesExplainsItself() throws Exception {
        browser.get(base + "/alerts?workspace=demo&locale=fr");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("new-rule")).isEmpty());
        browser.findElement(By.name("name")).sendKeys("Hashtag de panne");
        new Select(browser.findElement(By.name("kind"))).selectByValue("query-matches");
        browser.findElement(By.name("query")).sendKeys("#grelotkaput");
        browser.findElement(By.name("min_volume")).clear();
        browser.findElement(By.name("min_volume")).sendKeys("5");
        browser.findElement(By.cssSelector("#new-rule button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("#rules tbody tr")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("#rules tbody tr")).getText()).contains("Hashtag de panne").contains("query-matches");

        postsArrive();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> {
            d.navigate().refresh();
            return !d.findElements(By.cssSelector("#alerts a.alert-link")).isEmpty();
        });
        assertThat(browser.findElement(By.cssSelector("#alerts tbody tr")).getText()).contains("Hashtag de panne").contains("en cours");
        screenshot("alerts-fr");

        browser.findElement(By.cssSelector("#alerts a.alert-link")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("figures")).isEmpty());
        assertThat(browser.findElement(By.id("summary")).getText()).contains("30 posts");
        assertThat(browser.findElement(By.id("observed")).getText()).isEqualTo("30");
        assertThat(browser.findElement(By.id("terms")).getText()).contains("#grelotkaput");
        assertThat(browser.findElements(By.cssSelector("#drivers tr"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#verbatims li"))).hasSizeBetween(1, 5);
        assertThat(browser.findElement(By.id("verbatims")).getText()).contains("<img src=x onerror=");
        assertThat(browser.findElements(By.cssSelector("#verbatims img, #drivers img"))).isEmpty();
        assertThat(((JavascriptExecutor) browser).executeScript("return window.pwned === undefined;")).isEqualTo(true);
        assertThat(browser.findElement(By.id("search-link")).getAttribute("href")).contains("/search?workspace=demo&q=%23grelotkaput");
        screenshot("alert-explanation-fr");

        browser.findElement(By.id("search-link")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/search"));
        assertThat(browser.getPageSource()).contains("#GrelotKaput");
    }
}
