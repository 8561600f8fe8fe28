package org.comptoir.testing;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's Chromium, headless, for the browser tests; and signing in through the login form. */
public final class HeadlessChromium {
    private HeadlessChromium() {
    }

    /** A new headless browser window of the given size (closed with {@code quit()}). */
    public static WebDriver open(int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=" + width + "," + height,
                // this machine's network is closed: no background calls to Google's services
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");
        System.setProperty("webdriver.chrome.driver", System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));
        return new ChromeDriver(options);
    }

    /** Signs in through the form of {@code base + "/login"} and waits until the browser has left the login page. */
    public static void signIn(WebDriver browser, String base, String user, String password) {
        browser.get(base + "/login");
        browser.findElement(By.name("username")).sendKeys(user);
        browser.findElement(By.name("password")).sendKeys(password);
        browser.findElement(By.cssSelector("form.stack button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> !driver.getCurrentUrl().endsWith("/login"));
    }
}
