package vn.ward57.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.delete;
import static vn.ward57.Api.get;
import static vn.ward57.Api.post;
import static vn.ward57.Api.put;

import com.jayway.jsonpath.JsonPath;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.ward57.Ward57Test;

/**
 * The registers' records through the API: GET gives the version as ETag; a PUT or DELETE whose If-Match
 * names an older version is refused (409, the current version, who changed the record and when) and
 * changes nothing; without If-Match the last write wins as before. And the edit pages' hidden version.
 */
@Ward57Test
class RecordVersionsTest {

    private static final String W = "/api/v1/wards/pb-mot";
    private static final String OFFICER = "canbo.pb";
    private static final String LEADER = "lanhdao.pb";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService accounts;

    @BeforeEach
    void ward() throws Exception {
        if (jdbc.sql("select count(*) from ward where code = 'pb-mot'").query(Long.class).single() > 0) {
            return;
        }
        mvc.perform(post("admin", "/api/v1/provinces", "{\"code\":\"tinh-pb\",\"name\":\"Tỉnh Phiên Bản\"}"));
        mvc.perform(post("admin", "/api/v1/provinces/tinh-pb/wards", "{\"code\":\"pb-mot\",\"name\":\"Phường Phiên Bản\"}"));
        mvc.perform(post("admin", W + "/units", "{\"code\":\"vh\",\"name\":\"Phòng Văn hóa - Xã hội\"}"));
        for (int i = 1; i <= 2; i++) {
            mvc.perform(post("admin", W + "/residential-groups",
                    "{\"code\":\"g-0%d\",\"name\":\"Tổ dân phố %d\",\"households\":100}".formatted(i, i)));
        }
        mvc.perform(post("admin", "/api/v1/users", """
                {"username":"canbo.pb","fullName":"Cán bộ","role":"WARD_OFFICER","wardCode":"pb-mot","password":"ward57-demo"}
                """)).andExpect(status().isCreated());
        mvc.perform(post("admin", "/api/v1/users", """
                {"username":"lanhdao.pb","fullName":"Lãnh đạo","role":"WARD_LEADER","wardCode":"pb-mot","password":"ward57-demo"}
                """)).andExpect(status().isCreated());
    }

    @Test
    void assets() throws Exception {
        register("/assets", "{\"kind\":\"COMPUTER\",\"name\":\"Máy tính một cửa\",\"quantity\":2}",
                "{\"kind\":\"COMPUTER\",\"name\":\"Máy tính một cửa\",\"quantity\":3}", "$.quantity", 3);
    }

    @Test
    void certificates() throws Exception {
        register("/certificates", """
                {"issuedOn":"2026-03-02","kind":"DIGITAL_CERTIFICATE","holder":"BODY","action":"NEW","quantity":4}
                """, """
                {"issuedOn":"2026-03-02","kind":"DIGITAL_CERTIFICATE","holder":"BODY","action":"NEW","quantity":5}
                """, "$.quantity", 5);
    }

    @Test
    void staffMembers() throws Exception {
        register("/staff-members", """
                {"fullName":"Trần Thị Bình","unit":"vh","position":"Chuyên viên","inPostFrom":"2025-01-01"}
                """, """
                {"fullName":"Trần Thị Bình","unit":"vh","position":"Phó trưởng phòng","inPostFrom":"2025-01-01"}
                """, "$.position", "Phó trưởng phòng");
    }

    @Test
    void trainingEvents() throws Exception {
        register("/training-events", """
                {"heldOn":"2026-02-10","title":"Tập huấn chữ ký số","organiser":"UBND phường","format":"IN_PERSON",
                 "programme":"DIGITAL_SKILLS","certificatesIssued":0,"participants":{"RESIDENTS":40}}
                """, """
                {"heldOn":"2026-02-10","title":"Tập huấn chữ ký số","organiser":"UBND phường","format":"IN_PERSON",
                 "programme":"DIGITAL_SKILLS","certificatesIssued":0,"participants":{"RESIDENTS":45}}
                """, "$.participantsTotal", 45);
    }

