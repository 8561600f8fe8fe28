package org.comptoir.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comptoir.testing.TestPosts.jsonl;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.comptoir.Comptoir;
import org.comptoir.ComptoirApplication;
import org.comptoir.workspace.Workspace;
import org.comptoir.testing.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Signing in, searching and signing out in headless Chromium, as each role sees it. */
class SignInBrowserTest {
    @TempDir
    static Path dir;
    static ConfigurableApplicationContext app;
    static String base;
    WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        try (Comptoir setUp = Comptoir.open(dir.resolve("data"))) {
            setUp.workspaces().create(Workspace.DEMO, "Démo", null);
            String posts = jsonl("d:1", "Le fournil de Nancy, imbattable #pain", "fr", "2026-03-01T10:00:00Z") + "\n"
                    + jsonl("d:2", "Toujours pas livré, encore une fois", "fr", "2026-03-02T10:00:00Z") + "\n";
            setUp.importer().importStream(Workspace.DEMO, new ByteArrayInputStream(posts.getBytes(StandardCharsets.UTF_8)),
                    "demo.jsonl", null, null, null);
            setUp.accounts().add("root", "root-password", true);
        }
        app = ComptoirApplication.start(dir.resolve("data"), 0, "--comptoir.demo=false");
        base = "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @BeforeEach
    void openBrowser() {
        browser = HeadlessChromium.open(1280, 900);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    private void screenshot(String name) throws Exception {
        Path out = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(out.getParent());
        Files.write(out, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private void signIn(String user, String password) {
        HeadlessChromium.signIn(browser, base, user, password);
    }

    private void waitForUrl(String part) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver.getCurrentUrl().contains(part));
    }

    @Test
    void aNewcomerIsInTheDemoInOneClickSearchesAndSignsOut() throws Exception {
        browser.get(base + "/search?workspace=demo&q=fournil");
        assertThat(browser.getCurrentUrl()).as("pages need a sign-in").endsWith("/login");
        screenshot("login");
        browser.findElement(By.cssSelector("button[data-user='demo-viewer']")).click();
        waitForUrl("/search");
        assertThat(browser.getCurrentUrl()).as("back to the page asked for").contains("workspace=demo").contains("q=fournil");
        browser.findElement(By.name("q")).clear();
        browser.findElement(By.name("q")).sendKeys("imbattable");
        browser.findElement(By.cssSelector("form.search button[type=submit]")).click();
        waitForUrl("q=imbattable");
        assertThat(browser.findElement(By.cssSelector("article.post .text")).getText()).contains("imbattable");
        assertThat(browser.findElements(By.cssSelector("details.correct"))).as("a viewer corrects nothing").isEmpty();
        screenshot("search-as-viewer");
        browser.get(base + "/workspaces");
        assertThat(browser.findElements(By.cssSelector("form[action='/workspaces']"))).as("a viewer creates no workspace").isEmpty();
        browser.findElement(By.cssSelector("header .me button")).click();
        waitForUrl("/login?logout");
        browser.get(base + "/search?workspace=demo");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
    }

    @Test
    void anAgentCorrectsInTheirWorkspaceButCannotOpenAnotherByChangingTheUrl() throws Exception {
        signIn("demo-agent", "demo");
        browser.get(base + "/search?workspace=demo&q=livré");
        assertThat(browser.findElements(By.cssSelector("details.correct"))).hasSize(1);
        browser.get(base + "/search?workspace=default");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("404");
        assertThat(browser.getPageSource()).doesNotContain("article");
        screenshot("other-workspace-as-agent");
        browser.get(base + "/audit?workspace=demo");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("403");
        browser.get(base + "/admin/users");
        assertThat(browser.getPageSource()).doesNotContain("lucie-password").doesNotContain("form action=\"/admin/users\"");
    }

    @Test
    void anAdministratorCreatesAWorkspaceAndCreatesATokenShownOnce() throws Exception {
        signIn("root", "root-password");
        browser.get(base + "/workspaces?locale=en");
        browser.findElement(By.cssSelector("form[action='/workspaces'] input[name=name]")).sendKeys("brand-b");
        browser.findElement(By.cssSelector("form[action='/workspaces'] button")).click();
        waitForUrl("workspace=brand-b");
        browser.get(base + "/settings");
        browser.findElement(By.cssSelector("form[action='/settings/tokens'] input[name=name]")).sendKeys("reporting");
        browser.findElement(By.cssSelector("form[action='/settings/tokens'] button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> !driver.findElements(By.id("new-token")).isEmpty());
        String token = browser.findElement(By.id("new-token")).getText();
        assertThat(token).startsWith("cpt_");
        screenshot("settings-new-token");
        browser.navigate().refresh();
        assertThat(browser.findElements(By.id("new-token"))).as("shown once").isEmpty();
        assertThat(browser.getPageSource()).contains("reporting").doesNotContain(token);
        browser.get(base + "/admin/users");
        browser.findElement(By.cssSelector("form[action='/admin/users'] input[name=name]")).sendKeys("lucie");
        browser.findElement(By.cssSelector("form[action='/admin/users'] input[name=password]")).sendKeys("lucie-password");
        browser.findElement(By.cssSelector("form[action='/admin/users'] button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> !driver.findElements(By.cssSelector(".notice")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("table.list")).getText()).contains("lucie").contains("demo-agent");
        screenshot("users");
        browser.get(base + "/admin/audit");
        assertThat(browser.getPageSource()).contains("workspace_created").contains("token_created").contains("sign_in");
        screenshot("audit");
    }
}
