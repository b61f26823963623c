package vn.ward57.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.get;
import static vn.ward57.Api.post;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.ward57.Api;
import vn.ward57.Ward57Test;

/** Issue 19: dossiers naming procedure codes the catalogue lacks are shown, on the figures page and in reports. */
@Ward57Test
class UnknownProcedureCodesTest {

    private static final String DOSSIERS = """
            dossier_code,procedure_code,channel,received_at,due_at
            MA-1,1.001193,ONLINE,2026-05-04,2026-05-06
            MA-2,1.001193,ONLINE,2026-05-05,2026-05-07
            MA-3,1.001612,ONLINE,2026-05-05,2026-05-07
            MA-4,1.001612,IN_PERSON,2026-05-06,2026-05-08
            MA-5,1.001612,IN_PERSON,2026-05-07,2026-05-09
            MA-6,2.000815,ONLINE,2026-05-08,2026-05-08
            MA-7,,ONLINE,2026-05-08,2026-05-08
            MA-8,9.999999,ONLINE,2026-06-08,2026-06-08
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    ProcedureService procedures;
    @Autowired
    vn.ward57.org.WardService wards;
    @Autowired
    UserDetailsService accounts;

    @Test
    void theCodesTheCatalogueLacksAreCountedShownAndChecked() throws Exception {
        ward("ma-mot");
        mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/wards/ma-mot/procedure-imports")
                .file(new MockMultipartFile("file", "dm.csv", "text/csv",
                        "code,name,field,level,online_level\n1.001193,Đăng ký khai sinh,Hộ tịch,WARD,FULL\n"
                                .getBytes(StandardCharsets.UTF_8)))
                .with(httpBasic("admin", Api.PASSWORD))).andExpect(status().isOk());
        importDossiers("ma-mot");
        // May: 1.001612 three times, 2.000815 once; 1.001193 is in the catalogue, MA-7 names none, MA-8 is June's
        var admin = accounts.loadUserByUsername("admin");
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities()));
        try {
            assertThat(procedures.unknownCodes(wards.get("ma-mot"), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31)))
                    .containsExactly(new UnknownProcedureCode("1.001612", 3), new UnknownProcedureCode("2.000815", 1));
        } finally {
            SecurityContextHolder.clearContext();
        }
        mvc.perform(MockMvcRequestBuilders.get("/wards/ma-mot/dossiers?from=2026-05-01&to=2026-05-31")
                        .with(user(accounts.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("2 mã thủ tục có hồ sơ nhưng chưa có trong danh mục:")))
                .andExpect(content().string(Matchers.containsString("1.001612 (3 hồ sơ),")))
                .andExpect(content().string(Matchers.containsString("2.000815 (1 hồ sơ)")))
                .andExpect(content().string(Matchers.containsString("href=\"/wards/ma-mot/procedures\"")));
        mvc.perform(MockMvcRequestBuilders.get("/wards/ma-mot/dossiers?from=2026-04-01&to=2026-04-30")
                        .with(user(accounts.loadUserByUsername("admin"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"unknown-codes\""))));

        String checks = checks("ma-mot");
        assertThat(JsonPath.<List<String>>read(checks, "$[?(@.check == 'PROCEDURE_CATALOGUE')].message"))
                .containsExactly("2 mã thủ tục có hồ sơ trong kỳ nhưng chưa có trong danh mục: 1.001612 (3 hồ sơ), "
                        + "2.000815 (1 hồ sơ).");
        assertThat(JsonPath.<List<String>>read(checks, "$[?(@.check == 'PROCEDURE_CATALOGUE')].severity"))
                .containsExactly("MEDIUM");
    }

    /** Pages name a dossier's procedure, channel and the catalogue's levels in words, not by their codes. */
    @Test
    void theDossierPagesNameProceduresChannelsAndLevels() throws Exception {
        ward("ma-ba");
        mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/wards/ma-ba/procedure-imports")
                .file(new MockMultipartFile("file", "dm.csv", "text/csv",
                        "code,name,field,level,online_level\n1.001612,Chứng thực bản sao,Chứng thực,WARD,PARTIAL\n"
                                .getBytes(StandardCharsets.UTF_8)))
                .with(httpBasic("admin", Api.PASSWORD))).andExpect(status().isOk());
        importDossiers("ma-ba");
        var admin = user(accounts.loadUserByUsername("admin"));
        String figures = mvc.perform(MockMvcRequestBuilders.get("/wards/ma-ba/dossiers?from=2026-05-01&to=2026-05-31")
                .with(admin)).andReturn().getResponse().getContentAsString();
        assertThat(figures).contains("<td>Chứng thực bản sao (1.001612)</td>", "<td>2.000815</td>");
        String list = mvc.perform(MockMvcRequestBuilders.get("/wards/ma-ba/dossiers/list?from=2026-05-01&to=2026-05-31"
                + "&figure=received&procedure=1.001612").with(admin)).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("Thủ tục: Chứng thực bản sao (1.001612)", "<td>Chứng thực bản sao (1.001612)</td>",
                "<td>Trực tiếp</td>", "<td>Trực tuyến</td>").doesNotContain("IN_PERSON", ">ONLINE<");
        String catalogue = mvc.perform(MockMvcRequestBuilders.get("/wards/ma-ba/procedures").with(admin))
                .andReturn().getResponse().getContentAsString();
        assertThat(catalogue).contains("<td>Cấp xã</td>", "<td>Một phần</td>").doesNotContain(">WARD<", ">PARTIAL<");
        // a refused catalogue row names its column in words
        String refused = mvc.perform(MockMvcRequestBuilders.multipart("/wards/ma-ba/procedures")
                .file(new MockMultipartFile("file", "dm.csv", "text/csv",
                        "code,name,field,level,online_level\n1.002000,Thủ tục,Hộ tịch,ZZZ,FULL\n"
                                .getBytes(StandardCharsets.UTF_8)))
                .with(admin).with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .andReturn().getResponse().getContentAsString();
        assertThat(refused).contains(", Cấp thực hiện „ZZZ“: Cấp thực hiện không hợp lệ").doesNotContain(", level „ZZZ“");
    }

    @Test
    void aReportOfNoProceduresBesideDossiersIsChecked() throws Exception {
        ward("ma-hai");
        importDossiers("ma-hai");
        String checks = checks("ma-hai");
        assertThat(JsonPath.<List<String>>read(checks, "$[?(@.check == 'PROCEDURE_CATALOGUE')].message"))
                .hasSize(2)
                .anyMatch(m -> m.startsWith("Báo cáo ghi 0 thủ tục hành chính nhưng kỳ có 7 hồ sơ"))
                .anyMatch(m -> m.startsWith("3 mã thủ tục có hồ sơ trong kỳ"));
        assertThat(JsonPath.<List<String>>read(checks, "$[?(@.check == 'PROCEDURE_CATALOGUE')].link"))
                .containsOnly("/wards/ma-hai/procedures");
    }

    private String checks(String ward) throws Exception {
        String created = mvc.perform(post("admin", "/api/v1/wards/" + ward + "/reports",
                        "{\"kind\":\"MONTHLY\",\"from\":\"2026-05-01\",\"to\":\"2026-05-31\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = JsonPath.<Number>read(created, "$.id").longValue();
        return mvc.perform(get("admin", "/api/v1/reports/" + id + "/checks")).andReturn().getResponse()
                .getContentAsString();
    }

    private void importDossiers(String ward) throws Exception {
        String location = mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/wards/" + ward + "/dossier-imports")
                        .file(new MockMultipartFile("file", "hs.csv", "text/csv", DOSSIERS.getBytes(StandardCharsets.UTF_8)))
                        .with(httpBasic("admin", Api.PASSWORD)))
                .andExpect(status().isAccepted()).andReturn().getResponse().getHeader("Location");
        assertThat(Api.awaitImport(mvc, location)).contains("SUCCEEDED");
    }

    private void ward(String code) throws Exception {
        mvc.perform(post("admin", "/api/v1/provinces", "{\"code\":\"tinh-ma\",\"name\":\"Tỉnh Mã\"}"));
        mvc.perform(post("admin", "/api/v1/provinces/tinh-ma/wards",
                "{\"code\":\"" + code + "\",\"name\":\"Phường " + code + "\"}"));
    }
}
