package vn.ward57.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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
 * The ward's pages from a phone (390×844) to the office PC (1366×768) in a real Chromium: no page scrolls
 * sideways (a wide table scrolls in its own box), no dashboard tile cuts or spills its text, and the menu
 * folds behind its button on the phone. Screenshots for review in target/screenshots (layout-*.png).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class ResponsiveLayoutTest {

    /** The pages a leader reads and an officer fills in: dashboard, lists, a form, the reports. */
    static final List<String> PAGES = List.of("/wards/an-hai/dashboard", "/wards/an-hai/tasks",
            "/wards/an-hai/assets", "/wards/an-hai/assets/new", "/wards/an-hai/reports",
            "/wards/an-hai/dossiers?from=2025-11-21&to=2026-11-20", "/wards/an-hai/feedback");

    /** Every element of the tiles that is cut (overflow hidden) or whose text runs out of its box. */
    static final String CUT_IN_TILES = """
            const bad = [];
            for (const e of document.querySelectorAll('.tiles .tile, .tiles .tile *')) {
                if (e.clientWidth === 0 && e.clientHeight === 0) continue;   // inline: its box is measured
                const s = getComputedStyle(e), scrolls = v => v === 'auto' || v === 'scroll';
                const name = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '')
                    + ' „' + e.textContent.trim().replace(/\\s+/g, ' ').slice(0, 40) + '“';
                if (!scrolls(s.overflowX) && e.scrollWidth > e.clientWidth + 1) bad.push(name + ' runs out sideways');
                if ((s.overflowY === 'hidden' || s.overflowY === 'clip') && e.scrollHeight > e.clientHeight + 1)
                    bad.push(name + ' is cut at the bottom');
            }
            return bad;""";

    private static ChromeDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"390, 844", "1024, 768", "1366, 768"})
    void noPageScrollsSidewaysAndNoTileCutsItsText(int width, int height) throws Exception {
        HeadlessChromium.login(browser, url(""), "lanhdao.anhai");
        String report = HeadlessChromium.monthlyReport(browser, url(""));
        HeadlessChromium.viewport(browser, width, height);
        try {
            SoftAssertions soft = new SoftAssertions();
            for (String page : java.util.stream.Stream.concat(PAGES.stream(), java.util.stream.Stream.of(report)).toList()) {
                browser.get(url(page));
                new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
                if (page.endsWith("/dashboard")) {
                    new WebDriverWait(browser, Duration.ofSeconds(15))
                            .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-dossiers canvas")));
                    soft.assertThat((List<?>) browser.executeScript(CUT_IN_TILES)).as("tiles at %d×%d", width, height)
                            .isEmpty();
                }
                Object sideways = browser.executeScript("""
                        const d = document.documentElement;
                        return d.scrollWidth > d.clientWidth ? d.scrollWidth + ' > ' + d.clientWidth : null;""");
                soft.assertThat(sideways).as("%s scrolls sideways at %d×%d", page, width, height).isNull();
                String name = page.replaceAll("\\?.*", "").replaceAll("^/wards/an-hai/", "").replaceAll("/\\d+$", "-draft")
                        .replace('/', '-');
                HeadlessChromium.screenshot(browser, "layout-" + name + "-" + width + "x" + height + ".png");
            }
            soft.assertAll();
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
        }
    }

    @Test
    void onAPhoneTheMenuFoldsBehindItsButtonAndTheKeyboardOpensIt() throws Exception {
        HeadlessChromium.login(browser, url(""), "canbo.anhai");
        HeadlessChromium.viewport(browser, 390, 844);
        try {
            browser.get(url("/wards/an-hai/tasks"));
            var menu = browser.findElement(By.cssSelector("details.menu"));
            var feedback = browser.findElement(By.cssSelector("nav.nav a[href='/wards/an-hai/feedback']"));
            assertThat(feedback.isDisplayed()).as("menu folded on a phone").isFalse();
            assertThat(browser.findElement(By.tagName("h1")).getLocation().getY()).as("the page's title on the first screen")
                    .isLessThan(200);
            var button = menu.findElement(By.tagName("summary"));
            assertThat(button.getText()).contains("Danh mục");
            button.sendKeys(org.openqa.selenium.Keys.ENTER);
            assertThat(menu.getDomProperty("open")).isEqualTo("true");
            assertThat(feedback.isDisplayed()).isTrue();
            assertThat(feedback.getText()).isEqualTo("Góp ý, phản ánh");
            assertThat(browser.executeScript("return document.documentElement.scrollWidth")).as("the open menu fits")
                    .isEqualTo(390L);
            HeadlessChromium.screenshot(browser, "layout-menu-open-390x844.png");

            HeadlessChromium.viewport(browser, 1366, 768);
            browser.get(url("/wards/an-hai/tasks"));
            assertThat(browser.findElement(By.cssSelector("details.menu summary")).isDisplayed()).isFalse();
            assertThat(browser.findElement(By.cssSelector("nav.nav a[href='/wards/an-hai/feedback']")).isDisplayed())
                    .as("the whole menu on the office PC").isTrue();
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
        }
    }

    @Test
    void aChartFollowsItsBoxNotOnlyTheWindow() {
        HeadlessChromium.login(browser, url(""), "lanhdao.anhai");
        browser.get(url("/wards/an-hai/dashboard"));
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-dossiers canvas")));
        // the box narrows without the window changing (a panel shown, a column added): the chart redraws to fit
        browser.executeScript("document.getElementById('chart-dossiers').style.width = '300px';");
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(b -> ((Number) browser.executeScript(
                "return document.querySelector('#chart-dossiers canvas').getBoundingClientRect().width;"))
                .doubleValue() <= 300);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
