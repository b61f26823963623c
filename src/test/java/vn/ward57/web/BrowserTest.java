package vn.ward57.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A ward officer in a real (headless) Chromium: logs in, sees the ward in Vietnamese, adds a unit
 * through the htmx form, and cannot open another ward. Uses Debian's chromium and chromedriver
 * (CHROMIUM_PATH / CHROMEDRIVER_PATH to override); skipped without them, except under CI=true.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class BrowserTest {

    private static WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        String chromium = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
        String driver = System.getenv().getOrDefault("CHROMEDRIVER_PATH", "/usr/bin/chromedriver");
        boolean present = new File(chromium).canExecute() && new File(driver).canExecute();
        if (!present) {
            String why = "Không có Chromium (" + chromium + ") hoặc chromedriver (" + driver
                    + "): bỏ qua kiểm thử trình duyệt. Cài: apt-get install chromium chromium-driver";
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(why);
            }
            System.out.println(why);
            Assumptions.abort(why);
        }
        ChromeOptions options = new ChromeOptions().setBinary(chromium).addArguments(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1366,768", "--lang=vi");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driver))
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aWardOfficerWorksInVietnameseAndCannotOpenAnotherWard() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        browser.get(url("/login"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Đăng nhập");
        browser.findElement(By.id("username")).sendKeys("canbo.anhai");
        browser.findElement(By.id("password")).sendKeys("ward57-demo");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();

        wait.until(ExpectedConditions.urlToBe(url("/")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Phường An Hải");
        assertThat(browser.findElement(By.id("my-tasks")).getText()).contains("Việc của tôi");
        browser.get(url("/wards/an-hai"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Phường An Hải");
        assertThat(browser.findElement(By.cssSelector("nav.nav")).getText()).contains("Đơn vị", "Tổ dân phố", "Biên chế");
        screenshot("ward-an-hai.png");

        browser.get(url("/wards/an-hai/units"));
        browser.findElement(By.id("code")).sendKeys("so-hoa");
        browser.findElement(By.id("name")).sendKeys("Tổ số hóa");
        browser.findElement(By.cssSelector("#units form.card button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), "Đã thêm đơn vị „Tổ số hóa“."));
        assertThat(browser.findElements(By.cssSelector("#units table input[name=name]")))
                .anySatisfy(input -> assertThat(input.getDomProperty("value")).isEqualTo("Tổ số hóa"));
        screenshot("units-an-hai.png");

        browser.get(url("/wards/an-hai/dossiers?from=2025-11-21&to=2026-11-20"));
        assertThat(browser.findElement(By.cssSelector(".stats")).getText())
                .contains("7.355").containsPattern("\\d{2},\\d{2}%");
        screenshot("dossiers-an-hai.png");

        browser.get(url("/wards/trung-thanh"));
        assertThat(browser.findElement(By.cssSelector(".alert.error")).getText())
                .isEqualTo("Bạn không có quyền truy cập dữ liệu của phường này.");
        assertThat(browser.getPageSource()).doesNotContain("Phường Trung Thành");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static void screenshot(String name) throws Exception {
        Path dir = Path.of("target/screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
