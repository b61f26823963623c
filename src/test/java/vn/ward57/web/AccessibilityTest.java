package vn.ward57.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * axe-core (src/test/resources/axe, from the npm package axe-core 4.10.3: Maven Central's webjar stops at 4.6.3)
 * in the same Chromium on the main pages, on a phone and on the office PC: no "serious" or "critical" violation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class AccessibilityTest {

    private static ChromeDriver browser;
    private static String axe;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws Exception {
        try (InputStream in = AccessibilityTest.class.getResourceAsStream("/axe/axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource({"/login, 390", "/login, 1366", "/wards/an-hai/dashboard, 390", "/wards/an-hai/dashboard, 1366",
            "/wards/an-hai/assets, 390", "/wards/an-hai/assets, 1366", "/wards/an-hai/assets/new, 1366",
            "/wards/an-hai/tasks, 1366", "/wards/an-hai/reports, 390", "/wards/an-hai/reports, 1366", "/, 1366", "a report, 390",
            "a report, 1366"})
    void noSeriousOrCriticalViolation(String page, int width) {
        if (page.equals("/login")) {
            browser.manage().deleteAllCookies();
        } else {
            HeadlessChromium.login(browser, url(""), "lanhdao.anhai");
        }
        String path = page.equals("a report") ? HeadlessChromium.monthlyReport(browser, url("")) : page;
        HeadlessChromium.viewport(browser, width, width < 600 ? 844 : 768);
        try {
            browser.get(url(path));
            new WebDriverWait(browser, Duration.ofSeconds(15))
                    .until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
            // the page as it settles: what htmx loads on arrival (a report's checks) has come, not half-faded
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> (Boolean) browser.executeScript(
                    "return document.readyState === 'complete' && !document.querySelector('.htmx-request');"));
            browser.executeScript(axe);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> violations = (List<Map<String, Object>>) browser.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations
                        .filter(v => v.impact === 'serious' || v.impact === 'critical')
                        .map(v => ({id: v.id, impact: v.impact, help: v.help,
                                    nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' ' + n.failureSummary)}))));
                    """);
            assertThat(violations).as("axe on %s at %d px", page, width).isEmpty();
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
