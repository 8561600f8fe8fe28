package org.comptoir.inbox;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.comptoir.Comptoir;
import org.comptoir.ComptoirApplication;
import org.comptoir.account.Role;
import org.comptoir.testing.HeadlessChromium;
import org.comptoir.testing.TestPosts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The teams and routing pages in headless Chromium: a manager creates a team, tries a rule on the conversations, saves it. */
class RoutingBrowserTest {
    @TempDir
    static Path dir;
    static ConfigurableApplicationContext app;
    static String base;
    static WebDriver browser;
    static Comptoir comptoir;

    @BeforeAll
    static void start() throws Exception {
        app = ComptoirApplication.start(dir.resolve("data"), 0, "--comptoir.demo=false");
        base = "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
        comptoir = app.getBean(Comptoir.class);
        comptoir.workspaces().create("w", "w", null);
        comptoir.employees().replace("w", List.of("@fournil"));
        comptoir.accounts().add("manager", "manager-password", false);
        comptoir.accounts().grant("manager", "w", Role.MANAGER);
        String lines = String.join("\n", TestPosts.jsonl("m:1", "@fournil encore une panne de four", "fr", "2026-03-01T10:00:00Z"),
                TestPosts.jsonl("m:2", "@fournil merci pour la brioche", "fr", "2026-03-02T10:00:00Z").replace("@marie@piaille.example",
                        "@paul@piaille.example")) + "\n";
        comptoir.importer().importStream("w", new ByteArrayInputStream(lines.getBytes(UTF_8)), "a.jsonl", null, null, null);
        browser = HeadlessChromium.open(1280, 1500);
        HeadlessChromium.signIn(browser, base, "manager", "manager-password");
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
        Path out = Path.of("..", "docs", "inbox", name + ".png");
        Files.createDirectories(out.getParent());
        Files.write(out, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void aManagerCreatesATeamTriesARuleOnTheConversationsThenSavesIt() throws Exception {
        browser.get(base + "/teams?workspace=w&locale=en");
        browser.findElement(By.name("name")).sendKeys("support");
        browser.findElement(By.name("label")).sendKeys("Service client");
        browser.findElement(By.name("holidays")).sendKeys("2026-05-01");
        browser.findElement(By.name("members")).sendKeys("manager");
        browser.findElement(By.cssSelector("form.stack button.primary")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("tr[data-team='support']")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("tr[data-team='support']")).getText()).contains("Service client", "manager");
        screenshot("teams");

        browser.get(base + "/routing?workspace=w&locale=en");
        browser.findElement(By.name("name")).sendKeys("Pannes");
        browser.findElement(By.name("query")).sendKeys("panne OR four");
        browser.findElement(By.name("team")).sendKeys("support");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.name("assign"))).selectByValue("round-robin");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.name("priority"))).selectByValue("high");
        browser.findElement(By.id("dry-run")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("section.dry-run p.total")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("section.dry-run p.total")).getText()).contains("1 of the 2");
        assertThat(browser.findElement(By.cssSelector("section.dry-run")).getText()).contains("encore une panne", "team → support");
        assertThat(comptoir.routing().rules("w")).as("the dry-run saved nothing").isEmpty();
        screenshot("routing");

        browser.findElement(By.cssSelector("form.rule button.primary")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("tr[data-rule]")).isEmpty());
        assertThat(comptoir.routing().rules("w")).singleElement().satisfies(r -> {
            assertThat(r.when().query()).isEqualTo("panne OR four");
            assertThat(r.then().assign()).isEqualTo("round-robin");
        });
    }

    @Test
    void theInboxListAndAConversationShowAMissedTarget() throws Exception {
        comptoir.inbox().targets().save("w", new ResponseTargets.Settings("mon-sun 00:00-24:00", List.of(),
                java.util.Map.of(Priority.NORMAL, new ResponseTargets.Target(60, 480), Priority.HIGH, new ResponseTargets.Target(30, 240))));
        browser.get(base + "/inbox?workspace=w&status=open&breach=true&locale=en");
        waiting().until(d -> !d.findElements(By.cssSelector("tr.conversation")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("tr.conversation span.deadline.breach"))).hasSize(2);
        assertThat(browser.findElement(By.cssSelector("tr.conversation span.deadline.breach")).getText()).isEqualTo("target missed");
        screenshot("inbox-breach");
        browser.findElement(By.cssSelector("tr.conversation td.subject a")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("p.facts span.deadline")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("p.facts span.deadline")).getText()).contains("target missed", "first response by");
    }
}
