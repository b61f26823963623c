package vn.ward57.reportcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.get;
import static vn.ward57.Api.post;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.ward57.Ward57Test;

/**
 * The pages of issue 24: a ward's upload shows the text with its findings marked, filtered by kind, exported as
 * XLSX; a province checks its wards' FINAL reports of a period in one go and sees wards × findings.
 */
@Ward57Test
class ReportCheckPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;

    @Test
    void theResultMarksEachFindingInTheTextFiltersByKindAndExportsWhatItShows() throws Exception {
        String officer = new ReportCheckApiTest().withMvc(mvc).ward("rc-p");
        var as = user(accounts.loadUserByUsername(officer));
        String location = mvc.perform(MockMvcRequestBuilders.multipart("/wards/rc-p/report-checks")
                        .file(new MockMultipartFile("file", "bao-cao-thang.txt", "text/plain",
                                ReportCheckApiTest.REPORT.getBytes(StandardCharsets.UTF_8)))
                        .with(as).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/wards/rc-p/report-checks/\\d+");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        String json = mvc.perform(get(officer, "/api/v1/report-checks/" + id)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<String> kinds = JsonPath.read(json, "$.findings[*].kind");

        String page = html(MockMvcRequestBuilders.get(location).with(as));
        assertThat(page).contains("bao-cao-thang.txt").contains("Tháng 11/2026")
                .contains("<mark id=\"mark-").contains("class=\"HIGH\"")
                .contains("70 trực tuyến và 40 trực tiếp").contains("Tổng không bằng các phần");
        assertThat(page.split("<li id=\"finding-", -1)).hasSize(kinds.size() + 1);

        String sums = html(MockMvcRequestBuilders.get(location).param("kind", "SUM").header("HX-Request", "true").with(as));
        long sumCount = kinds.stream().filter("SUM"::equals).count();
        assertThat(sums).doesNotContain("<html").contains("id=\"findings-area\"");
        assertThat(sums.split("<li id=\"finding-", -1)).hasSize((int) sumCount + 1);
        assertThat(sums).doesNotContain("data-kind=\"DATE\"");

        byte[] xlsx = mvc.perform(MockMvcRequestBuilders.get(location + "/findings.xlsx").with(as))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows).hasSize(kinds.size() + 1);
            assertThat(rows.getFirst().getCellText(5)).isEqualTo("Câu");
            assertThat(rows.stream().skip(1).map(r -> r.getCellText(2)).toList()).contains("Tổng không bằng các phần");
        }
        // another ward's check is not found under this ward
        mvc.perform(MockMvcRequestBuilders.get("/wards/an-hai/report-checks/" + id)
                .with(user(accounts.loadUserByUsername("canbo.anhai")))).andExpect(status().isNotFound());
    }

    @Test
    void aProvinceChecksEveryFinalReportOfAPeriodAndSeesWardsAndFindings() throws Exception {
        String officer = new ReportCheckApiTest().withMvc(mvc).ward("rc-q");
        for (int i = 1; i <= 2; i++) {
            mvc.perform(post(officer, "/api/v1/wards/rc-q/residential-groups",
                    "{\"code\":\"to-%d\",\"name\":\"Tổ %d\",\"households\":10}".formatted(i, i))).andExpect(status().isCreated());
        }
        String report = mvc.perform(post(officer, "/api/v1/wards/rc-q/reports",
                "{\"kind\":\"MONTHLY\",\"from\":\"2026-05-01\",\"to\":\"2026-05-31\"}")).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String r = "/api/v1/reports/" + JsonPath.<Number>read(report, "$.id");
        mvc.perform(vn.ward57.Api.put(officer, r + "/sections/m2", "{\"html\":\"<p>Toàn phường có 2 tổ dân phố.</p>\"}"))
                .andExpect(status().isOk());
        mvc.perform(post("admin", r + "/finalise", "{\"reason\":\"Đã rà soát\"}")).andExpect(status().isOk());
        // after it was sent, a third group: the sent "2 tổ dân phố" no longer agrees with the ward's data
        mvc.perform(post(officer, "/api/v1/wards/rc-q/residential-groups",
                "{\"code\":\"to-3\",\"name\":\"Tổ 3\",\"households\":10}")).andExpect(status().isCreated());

        var admin = user(accounts.loadUserByUsername("admin"));
        String back = mvc.perform(MockMvcRequestBuilders.post("/provinces/tinh-rc-q/report-checks/finals")
                        .param("from", "2026-05-01").param("to", "2026-05-31").with(admin).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(back).contains("batch=");
        // the batch runs in the background; its section asks again until it is done
        String page = "";
        for (int i = 0; i < 100 && !page.contains("Đã kiểm tra 1 báo cáo"); i++) {
            Thread.sleep(100);
            page = html(MockMvcRequestBuilders.get(back.replace("#batch", "")).header("HX-Request", "true").with(admin));
            assertThat(page).doesNotContain("<html");
        }
        assertThat(page).contains("Đã kiểm tra 1 báo cáo").contains("Phường rc-q").contains("Tháng 5/2026")
                .doesNotContain("hx-trigger");

        String link = page.replaceAll("(?s).*href=\"(/provinces/tinh-rc-q/report-checks/\\d+)\".*", "$1");
        long id = Long.parseLong(link.substring(link.lastIndexOf('/') + 1));
        String json = mvc.perform(get("admin", "/api/v1/report-checks/" + id)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<Map<String, Object>> groups = JsonPath.read(json,
                "$.findings[?(@.kind == 'SYSTEM_MISMATCH' && @.quote =~ /.*2 tổ dân phố.*/)]");
        assertThat(groups).singleElement().satisfies(f -> assertThat(f).containsEntry("expected", "3"));
        assertThat(JsonPath.<String>read(json, "$.wardCode")).isEqualTo("rc-q");
        assertThat(JsonPath.<Number>read(json, "$.reportId").longValue()).isEqualTo(Long.parseLong(r.substring(r.lastIndexOf('/') + 1)));

        // a range without FINAL reports says so
        mvc.perform(MockMvcRequestBuilders.post("/provinces/tinh-rc-q/report-checks/finals")
                        .param("from", "2020-01-01").param("to", "2020-12-31").with(admin).with(csrf()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("flashError", org.hamcrest.Matchers.containsString("chưa phường nào")));
    }

    private String html(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
