package org.comptoir.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
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
 * The reports page in headless Chromium on the demo workspace: a manager schedules the weekly report (Friday 09:30, in
 * English, to an email notifier) with the form; the page shows the schedule and its next sending, a Friday at 09:30 in the
 * workspace's zone; the English page reads in English.
 */
class ReportsPageBrowserTest {
    @TempDir
    static Path dir;
    static ConfigurableApplicationContext app;
    static String base;
    static WebDriver browser;

    @BeforeAll
    static void start() {
        app = ComptoirApplication.start(dir.resolve("data"), 0, "--comptoir.demo=true", "--comptoir.reports.schedule=false");
        base = "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
        app.getBean(Comptoir.class).alerts().saveNotifier(Workspace.DEMO, "equipe", "email",
                "smtp://127.0.0.1:25?tls=none&from=rapports@grelot.example&to=cm@grelot.example", null);
        browser = HeadlessChromium.open(1280, 1400);
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

    @Test
    void aManagerSchedulesTheWeeklyReportAndSeesItsNextSending() throws Exception {
        browser.get(base + "/reports?workspace=demo&locale=fr");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("report-schedule")).isEmpty());
        assertThat(browser.findElement(By.id("schedule-none")).getText()).isEqualTo("Aucun rapport n'est programmé.");
        assertThat(browser.findElements(By.cssSelector("#downloads a.report-pdf"))).hasSize(3);

        new Select(browser.findElement(By.name("period"))).selectByValue("week");
        new Select(browser.findElement(By.name("day_of_week"))).selectByValue("friday");
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '09:30'", browser.findElement(By.name("time")));
        new Select(browser.findElement(By.name("language"))).selectByValue("en");
        browser.findElement(By.cssSelector("input[name=recipients][value=equipe]")).click();
        browser.findElement(By.cssSelector("#report-schedule button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("schedule")).isEmpty());

        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).isEqualTo("Envoi programmé enregistré.");
        assertThat(browser.findElement(By.id("schedule")).getText()).contains("Rapport de la semaine").contains("vendredi")
                .contains("09:30").contains("English").contains("equipe");
        ZonedDateTime next = Instant.parse(browser.findElement(By.id("next-due")).getText()).atZone(ZoneId.of("Europe/Paris"));
        assertThat(next.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(next.toLocalTime()).isEqualTo(LocalTime.of(9, 30));
        assertThat(next.toInstant()).isAfter(Instant.now()).isBefore(Instant.now().plus(Duration.ofDays(7)));
        assertThat(app.getBean(Comptoir.class).reportSchedules().find(Workspace.DEMO)).hasValueSatisfying(s ->
                assertThat(s.recipients()).containsExactly("equipe"));
        Path out = Path.of("..", "docs", "reports", "reports-page-fr.png");
        Files.createDirectories(out.getParent());
        Files.write(out, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

        browser.get(base + "/reports?workspace=demo&locale=en");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Reports");
        assertThat(browser.findElement(By.id("schedule")).getText()).contains("Weekly report").contains("Friday");
    }
}
