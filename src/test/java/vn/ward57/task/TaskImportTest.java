package vn.ward57.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.get;
import static vn.ward57.Api.post;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.ward57.Api;
import vn.ward57.Ward57Test;
import vn.ward57.common.WardTime;

/**
 * Importing a directive's tasks from CSV and XLSX (issue 4). Each test imports into its own
 * directive of ward nvn-mot (units vp, vh, tc), so that their figures do not mix.
 */
@Ward57Test
class TaskImportTest {

    /**
     * Worked by hand (units by code; the deadline of NV-3 is empty: recurring):
     * <pre>
     * code  start  deadline  completed  lead  coordinating
     * NV-1  5/1    28/2      20/2       vp    vh
     * NV-2  5/1    31/3      —          vh    —
     * NV-3  10/1   —         —          tc    vp, vh
     * NV-4  15/1   15/2      —          vp    vh
     * </pre>
     */
    private static final String CANONICAL = """
            \uFEFFcode,title,phase,lead_unit,coordinating_units,start_date,deadline,completed_on
            NV-1,Rà soát thủ tục hành chính,1,vp,vh,2026-01-05,2026-02-28,2026-02-20
            NV-2,"Số hóa hồ sơ, kết quả giải quyết",1,vh,,2026-01-05,2026-03-31,
            NV-3,Tuyên truyền chuyển đổi số,2,tc,vp;vh,2026-01-10,,
            NV-4,Báo cáo tháng,2,vp, vh ,15/01/2026,15/2/2026,
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void ward() throws Exception {
        if (jdbc.sql("select count(*) from ward where code = 'nvn-mot'").query(Long.class).single() > 0) {
            return;
        }
        mvc.perform(post("admin", "/api/v1/provinces", "{\"code\":\"tinh-nvn\",\"name\":\"Tỉnh Nhập nhiệm vụ\"}"));
        mvc.perform(post("admin", "/api/v1/provinces/tinh-nvn/wards", "{\"code\":\"nvn-mot\",\"name\":\"Phường Nhập\"}"));
        for (String unit : new String[] {"vp:Văn phòng", "vh:Phòng Văn hóa - Xã hội", "tc:Phòng Kinh tế"}) {
            String[] u = unit.split(":");
            mvc.perform(post("admin", "/api/v1/wards/nvn-mot/units",
                    "{\"code\":\"" + u[0] + "\",\"name\":\"" + u[1] + "\"}")).andExpect(status().isCreated());
        }
        // an officer of no unit: a file holds the tasks of every unit, which an officer of one unit may not import
        mvc.perform(post("admin", "/api/v1/users", """
                {"username":"canbo.nvn","fullName":"Cán bộ nhập","role":"WARD_OFFICER","wardCode":"nvn-mot","password":"ward57-demo"}
                """)).andExpect(status().isCreated());
    }

    @Test
    void aCanonicalCsvIsImportedWithItsCompletionEvidencedByTheFileAndReimportingChangesNothing() throws Exception {
        long d = directive("01/KH-NVN");
        byte[] file = CANONICAL.getBytes(StandardCharsets.UTF_8);
        String done = importFile(d, "nhiem-vu.csv", file, false).andExpect(status().isOk())
                .andExpect(jsonPath("$.directiveId").value(d))
                .andExpect(jsonPath("$.fileName").value("nhiem-vu.csv"))
                .andExpect(jsonPath("$.status").value("SUCCEEDED"))
                .andExpect(jsonPath("$.rowsRead").value(4))
                .andExpect(jsonPath("$.rowsInserted").value(4))
                .andExpect(jsonPath("$.rowsUpdated").value(0))
                .andExpect(jsonPath("$.rowsRejected").value(0))
                .andExpect(jsonPath("$.errorTotal").value(0))
                .andExpect(jsonPath("$.errors").isEmpty())
                .andExpect(jsonPath("$.message").value("Đã ghi 4 nhiệm vụ mới, cập nhật 0."))
                .andReturn().getResponse().getContentAsString();
        long importId = JsonPath.<Integer>read(done, "$.id");
        mvc.perform(get("canbo.nvn", "/api/v1/task-imports/" + importId)).andExpect(status().isOk())
                .andExpect(content().json(done));

        mvc.perform(get("canbo.nvn", "/api/v1/directives/" + d + "/tasks?asOf=2026-03-01"))
                .andExpect(jsonPath("$[?(@.code == 'NV-2')].title").value(contains("Số hóa hồ sơ, kết quả giải quyết")))
                .andExpect(jsonPath("$[?(@.code == 'NV-3')].leadUnit").value(contains("tc")))
                .andExpect(jsonPath("$[?(@.code == 'NV-3')].coordinatingUnits[*]").value(contains("vp", "vh")))
                .andExpect(jsonPath("$[?(@.code == 'NV-4')].coordinatingUnits[*]").value(contains("vh")))
                .andExpect(jsonPath("$[?(@.code == 'NV-4')].deadline").value(contains("2026-02-15")))
                .andExpect(jsonPath("$[?(@.code == 'NV-1')].completedOn").value(contains("2026-02-20")));
        mvc.perform(get("canbo.nvn", "/api/v1/tasks/" + taskId(d, "NV-3")))
                .andExpect(jsonPath("$.deadline").doesNotExist())
                .andExpect(jsonPath("$.phase").value("2"));
        // 12/1: NV-4 not yet started; the others in progress, none due within 7 days
        stats(d, "2026-01-12").andExpect(jsonPath("$.assigned").value(3))
                .andExpect(jsonPath("$.inProgressWithinDeadline").value(3))
                .andExpect(jsonPath("$.light").value("GREEN"));
        // 10/2: all four in progress (NV-1 done only on 20/2); NV-4 due on 15/2, within 7 days
        stats(d, "2026-02-10").andExpect(jsonPath("$.assigned").value(4))
                .andExpect(jsonPath("$.doneOnTime").value(0))
                .andExpect(jsonPath("$.inProgressWithinDeadline").value(4))
                .andExpect(jsonPath("$.overdueNotDone").value(0))
                .andExpect(jsonPath("$.completionRate").value(0.00))
                .andExpect(jsonPath("$.light").value("YELLOW"));
        // 1/3: NV-1 done on time; NV-2 and the recurring NV-3 in progress; NV-4 overdue
        stats(d, "2026-03-01").andExpect(jsonPath("$.assigned").value(4))
                .andExpect(jsonPath("$.doneOnTime").value(1))
                .andExpect(jsonPath("$.doneLate").value(0))
                .andExpect(jsonPath("$.inProgressWithinDeadline").value(2))
                .andExpect(jsonPath("$.overdueNotDone").value(1))
                .andExpect(jsonPath("$.completionRate").value(25.00))
                .andExpect(jsonPath("$.light").value("RED"));

        long nv1 = taskId(d, "NV-1");
        String history = mvc.perform(get("canbo.nvn", "/api/v1/tasks/" + nv1 + "/history"))
                .andExpect(jsonPath("$[*].kind").value(contains("CREATED", "COMPLETED")))
                .andExpect(jsonPath("$[1].onDate").value("2026-02-20"))
                .andExpect(jsonPath("$[1].note").value("Hoàn thành theo tệp nhập nhiem-vu.csv"))
                .andExpect(jsonPath("$[1].attachmentName").value("nhiem-vu.csv"))
                .andExpect(jsonPath("$[1].actor").value("canbo.nvn"))
                .andReturn().getResponse().getContentAsString();
        Integer attachment = JsonPath.read(history, "$[1].attachmentId");
        mvc.perform(get("canbo.nvn", "/api/v1/attachments/" + attachment))
                .andExpect(status().isOk()).andExpect(content().bytes(file));
        assertThat(jdbc.sql("select attachment_id from task_import where id = ?").param(importId)
                .query(Long.class).single()).isEqualTo(attachment.longValue());

        importFile(d, "nhiem-vu.csv", file, false).andExpect(jsonPath("$.status").value("SUCCEEDED"))
                .andExpect(jsonPath("$.rowsRead").value(4))
                .andExpect(jsonPath("$.rowsInserted").value(0))
                .andExpect(jsonPath("$.rowsUpdated").value(0));
        mvc.perform(get("canbo.nvn", "/api/v1/tasks/" + nv1 + "/history"))
                .andExpect(jsonPath("$[*].kind").value(contains("CREATED", "COMPLETED")));
        assertThat(jdbc.sql("select count(*) from task where directive_id = ?").param(d).query(Long.class).single())
                .isEqualTo(4);
    }

    @Test
    void aNewDeadlineIsKeptAsAnExtensionAndTheFirstDeadlineStays() throws Exception {
        long d = directive("02/KH-NVN");
        importFile(d, "nhiem-vu.csv", CANONICAL.getBytes(StandardCharsets.UTF_8), false)
                .andExpect(jsonPath("$.rowsInserted").value(4));
        String changed = CANONICAL.replace("1,vh,,2026-01-05,2026-03-31,", "1,vh,,2026-01-05,2026-04-30,");
        importFile(d, "nhiem-vu-sua.csv", changed.getBytes(StandardCharsets.UTF_8), false)
                .andExpect(jsonPath("$.status").value("SUCCEEDED"))
                .andExpect(jsonPath("$.rowsInserted").value(0))
                .andExpect(jsonPath("$.rowsUpdated").value(1));
        long nv2 = taskId(d, "NV-2");
        mvc.perform(get("canbo.nvn", "/api/v1/tasks/" + nv2))
                .andExpect(jsonPath("$.deadline").value("2026-04-30"))
                .andExpect(jsonPath("$.originalDeadline").value("2026-03-31"));
        mvc.perform(get("canbo.nvn", "/api/v1/tasks/" + nv2 + "/history"))
                .andExpect(jsonPath("$[*].kind").value(contains("CREATED", "EXTENDED")))
                .andExpect(jsonPath("$[1].deadline").value("2026-04-30"))
                .andExpect(jsonPath("$[1].onDate").value(WardTime.today().toString()))
                .andExpect(jsonPath("$[1].note").value("Cập nhật từ tệp nhập nhiem-vu-sua.csv"));
        assertThat(jdbc.sql("select original_deadline from task where id = ?").param(nv2).query(LocalDate.class)
                .single()).isEqualTo(LocalDate.of(2026, 3, 31));
        // the imports of the directive, newest first
        mvc.perform(get("canbo.nvn", "/api/v1/directives/" + d + "/task-imports"))
                .andExpect(jsonPath("$[*].fileName").value(contains("nhiem-vu-sua.csv", "nhiem-vu.csv")))
                .andExpect(jsonPath("$[*].rowsUpdated").value(contains(1, 0)));
    }

    @Test
    void vietnameseHeadersWithVietnameseDatesAndAnXlsxWorkbookAreImported() throws Exception {
        long d = directive("03/KH-NVN");
        String csv = """
                MÃ NHIỆM VỤ,Nội dung nhiệm vụ,Giai đoạn,Cơ quan chủ trì,Đơn vị phối hợp,Ngày bắt đầu,Hạn hoàn thành,Ngày hoàn thành
                VN-1,Lập danh mục dữ liệu,1,vp,vh;tc,05/01/2026,28/02/2026,3/2/2026
                VN-2,Cập nhật cổng thông tin,1,vh,,5/1/2026,,
                """;
        importFile(d, "danh-sach.csv", csv.getBytes(StandardCharsets.UTF_8), false)
                .andExpect(jsonPath("$.status").value("SUCCEEDED"))
                .andExpect(jsonPath("$.rowsInserted").value(2));
        mvc.perform(get("canbo.nvn", "/api/v1/tasks/" + taskId(d, "VN-1") + "?asOf=2026-03-01"))
                .andExpect(jsonPath("$.startOn").value("2026-01-05"))
                .andExpect(jsonPath("$.deadline").value("2026-02-28"))
                .andExpect(jsonPath("$.completedOn").value("2026-02-03"))
                .andExpect(jsonPath("$.coordinatingUnits[*]").value(contains("vh", "tc")))
                .andExpect(jsonPath("$.status").value("DONE_ON_TIME"));
        mvc.perform(get("canbo.nvn", "/api/v1/tasks/" + taskId(d, "VN-2")))
                .andExpect(jsonPath("$.deadline").doesNotExist())
                .andExpect(jsonPath("$.startOn").value("2026-01-05"));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "ward57", "1.0");
        Worksheet sheet = workbook.newWorksheet("Nhiệm vụ");
        String[] headers = {"Mã", "Tên nhiệm vụ", "Đơn vị chủ trì", "Cơ quan phối hợp", "Ngày bắt đầu",
                "Thời gian hoàn thành", "Ngày hoàn thành"};
        for (int c = 0; c < headers.length; c++) {
            sheet.value(0, c, headers[c]);
        }
        sheet.value(1, 0, "EX-1");
        sheet.value(1, 1, "Triển khai chữ ký số");
        sheet.value(1, 2, "tc");
        sheet.value(1, 3, "vp;vh");
        sheet.value(1, 4, LocalDate.of(2026, 2, 2));
        sheet.style(1, 4).format("dd/mm/yyyy").set();
        sheet.value(1, 5, LocalDate.of(2026, 3, 31));
        sheet.style(1, 5).format("dd/mm/yyyy").set();
        sheet.value(1, 6, "10/03/2026");
        sheet.value(2, 0, "EX-2");
        sheet.value(2, 1, "Họp giao ban hằng tháng");
        sheet.value(2, 4, "2026-02-02");
        workbook.finish();
        byte[] xlsx = out.toByteArray();
        importFile(d, "giao-viec.xlsx", xlsx, false)
                .andExpect(jsonPath("$.status").value("SUCCEEDED"))
                .andExpect(jsonPath("$.rowsRead").value(2))
                .andExpect(jsonPath("$.rowsInserted").value(2));
        long ex1 = taskId(d, "EX-1");
        mvc.perform(get("canbo.nvn", "/api/v1/tasks/" + ex1 + "?asOf=2026-03-15"))
                .andExpect(jsonPath("$.startOn").value("2026-02-02"))
                .andExpect(jsonPath("$.deadline").value("2026-03-31"))
                .andExpect(jsonPath("$.completedOn").value("2026-03-10"))
                .andExpect(jsonPath("$.leadUnit").value("tc"))
                .andExpect(jsonPath("$.coordinatingUnits[*]").value(contains("vp", "vh")));
        String history = mvc.perform(get("canbo.nvn", "/api/v1/tasks/" + ex1 + "/history"))
                .andExpect(jsonPath("$[1].kind").value("COMPLETED"))
                .andExpect(jsonPath("$[1].attachmentName").value("giao-viec.xlsx"))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(get("canbo.nvn", "/api/v1/attachments/" + JsonPath.<Integer>read(history, "$[1].attachmentId")))
                .andExpect(content().bytes(xlsx));
    }

    @Test
    void anyInvalidRowWritesNothingAndEveryErrorIsReportedUnlessInvalidRowsAreSkipped() throws Exception {
        long d = directive("04/KH-NVN");
        String tomorrow = WardTime.today().plusDays(1).toString();
        String csv = """
                code,title,phase,lead_unit,coordinating_units,start_date,deadline,completed_on
                OK-1,Đúng,1,vp,vh,2026-02-01,2026-03-01,
                BAD-2,Đơn vị sai,1,khong-co,vh;xx,2026-02-01,2026-03-01,
                BAD-3,Ngày sai,1,vp,,31/02/2026,2026-03-01,
                BAD-4,Hạn trước ngày bắt đầu,1,vp,,2026-03-10,2026-03-01,
                OK-1,Trùng mã,1,vp,,2026-02-01,2026-03-01,
                ,Thiếu mã,1,vp,,,,
                BAD-7,Hoàn thành sau hôm nay,1,vp,,2026-02-01,,%s
                """.formatted(tomorrow);
        byte[] file = csv.getBytes(StandardCharsets.UTF_8);
        String failed = importFile(d, "loi.csv", file, false).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("FAILED"))
                .andExpect(jsonPath("$.rowsRead").value(7))
                .andExpect(jsonPath("$.rowsInserted").value(0))
                .andExpect(jsonPath("$.rowsUpdated").value(0))
                .andExpect(jsonPath("$.rowsRejected").value(6))
                .andExpect(jsonPath("$.errorTotal").value(7))
                .andExpect(jsonPath("$.message").value(
                        "Có 7 lỗi; không ghi nhiệm vụ nào. Sửa tệp rồi nhập lại, hoặc chọn bỏ qua dòng lỗi."))
                .andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> errors = JsonPath.read(failed, "$.errors");
        assertThat(errors).extracting(e -> e.get("row"), e -> e.get("column"), e -> e.get("value"), e -> e.get("message"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "lead_unit", "khong-co", "Phường không có đơn vị mã „khong-co“."),
                        org.assertj.core.groups.Tuple.tuple(3, "coordinating_units", "xx", "Phường không có đơn vị mã „xx“."),
                        org.assertj.core.groups.Tuple.tuple(4, "start_date", "31/02/2026",
                                "Ngày không hợp lệ; viết dạng 15/01/2026 hoặc 2026-01-15."),
                        org.assertj.core.groups.Tuple.tuple(5, "deadline", "2026-03-01", "Thời hạn trước ngày bắt đầu."),
                        org.assertj.core.groups.Tuple.tuple(6, "code", "OK-1",
                                "Mã nhiệm vụ lặp lại trong tệp (đã có ở dòng 2)."),
                        org.assertj.core.groups.Tuple.tuple(7, "code", "", "Thiếu giá trị bắt buộc."),
                        org.assertj.core.groups.Tuple.tuple(8, "completed_on", tomorrow,
                                "Ngày hoàn thành không được sau hôm nay."));
        assertThat(tasks(d)).isZero();
        assertThat(jdbc.sql("select count(*) from attachment where directive_id = ?").param(d).query(Long.class)
                .single()).as("no file kept for an import that wrote nothing").isZero();

        importFile(d, "loi.csv", file, true)
                .andExpect(jsonPath("$.status").value("SUCCEEDED"))
                .andExpect(jsonPath("$.rowsInserted").value(1))
                .andExpect(jsonPath("$.rowsRejected").value(6))
                .andExpect(jsonPath("$.errorTotal").value(7))
                .andExpect(jsonPath("$.message").value("Đã ghi 1 nhiệm vụ mới, cập nhật 0; bỏ qua 6 dòng lỗi."));
        assertThat(tasks(d)).isEqualTo(1);
        assertThat(jdbc.sql("select title from task where directive_id = ?").param(d).query(String.class).single())
                .isEqualTo("Đúng");
    }

    @Test
    void anImportNeitherRemovesADeadlineNorMovesACompletion() throws Exception {
        long d = directive("05/KH-NVN");
        String header = "code,title,start_date,deadline,completed_on\n";
        importFile(d, "a.csv", (header + "K-1,Một,2026-01-05,2026-02-28,2026-02-20\n")
                .getBytes(StandardCharsets.UTF_8), false).andExpect(jsonPath("$.rowsInserted").value(1));
        importFile(d, "b.csv", (header + "K-1,Một,2026-01-05,,2026-02-21\n").getBytes(StandardCharsets.UTF_8), false)
                .andExpect(jsonPath("$.status").value("FAILED"))
                .andExpect(jsonPath("$.errors[0].column").value("deadline"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith(
                        "Nhiệm vụ đang có thời hạn 28/02/2026;")))
                .andExpect(jsonPath("$.errors[1].column").value("completed_on"))
                .andExpect(jsonPath("$.errors[1].value").value("2026-02-21"))
                .andExpect(jsonPath("$.errors[1].message").value(org.hamcrest.Matchers.startsWith(
                        "Nhiệm vụ đã hoàn thành ngày 20/02/2026;")));
        mvc.perform(get("canbo.nvn", "/api/v1/tasks/" + taskId(d, "K-1")))
                .andExpect(jsonPath("$.deadline").value("2026-02-28"))
                .andExpect(jsonPath("$.completedOn").value("2026-02-20"));
    }

    @Test
    void aFileOfAnotherKindOrWithoutTheRequiredColumnsIsRefusedWholeAndOtherWardsAreRefused() throws Exception {
        long d = directive("06/KH-NVN");
        importFile(d, "sai.csv", "ma_so,noi_dung\n1,2\n".getBytes(StandardCharsets.UTF_8), false)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith(
                        "Tệp thiếu cột bắt buộc: code, title.")));
        importFile(d, "thieu.csv", "Mã nhiệm vụ,Giai đoạn\nA,1\n".getBytes(StandardCharsets.UTF_8), false)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith(
                        "Tệp thiếu cột bắt buộc: title.")));
        importFile(d, "giao-viec.pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8), false)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith(
                        "Tệp „giao-viec.pdf“ không phải CSV hay XLSX")));
        importFile(d, "hong.xlsx", "khong phai xlsx".getBytes(StandardCharsets.UTF_8), false)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Không đọc được tệp „hong.xlsx“")));
        importFile(d, "rong.csv", "\n\n".getBytes(StandardCharsets.UTF_8), false)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Tệp không có dữ liệu (không có cả dòng tiêu đề)."));
        mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/directives/" + d + "/task-imports")
                        .with(httpBasic("canbo.nvn", Api.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        assertThat(jdbc.sql("select count(*) from task_import where directive_id = ?").param(d).query(Long.class)
                .single()).isZero();

        String done = importFile(d, "nhiem-vu.csv", CANONICAL.getBytes(StandardCharsets.UTF_8), false)
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        int importId = JsonPath.read(done, "$.id");
        mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/directives/" + d + "/task-imports")
                        .file(new MockMultipartFile("file", "x.csv", "text/csv", CANONICAL.getBytes(StandardCharsets.UTF_8)))
                        .with(httpBasic("canbo.anhai", Api.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("canbo.anhai", "/api/v1/task-imports/" + importId)).andExpect(status().isForbidden());
        mvc.perform(get("canbo.anhai", "/api/v1/directives/" + d + "/task-imports")).andExpect(status().isForbidden());
        mvc.perform(get("canbo.nvn", "/api/v1/task-imports/999999999")).andExpect(status().isNotFound());
        assertThat(tasks(d)).isEqualTo(4);
    }

    private long directive(String number) throws Exception {
        String body = mvc.perform(post("canbo.nvn", "/api/v1/wards/nvn-mot/directives", """
                        {"type":"KH","number":"%s","issuedOn":"2026-01-02","issuer":"UBND phường",
                         "title":"Kế hoạch chuyển đổi số năm 2026","signerRole":"HEAD","issuedByWard":true}
                        """.formatted(number)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.<Integer>read(body, "$.id").longValue();
    }

    /**
     * Posts the file; a file accepted (202, with where to follow it) is followed until its import has
     * ended, and the answer is that status (the import runs in the background since issue 21).
     */
    private ResultActions importFile(long directive, String name, byte[] content, boolean skipInvalid)
            throws Exception {
        ResultActions posted = mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/directives/" + directive + "/task-imports")
                .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .param("skipInvalid", String.valueOf(skipInvalid))
                .with(httpBasic("canbo.nvn", Api.PASSWORD)));
        if (posted.andReturn().getResponse().getStatus() != 202) {
            return posted;
        }
        posted.andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/task-imports/")));
        String location = posted.andReturn().getResponse().getHeader("Location");
        Api.awaitImport(mvc, location);
        return mvc.perform(get("canbo.nvn", location));
    }

    private ResultActions stats(long directive, String asOf) throws Exception {
        return mvc.perform(get("canbo.nvn", "/api/v1/wards/nvn-mot/task-stats?asOf=" + asOf + "&directive=" + directive))
                .andExpect(status().isOk());
    }

    private long taskId(long directive, String code) {
        return jdbc.sql("select id from task where directive_id = ? and code = ?").params(directive, code)
                .query(Long.class).single();
    }

    private long tasks(long directive) {
        return jdbc.sql("select count(*) from task where directive_id = ?").param(directive).query(Long.class).single();
    }
}
