package vn.ward57.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static vn.ward57.Api.get;
import static vn.ward57.Api.post;
import static vn.ward57.Api.put;

import java.nio.charset.StandardCharsets;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.ward57.Api;
import vn.ward57.Ward57Test;

/** Digital citizens month by month: the figures are the catalogue's values, entered once, with their source. */
@Ward57Test
class DigitalCitizensTest {

    private static final String API = "/api/v1/wards/cd-mot/digital-citizens";
    private static final String IMPORTS = "/api/v1/wards/cd-mot/digital-citizen-imports";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService accounts;

    @BeforeEach
    void ward() throws Exception {
        if (jdbc.sql("select count(*) from ward where code = 'cd-mot'").query(Long.class).single() > 0) {
            return;
        }
        mvc.perform(post("admin", "/api/v1/provinces", "{\"code\":\"tinh-cd\",\"name\":\"Tỉnh Công dân\"}"));
        mvc.perform(post("admin", "/api/v1/provinces/tinh-cd/wards", "{\"code\":\"cd-mot\",\"name\":\"Phường Công Dân\"}"));
        mvc.perform(post("admin", "/api/v1/wards/cd-mot/units", "{\"code\":\"ca\",\"name\":\"Công an phường\"}"));
        mvc.perform(post("admin", "/api/v1/users", """
                {"username":"lanhdao.cd","fullName":"Lãnh đạo","role":"WARD_LEADER","wardCode":"cd-mot","password":"ward57-demo"}
                """)).andExpect(status().isCreated());
        mvc.perform(post("admin", "/api/v1/wards/cd-mot/indicator-catalogue", "")).andExpect(status().isOk());
    }

    @Test
    void aMonthsFiguresGiveTheSharesAndTheFormulaAgrees() throws Exception {
        mvc.perform(put("lanhdao.cd", API + "/2026-03", """
                {"adultResidents":8000,"eidAccounts":6123,"publicSignatures":400,"personalSignatures":250,
                 "source":"Công an phường, báo cáo 31/3/2026"}
                """)).andExpect(status().isOk())
                // 6.123 × 100 / 8.000 = 76,5375 → 76,54; (400 + 250) × 100 / 8.000 = 8,125 → 8,13
                .andExpect(jsonPath("$.eidShare").value(76.54))
                .andExpect(jsonPath("$.signatureShare").value(8.13))
                .andExpect(jsonPath("$.sources[0]").value("Công an phường, báo cáo 31/3/2026"));
        // the same figure is the catalogue's: DDDT-TL (formula DDDT-TK / DS-TT × 100) says 76,54 too
        mvc.perform(get("lanhdao.cd", "/api/v1/wards/cd-mot/indicators?period=2026-03"))
                .andExpect(jsonPath("$[?(@.code == 'DDDT-TL')].value").value(Matchers.contains(76.54)))
                .andExpect(jsonPath("$[?(@.code == 'CKS-CC')].value").value(Matchers.contains(400.0)));
        // April: only e-ID accounts; the year's adult residents still count
        mvc.perform(put("lanhdao.cd", API + "/2026-04", "{\"eidAccounts\":6400}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.adultResidents").value(8000))
                .andExpect(jsonPath("$.eidShare").value(80.0))
                .andExpect(jsonPath("$.signatureShare").doesNotExist());
        mvc.perform(get("lanhdao.cd", API + "?year=2026"))
                .andExpect(jsonPath("$[0].period").value("2026-01"))
                .andExpect(jsonPath("$[2].eidAccounts").value(6123))
                .andExpect(jsonPath("$[1].eidShare").doesNotExist());
    }

