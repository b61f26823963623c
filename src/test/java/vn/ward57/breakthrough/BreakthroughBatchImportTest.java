package vn.ward57.breakthrough;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.get;
import static vn.ward57.Api.post;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.ward57.Api;
import vn.ward57.Ward57Test;

/**
 * Files longer than a write batch (1.000 rows): every row written once with its links and follow-ups, a
 * code the ward has replaced in place (its id kept), and the same file again changes nothing.
 */
@Ward57Test
class BreakthroughBatchImportTest {

    private static final String WARD = "dx-lon";
    private static final String OFFICER = "canbo." + WARD;
    private static final String API = "/api/v1/wards/" + WARD;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private long task;

    @BeforeEach
    void ward() throws Exception {
        OwnWard.create(mvc, jdbc, WARD, "Phường Tệp Lớn");
        if (jdbc.sql("select count(*) from task t join ward w on w.id = t.ward_id where w.code = ?").param(WARD)
                .query(Long.class).single() == 0) {
            String directive = mvc.perform(post(OFFICER, API + "/directives", """
                            {"type":"KH","number":"01/KH-UBND","issuedOn":"2026-01-02","issuer":"UBND phường",
                             "title":"Kế hoạch chuyển đổi số năm 2026","signerRole":"HEAD","issuedByWard":true}
                            """)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
            mvc.perform(post(OFFICER, "/api/v1/directives/" + JsonPath.<Number>read(directive, "$.id") + "/tasks", """
                    {"code":"NV-1","title":"Nhiệm vụ thử","startOn":"2026-03-01","deadline":"2026-12-31"}
                    """)).andExpect(status().isCreated());
            mvc.perform(post("admin", API + "/indicators", """
                    {"code":"LON-CT","name":"Chỉ tiêu thử","unit":"PERCENT","direction":"HIGHER",
                     "periodType":"MONTH","source":"ENTERED"}
                    """)).andExpect(status().isCreated());
        }
        task = jdbc.sql("select t.id from task t join ward w on w.id = t.ward_id where w.code = ?").param(WARD)
                .query(Long.class).single();
    }

    @Test
    void aModelFileOfTwoAndAHalfBatchesIsWrittenWholeWithItsLinks() throws Exception {
        String created = mvc.perform(post(OFFICER, API + "/breakthroughs", BreakthroughApiTest.model("LON-00001",
                        "Mô hình có sẵn", "\"Vấn đề\"", "[" + task + "]", "[\"LON-CT\"]")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long existing = JsonPath.<Number>read(created, "$.id").longValue();
        StringBuilder csv = new StringBuilder("Mã,Tên mô hình,Vấn đề cần giải quyết,Giải pháp thực hiện,"
                + "Kết quả định lượng,Đầu mối liên hệ,Nhiệm vụ liên quan (số),Chỉ tiêu liên quan (mã)\n");
        for (int i = 1; i <= 2500; i++) {
            csv.append("LON-%05d,Mô hình %d,Vấn đề,Giải pháp,Kết quả,UBND phường,%s,%s\n".formatted(i, i,
                    i % 2 == 0 ? String.valueOf(task) : "", i % 3 == 0 ? "LON-CT" : ""));
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        for (int round = 0; round < 2; round++) {
            Api.importRegister(mvc, OFFICER, API + "/breakthrough-imports", "lon.csv", file)
                    .andExpect(jsonPath("$.status").value("SUCCEEDED"))
                    .andExpect(jsonPath("$.rowsImported").value(2500))
                    .andExpect(jsonPath("$.message").value("Đã nhập 2.500 mô hình từ tệp."));
            assertThat(OwnWard.count(jdbc, "breakthrough", WARD)).isEqualTo(2500);
            assertThat(links("breakthrough_task")).isEqualTo(1250);
            assertThat(links("breakthrough_indicator")).isEqualTo(833);
            // the model the ward had is the file's first row now, links and all (it had both, the row neither)
            mvc.perform(get(OFFICER, API + "/breakthroughs/" + existing))
                    .andExpect(jsonPath("$.title").value("Mô hình 1"))
                    .andExpect(jsonPath("$.taskIds.length()").value(0))
                    .andExpect(jsonPath("$.indicatorCodes.length()").value(0));
            long last = jdbc.sql("select b.id from breakthrough b join ward w on w.id = b.ward_id "
                    + "where w.code = ? and b.code = 'LON-02002'").param(WARD).query(Long.class).single();
            mvc.perform(get(OFFICER, API + "/breakthroughs/" + last))
                    .andExpect(jsonPath("$.title").value("Mô hình 2002"))
                    .andExpect(jsonPath("$.taskIds[0]").value(task))
                    .andExpect(jsonPath("$.indicatorCodes.length()").value(0));
        }
        assertThat(jdbc.sql("select min(b.id) from breakthrough b join ward w on w.id = b.ward_id where w.code = ?")
                .param(WARD).query(Long.class).single()).isEqualTo(existing);
    }

    @Test
    void aRecommendationFileOfTwoBatchesLogsAFollowUpForEachNewOneAndEachMoveOnly() throws Exception {
        mvc.perform(post(OFFICER, API + "/recommendations", RecommendationApiTest.recommendation("LON-KN-0001",
                "HIGHER", LocalDate.of(2026, 12, 31), "SENT"))).andExpect(status().isCreated());
        StringBuilder csv = new StringBuilder("Mã,\"Nội dung đề xuất, kiến nghị\",\"Thẩm quyền xem xét, quyết định\","
                + "Cơ quan chủ trì xử lý,Sản phẩm/kết quả đầu ra mong muốn,Thời hạn hoàn thành,Nhóm,Trạng thái\n");
        for (int i = 1; i <= 1500; i++) {
            // the one the ward has keeps its status (SENT) where the row gives none
            csv.append("LON-KN-%04d,Nội dung %d,UBND phường,UBND phường,Kết quả,31/12/2026,SELF,%s\n".formatted(i, i,
                    i % 2 == 0 ? "Đã gửi" : ""));
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        for (int round = 0; round < 2; round++) {
            Api.importRegister(mvc, OFFICER, API + "/recommendation-imports", "kn-lon.csv", file)
                    .andExpect(jsonPath("$.status").value("SUCCEEDED"))
                    .andExpect(jsonPath("$.rowsImported").value(1500));
            assertThat(OwnWard.count(jdbc, "recommendation", WARD)).isEqualTo(1500);
            // one for each new recommendation and one for the form's own; the second round moves nothing
            assertThat(followUps()).containsExactlyInAnyOrder(List.of("PROPOSED", 749L, "kn-lon.csv"),
                    List.of("SENT", 750L, "kn-lon.csv"), List.of("SENT", 1L, "-"));
            assertThat(jdbc.sql("select r.status from recommendation r join ward w on w.id = r.ward_id "
                    + "where w.code = ? and r.code = 'LON-KN-0001'").param(WARD).query(String.class).single())
                    .isEqualTo("SENT");
        }
    }

    private long links(String table) {
        return jdbc.sql("select count(*) from " + table + " l join breakthrough b on b.id = l.breakthrough_id "
                + "join ward w on w.id = b.ward_id where w.code = ?").param(WARD).query(Long.class).single();
    }

    /** The follow-ups of the ward's recommendations: status, how many, and the file their note names ("-": none). */
    private List<List<Object>> followUps() {
        return jdbc.sql("""
                select f.status, count(*) as n, coalesce(substring(f.note from '„(.*)“'), '-') as file
                from recommendation_followup f join recommendation r on r.id = f.recommendation_id
                join ward w on w.id = r.ward_id where w.code = ? group by 1, 3
                """).param(WARD).query((rs, n) -> List.<Object>of(rs.getString(1), rs.getLong(2), rs.getString(3)))
                .list();
    }
}
