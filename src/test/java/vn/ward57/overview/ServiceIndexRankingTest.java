package vn.ward57.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.get;
import static vn.ward57.Api.post;
import static vn.ward57.Api.put;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.ward57.Ward57Test;

/**
 * The province ranks its wards on the 766 components every ward has a score for. Two wards of a province of
 * their own, each with an online dossier resolved early and one in person on time (March 2026):
 * progress 20 × 2 / 2 = 20, online dossiers 4 × 50 / 50 = 4, digitised 0 and 0 of 6 + 4, feedback
 * satisfaction 6 (nothing rated) → 30,00 of 40 each. Hòa Bình also has a catalogue (P1, online, with
 * H1's online dossier: + 4 + 4) that Đông Sơn lacks, so those components do not count: a tie, and
 * "Đông" comes before "Hòa" in Vietnamese order (not in Unicode order, where Đ U+0110 follows H).
 */
@Ward57Test
class ServiceIndexRankingTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService accounts;

    @Test
    void theWardsAreRankedOnTheComponentsEveryWardHas() throws Exception {
        mvc.perform(post("admin", "/api/v1/provinces", "{\"code\":\"tinh-xh\",\"name\":\"Tỉnh Xếp Hạng\"}"));
        ward("xh-hoa", "Phường Hòa Bình", "H");
        ward("xh-dong", "Phường Đông Sơn", "D");
        jdbc.sql("""
                insert into procedure (ward_id, code, name, field, level, online_level)
                values ((select id from ward where code = 'xh-hoa'), 'P1', 'Thủ tục một', 'Hộ tịch', 'WARD', 'FULL')
                """).update();
        jdbc.sql("update dossier set procedure_code = 'P1' where code = 'H1' and ward_id = (select id from ward where code = 'xh-hoa')").update();

        String body = mvc.perform(get("admin", "/api/v1/provinces/tinh-xh/dashboard?year=2026"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(body, "$.wards[*].code")).containsExactly("xh-dong", "xh-hoa");
        assertThat(JsonPath.<List<Double>>read(body, "$.wards[*].score")).containsExactly(30.0, 30.0);
        assertThat(JsonPath.<List<String>>read(body, "$.scoreParts[*].nameKey")).containsExactly(
                "index766.PROGRESS_TIMELY.name", "index766.ONLINE_DOSSIERS.name", "index766.DIGITISED_RESULTS.name",
                "index766.DIGITISED_COMPONENTS.name", "index766.FEEDBACK_SATISFACTION.name");
        // Hòa Bình's own index has the catalogue's 8 points more
        String hoa = mvc.perform(get("admin", "/api/v1/wards/xh-hoa/service-index?from=2026-01-01&to="
                + vn.ward57.common.WardTime.today())).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<Double>read(hoa, "$.total")).isEqualTo(38.0);

        String page = mvc.perform(MockMvcRequestBuilders.get("/provinces/tinh-xh/dashboard?year=2026")
                        .with(user(accounts.loadUserByUsername("admin"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Xếp hạng trên các phần mọi phường đều có: Hồ sơ xử lý trước hạn, đúng hạn và đang "
                + "xử lý trong hạn; Hồ sơ nộp trực tuyến; Hồ sơ có kết quả giải quyết điện tử; Hồ sơ được số hóa "
                + "thành phần; Hài lòng trong xử lý phản ánh, kiến nghị — tối đa 40 điểm.", "30,00 / 40");

        // Đông Sơn enters its share of online procedures: now every ward has it, and it counts (Hòa Bình 4)
        mvc.perform(put("admin", "/api/v1/wards/xh-dong/service-index/entries/ONLINE_PROCEDURES?from=2026-01-01&to="
                + vn.ward57.common.WardTime.today(), "{\"score\":2,\"source\":\"Cổng DVCQG\"}")).andExpect(status().isOk());
        body = mvc.perform(get("admin", "/api/v1/provinces/tinh-xh/dashboard?year=2026"))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(body, "$.wards[*].code")).containsExactly("xh-hoa", "xh-dong");
        assertThat(JsonPath.<List<Double>>read(body, "$.wards[*].score")).containsExactly(34.0, 32.0);
        assertThat(JsonPath.<List<String>>read(body, "$.scoreParts[*].nameKey")).contains("index766.ONLINE_PROCEDURES.name");
    }

    private void ward(String code, String name, String prefix) throws Exception {
        mvc.perform(post("admin", "/api/v1/provinces/tinh-xh/wards", "{\"code\":\"" + code + "\",\"name\":\"" + name + "\"}"))
                .andExpect(status().isCreated());
        jdbc.sql("""
                insert into dossier (ward_id, code, channel, received_at, due_at, resolved_at)
                values ((select id from ward where code = :w), :a, 'ONLINE', '2026-03-02 09:00', '2026-03-10 17:00', '2026-03-05 10:00'),
                       ((select id from ward where code = :w), :b, 'IN_PERSON', '2026-03-02 09:00', '2026-03-10 17:00', '2026-03-10 10:00')
                """).param("w", code).param("a", prefix + "1").param("b", prefix + "2").update();
    }
}
