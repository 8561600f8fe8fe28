package org.comptoir.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comptoir.testing.TestPosts.jsonl;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The topics page in headless Chromium: a manager writes, fixes, tests and saves a topic; a viewer only reads. */
class TopicsPageBrowserTest {
    static final String SCRIPT = "<script>window.pwned='script'</script>";
    static final String IMG = "<img src=x onerror=\"window.pwned='img'\">";
    /** Screenshots for docs/topics-and-import.md (the module's directory is the working directory). */
    static final Path SHOTS = Path.of("..", "docs", "topics-and-import");
    @TempDir
    static Path dir;
    static ConfigurableApplicationContext app;
    static String base;
    WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.HOURS);
        try (Comptoir setUp = Comptoir.open(dir.resolve("data"))) {
            setUp.workspaces().create(Workspace.DEMO, "Démo", null);
            String posts = String.join("\n",
                    jsonl("t:1", "Encore une panne de réseau et du retard ce matin", "fr", now.minus(Duration.ofDays(1)).toString()),
                    jsonl("t:2", "Retard du train : panne de signalisation à Nancy", "fr", now.minus(Duration.ofDays(3)).toString()),
                    jsonl("t:evil", "Une panne " + SCRIPT + " et " + IMG + " du retard", "fr", now.minus(Duration.ofDays(2)).toString()),
                    jsonl("t:4", "Le fournil de Nancy, imbattable #pain", "fr", now.minus(Duration.ofDays(5)).toString()),
                    jsonl("t:5", "Une panne sans conséquence", "fr", now.minus(Duration.ofDays(40)).toString())) + "\n";
            setUp.importer().importStream(Workspace.DEMO, new ByteArrayInputStream(posts.getBytes(StandardCharsets.UTF_8)),
                    "posts.jsonl", null, null, null);
            setUp.topics().save(Workspace.DEMO, "Fournil", "fournil OR #pain", null, TopicKind.BRAND, true);
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
        browser = HeadlessChromium.open(1200, 1000);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void aManagerSeesTheErrorColumnFixesItTestsTheDraftSavesAndFindsTheTopicInTheSearchFilter() throws Exception {
        signIn("demo-manager");
        browser.get(base + "/topics?workspace=demo");
        browser.findElement(By.cssSelector("#topic-form input[name=name]")).sendKeys("Pannes");
        WebElement query = browser.findElement(By.id("query"));
        query.sendKeys("panne and (retard OR bug");
        until(d -> d.findElements(By.cssSelector("#lint .error")).stream().anyMatch(e -> e.getText().contains("11")));
        assertThat(text("#lint .error")).contains("11").contains("unbalanced parenthesis");
        assertThat(text("#lint mark.error-at")).isEqualTo("(");
        until(d -> !d.findElements(By.cssSelector(".query-editor pre.highlight .hl-error")).isEmpty());
        assertThat(text(".query-editor pre.highlight .hl-error")).as("the column is marked in the highlighted query").isEqualTo("(");
        assertThat(text("#lint ul.hints")).as("lower-case and is a word").contains("« and »").contains("AND");
        assertThat(browser.findElements(By.cssSelector(".query-editor pre.highlight .hl-op"))).extracting(WebElement::getText)
                .contains("OR");
        shoot("topics-lint-error", browser.findElement(By.id("editor")));

        query.clear();
        query.sendKeys("panne AND (retard OR bug)");
        until(d -> !d.findElements(By.cssSelector("#lint .ok")).isEmpty());
        assertThat(browser.findElements(By.cssSelector(".query-editor pre.highlight .hl-error"))).isEmpty();
        browser.findElement(By.id("test")).click();
        until(d -> !d.findElements(By.cssSelector("#preview .counts")).isEmpty());
        assertThat(text("#preview .counts")).contains("3");
        until(d -> !d.findElements(By.cssSelector("#preview .day-chart svg")).isEmpty());
        List<WebElement> posts = browser.findElements(By.cssSelector("#preview article.post"));
        assertThat(posts).hasSize(3);
        assertThat(browser.findElements(By.cssSelector("#preview article.post mark"))).extracting(WebElement::getText)
                .contains("panne", "retard", "Retard");
        assertThat(((JavascriptExecutor) browser).executeScript("return window.pwned === undefined ? null : window.pwned;"))
                .as("no script from a post ran").isNull();
        assertThat(browser.findElements(By.cssSelector("#preview article.post img"))).as("no element from a post").isEmpty();
        assertThat(browser.findElement(By.cssSelector("#preview")).getText()).contains(SCRIPT).contains("<img src=x onerror=");
        WebElement preview = browser.findElement(By.id("preview"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(true);", preview);
        shoot("topics-preview", preview);

        new Select(browser.findElement(By.name("kind"))).selectByValue("campaign");
        browser.findElement(By.cssSelector("#topic-form button[type=submit]")).click();
        until(d -> !d.findElements(By.cssSelector("#job .done")).isEmpty());
        assertThat(text("#job .done")).contains("Pannes");
        WebElement row = browser.findElement(By.cssSelector("tr[data-topic='Pannes']"));
        assertThat(row.getText()).contains("campagne").contains("demo-manager");
        assertThat(row.findElements(By.cssSelector("td.num"))).extracting(WebElement::getText).containsExactly("3", "3");
        shoot("topics-list", null);

        browser.get(base + "/search?workspace=demo");
        new Select(browser.findElement(By.name("topic"))).selectByVisibleText("Pannes");
        browser.findElement(By.cssSelector("form.search button[type=submit]")).click();
        until(d -> d.getCurrentUrl().contains("topic=Pannes"));
        assertThat(browser.findElements(By.cssSelector("article.post"))).hasSize(3);
        assertThat(((JavascriptExecutor) browser).executeScript("return window.pwned === undefined ? null : window.pwned;")).isNull();
    }

    @Test
    void aViewerReadsTheTopicsWithoutEditorNorButtons() throws Exception {
        signIn("demo-viewer");
        browser.get(base + "/topics?workspace=demo&locale=en");
        assertThat(text("tr[data-topic='Fournil']")).contains("brand").contains("fournil OR #pain").contains("yes");
        assertThat(browser.findElements(By.id("editor"))).isEmpty();
        assertThat(browser.findElements(By.id("import"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("form[action*='/topics/delete']"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("p.export a"))).hasSize(2);
        shoot("topics-viewer-en", null);
    }

    private void signIn(String user) {
        HeadlessChromium.signIn(browser, base, user, "demo");
    }

    private void until(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(condition::apply);
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    /** A screenshot of the element (or the window) for the documentation. */
    private void shoot(String name, WebElement element) throws Exception {
        Files.createDirectories(SHOTS);
        byte[] png = element == null ? ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES)
                : element.getScreenshotAs(OutputType.BYTES);
        Files.write(SHOTS.resolve(name + ".png"), png);
    }
}
