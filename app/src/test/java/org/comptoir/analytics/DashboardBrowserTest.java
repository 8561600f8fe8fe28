package org.comptoir.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.comptoir.Comptoir;
import org.comptoir.ComptoirApplication;
import org.comptoir.workspace.Workspace;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The dashboard on the demo workspace in headless Chromium: charts, a drill-down, hostile author names kept inert. */
class DashboardBrowserTest {
    static final String HOSTILE = "<img src=x onerror=\"window.pwned='author'\">";
    @TempDir
    static Path dir;
    static ConfigurableApplicationContext app;
    static String base;
    static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        // the demo is loaded by the server itself, enriched, before the port opens
        app = ComptoirApplication.start(dir.resolve("data"), 0, "--comptoir.demo=true");
        base = "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
        StringBuilder lines = new StringBuilder();
        Instant at = Instant.now().minus(2, ChronoUnit.DAYS);
        String name = HOSTILE.replace("\"", "\\\"");
        for (int i = 0; i < 120; i++) {
            lines.append("{\"id\":\"hostile:").append(i).append("\",\"network\":\"mastodon\",\"author\":{\"id\":\"666\",\"handle\":\"@troll\","
                    + "\"name\":\"").append(name).append("\"},\"text\":\"Grelot ").append(name)
                    .append("\",\"lang\":\"fr\",\"created_at\":\"").append(at.plusSeconds(i * 300L)).append("\",\"in_reply_to\":\"hostile:0\","
                    + "\"metrics\":{\"likes\":5000,\"reposts\":0,\"replies\":0}}\n");
        }
        app.getBean(Comptoir.class).importer().importStream(Workspace.DEMO,
                new ByteArrayInputStream(lines.toString().getBytes(StandardCharsets.UTF_8)), "hostile.jsonl", null, null, null);
        browser = HeadlessChromium.open(1280, 2200);
        browser.get(base + "/login");
        browser.findElement(By.cssSelector("button[data-user='demo-viewer']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/search"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        app.close();
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private static void screenshot(String name) throws Exception {
        Path out = Path.of("..", "docs", "dashboard", name + ".png");
        Files.createDirectories(out.getParent());
        Files.write(out, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private static void openDashboard(String query) {
        browser.get(base + "/dashboard?workspace=demo&tz=Europe/Paris" + query);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(js(
                "var c = window.comptoirCharts && window.comptoirCharts('volume-chart'); return !!(c && c.getOption());")));
    }

    @Test
    void theCrisisStandsOutAndItsHashtagLeadsTheTrendingTerms() throws Exception {
        openDashboard("&locale=fr");
        assertThat(browser.findElements(By.cssSelector("#volume-chart canvas"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#sov-chart canvas"))).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector("ol.terms li a")).getText()).isEqualTo("#boycottgrelot");
        @SuppressWarnings("unchecked")
        List<Object> negative = (List<Object>) js("return window.comptoirCharts('volume-chart').getOption().series[0].data;");
        @SuppressWarnings("unchecked")
        List<Object> labels = (List<Object>) js("return window.comptoirCharts('volume-chart').getOption().xAxis[0].data;");
        long top = negative.stream().mapToLong(v -> ((Number) v).longValue()).max().orElseThrow();
        List<Long> sorted = negative.stream().map(v -> ((Number) v).longValue()).sorted(java.util.Comparator.reverseOrder()).toList();
        assertThat(sorted.get(1)).as("the two crisis days stand out: at least twice any other day").isGreaterThanOrEqualTo(2 * sorted.get(2));
        assertThat(labels).hasSameSizeAs(negative);
        assertThat(top).isPositive();
        assertThat(browser.findElements(By.cssSelector(".pyramid .level"))).hasSize(4);
        assertThat(browser.findElements(By.cssSelector("blockquote.verbatim"))).isNotEmpty();
        screenshot("dashboard-fr");
    }

    @Test
    void clickingADayOfTheVolumeChartListsThatDaysPosts() {
        openDashboard("");
        @SuppressWarnings("unchecked")
        List<Object> edges = (List<Object>) js("return JSON.parse(document.getElementById('volume-chart').dataset.edges);");
        int day = edges.size() - 4;
        @SuppressWarnings("unchecked")
        Map<String, Object> point = (Map<String, Object>) js("var c = window.comptoirCharts('volume-chart');"
                + "var total = 0; c.getOption().series.slice(0, 4).forEach(function (s) { total += s.data[arguments[0]]; });"
                + "var p = c.convertToPixel({seriesIndex: 0}, [arguments[0], 1]);"
                + "var r = c.getDom().getBoundingClientRect(); return {x: p[0], y: p[1], w: r.width, h: r.height};", day);
        WebElement canvas = browser.findElement(By.cssSelector("#volume-chart"));
        int x = (int) Math.round(((Number) point.get("x")).doubleValue() - ((Number) point.get("w")).doubleValue() / 2);
        int y = (int) Math.round(((Number) point.get("y")).doubleValue() - ((Number) point.get("h")).doubleValue() / 2) - 2;
        new Actions(browser).moveToElement(canvas, x, y).click().perform();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/search"));
        String url = java.net.URLDecoder.decode(browser.getCurrentUrl(), StandardCharsets.UTF_8);
        assertThat(url).contains("from=" + edges.get(day)).contains("to=" + edges.get(day + 1)).contains("workspace=demo");
        assertThat(browser.findElements(By.cssSelector("article.post"))).isNotEmpty();
    }

    @Test
    void aHostileAuthorNameIsTextInTheTopAuthorsAndInTheChartTooltip() throws Exception {
        openDashboard("&locale=en");
        WebElement table = browser.findElement(By.cssSelector("table.authors"));
        assertThat(table.getText()).contains(HOSTILE);
        assertThat(table.findElements(By.tagName("img"))).isEmpty();
        @SuppressWarnings("unchecked")
        Map<String, Object> bar = (Map<String, Object>) js("var c = window.comptoirCharts('authors-chart');"
                + "var names = c.getOption().yAxis[0].data; var i = names.indexOf('@troll');"
                + "var v = c.getOption().series[0].data[i].value; var p = c.convertToPixel({seriesIndex: 0}, [v / 2, i]);"
                + "var r = c.getDom().getBoundingClientRect(); return {i: i, x: p[0], y: p[1], w: r.width, h: r.height};");
        assertThat(((Number) bar.get("i")).intValue()).as("the hostile author is among the top authors").isNotNegative();
        WebElement chart = browser.findElement(By.cssSelector("#authors-chart"));
        new Actions(browser).moveToElement(chart, (int) Math.round(((Number) bar.get("x")).doubleValue() - ((Number) bar.get("w")).doubleValue() / 2),
                (int) Math.round(((Number) bar.get("y")).doubleValue() - ((Number) bar.get("h")).doubleValue() / 2)).perform();
        WebElement tooltip = new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector("#authors-chart div"))
                .stream().filter(e -> e.getText().contains("@troll")).findFirst().orElse(null));
        assertThat(tooltip.getText()).contains(HOSTILE);
        assertThat(tooltip.findElements(By.tagName("img"))).isEmpty();
        screenshot("hostile-author-tooltip");
        assertThat(js("return window.pwned === undefined ? null : window.pwned;")).isNull();
        assertThat(browser.findElements(By.cssSelector("blockquote.verbatim img"))).isEmpty();
    }
}
