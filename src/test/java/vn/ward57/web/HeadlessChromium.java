package vn.ward57.web;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium for the page tests that look at the whole page (layout, accessibility):
 * CHROMIUM_PATH / CHROMEDRIVER_PATH to override; skipped without them, except under CI=true.
 */
final class HeadlessChromium {

    private HeadlessChromium() {
    }

    static ChromeDriver start() {
        String chromium = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
        String driver = System.getenv().getOrDefault("CHROMEDRIVER_PATH", "/usr/bin/chromedriver");
        if (!new File(chromium).canExecute() || !new File(driver).canExecute()) {
            String why = "Không có Chromium (" + chromium + ") hoặc chromedriver (" + driver
                    + "): bỏ qua kiểm thử trình duyệt. Cài: apt-get install chromium chromium-driver";
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(why);
            }
            Assumptions.abort(why);
        }
        ChromeOptions options = new ChromeOptions().setBinary(chromium).addArguments(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1366,768", "--lang=vi");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driver))
                .usingAnyFreePort().build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return browser;
    }

    /** The viewport itself at width × height (a phone: with touch and its own viewport rules). */
    static void viewport(ChromeDriver browser, int width, int height) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", width < 600));
    }

    static void login(ChromeDriver browser, String base, String username) {
        browser.manage().deleteAllCookies();
        browser.get(base + "/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("ward57-demo");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /**
     * The page of a monthly report of an-hai (the report editor), drafted through the page's form by the
     * logged-in user the first time it is asked for.
     */
    static String monthlyReport(ChromeDriver browser, String base) {
        browser.get(base + "/wards/an-hai/reports?kind=MONTHLY");
        var drafted = browser.findElements(By.cssSelector("main a[href^='/wards/an-hai/reports/']"));
        if (!drafted.isEmpty()) {
            return drafted.getFirst().getDomAttribute("href");
        }
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("kind"))).selectByValue("MONTHLY");
        browser.executeScript("document.getElementById('from').value = '2026-10-01';"
                + "document.getElementById('to').value = '2026-10-31';");
        browser.findElement(By.cssSelector("#draft-form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlMatches(".*/reports/\\d+$"));
        return browser.getCurrentUrl().substring(base.length());
    }

    static void screenshot(ChromeDriver browser, String name) throws Exception {
        Path dir = Path.of("target/screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }
}