    @Test
    void aFileWithAFaultyRowOrALockedMonthWritesNothing() throws Exception {
        String faulty = "Tháng,Dân trưởng thành,Tài khoản VNeID,Chữ ký số công cộng,Chữ ký số cá nhân,Nguồn số liệu\n"
                + "2025-06,7000,5000,100,50,Công an\n"
                + "13/2025,7000,-5,100,50,Công an\n";
        upload(faulty).andExpect(jsonPath("$.status").value("FAILED")).andExpect(jsonPath("$.errorTotal").value(2))
                .andExpect(jsonPath("$.errors[*].column").value(Matchers.contains("Tháng", "Tài khoản VNeID")))
                .andExpect(jsonPath("$.errors[0].row").value(3));
        assertThat(eid("2025-06")).isZero();
        // July 2025 is locked: the June row, valid in itself, is undone with it
        mvc.perform(post("lanhdao.cd", "/api/v1/wards/cd-mot/indicator-locks/2025-07", "")).andExpect(status().is2xxSuccessful());
        upload("Tháng,Tài khoản VNeID\n6/2025,5000\n7/2025,5100\n").andExpect(jsonPath("$.status").value("FAILED"))
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].column").value("Tháng"))
                .andExpect(jsonPath("$.errors[0].value").value("2025-07"));
        assertThat(eid("2025-06")).isZero();
        // the message counts the months recorded
        upload("Tháng,Tài khoản VNeID\n5/2025,4900\n6/2025,5000\n").andExpect(jsonPath("$.status").value("SUCCEEDED"))
                .andExpect(jsonPath("$.rowsImported").value(2))
                .andExpect(jsonPath("$.message").value("Đã nhập số liệu công dân số của 2 tháng."));
        assertThat(eid("2025-06")).isEqualTo(1);
        assertThat(eid("2025-05")).isEqualTo(1);
        // the export reads back with the same headers
        String csv = mvc.perform(MockMvcRequestBuilders.get("/wards/cd-mot/digital-citizens/export?year=2025&format=csv").with(leader()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFTháng,Dân trưởng thành,Tài khoản VNeID").contains("2025-06,,5000,");
    }

    @Test
    void thePageShowsTheYearAndRefusesAWrongCount() throws Exception {
        mvc.perform(put("lanhdao.cd", API + "/2024-02", "{\"adultResidents\":9000,\"eidAccounts\":4500,\"source\":\"VNeID\"}"))
                .andExpect(status().isOk());
        String page = mvc.perform(MockMvcRequestBuilders.get("/wards/cd-mot/digital-citizens?year=2024").with(leader()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String feb = page.substring(page.indexOf(">Tháng 2/2024<"));
        assertThat(feb.substring(0, feb.indexOf("</tr>"))).contains(">9.000<", ">4.500<", ">50,00%<", "VNeID");
        mvc.perform(MockMvcRequestBuilders.post("/wards/cd-mot/digital-citizens")
                        .with(leader())
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("month", "2024-03").param("eidAccounts", "4.6OO"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("flashError", "Phải là số nguyên không âm; đã ghi „4.6OO“."));
    }

    @Test
    void aFileIsRefusedAtOnceWithoutTheRightOrWhenItIsNoCsvOrXlsx() throws Exception {
        byte[] csv = "Tháng,Tài khoản VNeID\n6/2025,5000\n".getBytes(StandardCharsets.UTF_8);
        Api.importRegister(mvc, "canbo.anhai", IMPORTS, "cong-dan-so.csv", csv).andExpect(status().isForbidden());
        Api.importRegister(mvc, "lanhdao.cd", IMPORTS, "cong-dan-so.txt", csv).andExpect(status().isBadRequest());
        mvc.perform(MockMvcRequestBuilders.multipart(IMPORTS).with(httpBasic("lanhdao.cd", Api.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Hãy chọn tệp CSV hoặc XLSX để nhập."));
    }

    /** Posts the file and follows its import to the end (the import runs in the background since issue 21). */
    private org.springframework.test.web.servlet.ResultActions upload(String csv) throws Exception {
        return Api.importRegister(mvc, "lanhdao.cd", IMPORTS, "cong-dan-so.csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor leader() {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user(accounts.loadUserByUsername("lanhdao.cd"));
    }

    private long eid(String period) {
        return jdbc.sql("""
                select count(*) from indicator_value v join indicator i on i.id = v.indicator_id
                join ward w on w.id = i.ward_id where w.code = 'cd-mot' and i.code = 'DDDT-TK' and v.period = ?
                """).param(period).query(Long.class).single();
    }
}
