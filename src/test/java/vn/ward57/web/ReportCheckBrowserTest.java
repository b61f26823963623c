package vn.ward57.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 24 in a real Chromium: an officer of an-hai uploads a Word report, sees its findings marked in the text
 * (a mark leads to its finding), narrows them to one kind, and downloads them as a spreadsheet. Screenshots in
 * target/screenshots (report-check-*.png).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class ReportCheckBrowserTest {

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

    @Test
    void anOfficerUploadsAReportSeesItsFindingsMarkedFiltersThemAndExportsThem() throws Exception {
        String base = "http://localhost:" + port;
        HeadlessChromium.login(browser, base, "canbo.anhai");
        browser.get(base + "/wards/an-hai/report-checks");
        browser.findElement(By.id("file")).sendKeys(report().toAbsolutePath().toString());
        browser.findElement(By.cssSelector("#upload button[type=submit]")).click();
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.urlMatches(".*/report-checks/\\d+$"));

        List<WebElement> marks = browser.findElements(By.cssSelector("#text mark"));
        assertThat(marks).isNotEmpty().allSatisfy(m -> assertThat(m.isDisplayed()).isTrue());
        WebElement sumMark = browser.findElements(By.cssSelector("#text mark.HIGH")).stream()
                .filter(m -> m.getText().equals("120")).findFirst().orElseThrow();
        HeadlessChromium.screenshot(browser, "report-check-result-1366x768.png");
        sumMark.findElement(By.tagName("a")).click();
        String finding = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf('#') + 1);
        assertThat(finding).startsWith("finding-");
        assertThat(browser.findElement(By.id(finding)).getText()).contains("120").contains("110");

        int all = browser.findElements(By.cssSelector("#findings li")).size();
        new Select(browser.findElement(By.id("kind"))).selectByValue("DATE");
        wait.until(d -> d.findElements(By.cssSelector("#findings li")).size() < all);
        assertThat(browser.findElements(By.cssSelector("#findings li")))
                .allSatisfy(li -> assertThat(li.getDomAttribute("data-kind")).isEqualTo("DATE")).isNotEmpty();
        assertThat(browser.getCurrentUrl()).contains("kind=DATE");

        String href = browser.findElement(By.id("export")).getDomAttribute("href");
        assertThat(href).contains("findings.xlsx").contains("kind=DATE");
        Object download = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done([r.status, r.headers.get('content-type'),
                    String.fromCharCode(...new Uint8Array(b.slice(0, 2))), b.byteLength])));""", href);
        assertThat((List<?>) download).satisfies(d -> {
            assertThat(d.get(0)).isEqualTo(200L);
            assertThat(d.get(1).toString()).contains("spreadsheetml");
            assertThat(d.get(2)).isEqualTo("PK");
        });

        HeadlessChromium.viewport(browser, 390, 844);
        browser.navigate().refresh();
        assertThat((Boolean) browser.executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1")).isTrue();
        HeadlessChromium.screenshot(browser, "report-check-result-390x844.png");
        HeadlessChromium.viewport(browser, 1366, 768);
    }

    /** A Word report with a heading, paragraphs and an appendix table, holding a sum and a date that are wrong. */
    static Path report() throws Exception {
        Path file = Files.createTempFile("bao-cao-", ".docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (String line : List.of("ỦY BAN NHÂN DÂN PHƯỜNG AN HẢI", "BÁO CÁO",
                    "Kết quả thực hiện Nghị quyết 57-NQ/TW tháng 11/2026", "I. KẾT QUẢ THỰC HIỆN",
                    "Trong tháng, bộ phận một cửa tiếp nhận 120 hồ sơ (70 trực tuyến và 40 trực tiếp).",
                    "Phường triển khai Nghị quyết số 57-NQ/TW ngày 10/6/2024 của Bộ Chính trị.",
                    "Chi tiết tại Phụ lục I kèm theo.", "Phụ lục I")) {
                doc.createParagraph().createRun().setText(line);
            }
            XWPFTable table = doc.createTable(3, 2);
            String[][] cells = {{"Chỉ tiêu", "Số lượng"}, {"Hồ sơ trực tuyến", "70"}, {"Hồ sơ trực tiếp", "40"}};
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 2; c++) {
                    table.getRow(r).getCell(c).setText(cells[r][c]);
                }
            }
            doc.write(out);
        }
        return file;
    }
}