    @Test
    void communityTeams() throws Exception {
        register("/community-teams", "{\"residentialGroup\":\"g-01\",\"name\":\"Tổ CNSCĐ 1\",\"foundedOn\":\"2025-03-01\"}",
                "{\"residentialGroup\":\"g-01\",\"name\":\"Tổ công nghệ số 1\",\"foundedOn\":\"2025-03-01\"}",
                "$.name", "Tổ công nghệ số 1");
    }

    @Test
    void budgetLinesAndPayments() throws Exception {
        long line = register("/budget-lines", """
                {"fiscalYear":2026,"category":"CDS","code":"CDS-07","name":"Thiết bị","estimate":100000000}
                """, """
                {"fiscalYear":2026,"category":"CDS","code":"CDS-07","name":"Thiết bị","estimate":120000000}
                """, "$.estimate", 120000000, false);
        register("/disbursements", """
                {"budgetLineId":%d,"paidOn":"2026-04-01","amount":30000000}
                """.formatted(line), """
                {"budgetLineId":%d,"paidOn":"2026-04-01","amount":35000000}
                """.formatted(line), "$.amount", 35000000);
    }

    @Test
    void aFeedbackStepOnAnItemChangedMeanwhileIsRefused() throws Exception {
        mvc.perform(put("admin", W + "/feedback-categories", "{\"code\":\"MT\",\"name\":\"Môi trường\",\"deadlineDays\":10}"))
                .andExpect(status().isOk());
        String body = mvc.perform(post(OFFICER, W + "/feedback", """
                {"channel":"HOTLINE_APP","receivedOn":"2026-03-20","category":"MT","content":"Rác tồn đọng ở đầu hẻm 12"}
                """)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String item = W + "/feedback/" + JsonPath.<Integer>read(body, "$.id");
        mvc.perform(get(OFFICER, item)).andExpect(header().string("ETag", "\"0\""));
        mvc.perform(put(LEADER, item + "/state", "{\"state\":\"ASSIGNED\",\"unit\":\"vh\"}").header("If-Match", "\"0\""))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""));
        mvc.perform(put(OFFICER, item + "/state", "{\"state\":\"TRANSFERRED\",\"transferredTo\":\"Sở Tài nguyên\"}")
                        .header("If-Match", "\"0\""))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.currentVersion").value(1))
                .andExpect(jsonPath("$.changedBy").value(LEADER))
                .andExpect(jsonPath("$.current.state").value("ASSIGNED"));
        mvc.perform(get(OFFICER, item)).andExpect(jsonPath("$.state").value("ASSIGNED"));
        mvc.perform(get(OFFICER, item + "/history"))
                .andExpect(jsonPath("$[*].toState").value(Matchers.contains("RECEIVED", "ASSIGNED")));
    }

    @Test
    void anAssetFormReadBeforeAnotherChangeSaysWhoChangedItAndOverwritesNothing() throws Exception {
        String body = mvc.perform(post(OFFICER, W + "/assets", "{\"kind\":\"PRINTER_SCANNER\",\"name\":\"Máy in\",\"quantity\":1}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = JsonPath.<Integer>read(body, "$.id");
        var officer = user(accounts.loadUserByUsername(OFFICER));
        String form = mvc.perform(MockMvcRequestBuilders.get("/wards/pb-mot/assets/" + id + "/edit").with(officer))
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains("name=\"version\" value=\"0\"");
        mvc.perform(put(LEADER, W + "/assets/" + id, "{\"kind\":\"PRINTER_SCANNER\",\"name\":\"Máy in màu\",\"quantity\":1}"))
                .andExpect(status().isOk());
        String answer = mvc.perform(MockMvcRequestBuilders.post("/wards/pb-mot/assets/" + id).with(officer).with(csrf())
                        .param("kind", "PRINTER_SCANNER").param("name", "Máy in laser").param("quantity", "2")
                        .param("condition", "GOOD").param("version", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(answer).contains("Bản ghi đã được lanhdao.pb sửa lúc ", "; hãy tải lại và nhập lại.")
                .contains("name=\"version\" value=\"0\"");
        mvc.perform(get(OFFICER, W + "/assets/" + id)).andExpect(jsonPath("$.name").value("Máy in màu"))
                .andExpect(jsonPath("$.quantity").value(1));
    }

    @Test
    void aBudgetLineFormReadBeforeAnotherChangeIsRefused() throws Exception {
        String body = mvc.perform(post(LEADER, W + "/budget-lines", """
                {"fiscalYear":2026,"category":"KHCN","code":"KHCN-09","name":"Đề tài","estimate":50000000}
                """)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = JsonPath.<Integer>read(body, "$.id");
        var leader = user(accounts.loadUserByUsername(LEADER));
        String form = mvc.perform(MockMvcRequestBuilders.get("/wards/pb-mot/budget/lines/" + id + "/edit").with(leader))
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains("name=\"version\" value=\"0\"");
        mvc.perform(put(OFFICER, W + "/budget-lines/" + id, """
                {"fiscalYear":2026,"category":"KHCN","code":"KHCN-09","name":"Đề tài","estimate":60000000}
                """)).andExpect(status().isOk());
        String answer = mvc.perform(MockMvcRequestBuilders.post("/wards/pb-mot/budget/lines/" + id).with(leader).with(csrf())
                        .param("fiscalYear", "2026").param("category", "KHCN").param("code", "KHCN-09")
                        .param("name", "Đề tài").param("estimate", "55.000.000").param("version", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(answer).contains("Bản ghi đã được canbo.pb sửa lúc ", "; hãy tải lại và nhập lại.");
        mvc.perform(get(OFFICER, W + "/budget-lines/" + id)).andExpect(jsonPath("$.line.estimate").value(60000000));
    }

    @Test
    void anIfMatchThatIsNoVersionIsRefused() throws Exception {
        String body = mvc.perform(post(OFFICER, W + "/assets", "{\"kind\":\"KIOSK\",\"name\":\"Ki-ốt\",\"quantity\":1}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String asset = W + "/assets/" + JsonPath.<Integer>read(body, "$.id");
        mvc.perform(put(OFFICER, asset, "{\"kind\":\"KIOSK\",\"name\":\"Ki-ốt\",\"quantity\":2}").header("If-Match", "\"1\", \"2\""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("If-Match"));
        mvc.perform(put(OFFICER, asset, "{\"kind\":\"KIOSK\",\"name\":\"Ki-ốt\",\"quantity\":2}").header("If-Match", "W/\"0\""))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""));
    }

    private void register(String list, String create, String change, String path, Object changed) throws Exception {
        register(list, create, change, path, changed, true);
    }

    /**
     * Creates a record, changes it with its version, then refuses a change and a deletion with the old
     * version (nothing changed, nothing deleted); without If-Match the last write wins; deletes it with the
     * current version. Answers its id.
     */
    private long register(String list, String create, String change, String path, Object changed, boolean delete)
            throws Exception {
        String body = mvc.perform(post(OFFICER, W + list, create)).andExpect(status().isCreated()).andReturn()
                .getResponse().getContentAsString();
        long id = JsonPath.<Integer>read(body, "$.id");
        String record = W + list + "/" + id;
        mvc.perform(get(OFFICER, record)).andExpect(status().isOk()).andExpect(header().string("ETag", "\"0\""));
        mvc.perform(put(LEADER, record, change).header("If-Match", "\"0\"")).andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\"")).andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath(path).value(changed));
        mvc.perform(put(OFFICER, record, create).header("If-Match", "\"0\""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentVersion").value(1))
                .andExpect(jsonPath("$.changedBy").value(LEADER))
                .andExpect(jsonPath("$.changedAt").exists())
                .andExpect(jsonPath("$.detail").value(Matchers.allOf(
                        Matchers.startsWith("Bản ghi đã được " + LEADER + " sửa lúc "),
                        Matchers.endsWith("; hãy tải lại và nhập lại."))));
        mvc.perform(get(OFFICER, record)).andExpect(header().string("ETag", "\"1\""));
        mvc.perform(delete(OFFICER, record).header("If-Match", "\"0\"")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentVersion").value(1));
        mvc.perform(get(OFFICER, record)).andExpect(status().isOk());
        // without a version, the last write wins as before, and raises the version
        mvc.perform(put(OFFICER, record, change)).andExpect(status().isOk()).andExpect(header().string("ETag", "\"2\""));
        if (delete) {
            mvc.perform(delete(OFFICER, record).header("If-Match", "\"2\"")).andExpect(status().isNoContent());
            mvc.perform(get(OFFICER, record)).andExpect(status().isNotFound());
        }
        return id;
    }
}
