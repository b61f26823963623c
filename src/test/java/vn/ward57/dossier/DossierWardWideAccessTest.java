package vn.ward57.dossier;

import static vn.ward57.Api.WARD_WIDE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.delete;
import static vn.ward57.Api.get;
import static vn.ward57.Api.put;

import java.nio.charset.StandardCharsets;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.ward57.Api;
import vn.ward57.Ward57Test;

/**
 * Dossiers, the procedure catalogue, the import profiles and the 766 entries belong to no unit: the ward's
 * officers not limited to a unit keep them, not congan.anhai (unit cong-an), by the API or the pages; an
 * import reached by its number is shown only to its ward and cancelled only by those who may import.
 */
@Ward57Test
class DossierWardWideAccessTest {

    private static final String API = "/api/v1/wards/an-hai";
    private static final String CSV = "dossier_code,channel,received_at,due_at\nWW-1,ONLINE,2026-03-02,2026-03-05\n";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService accounts;

    @Test
    void aUnitOfficerKeepsNoneOfTheWardsDossierRegisters() throws Exception {
        long imports = count("dossier_import");
        mvc.perform(MockMvcRequestBuilders.multipart(API + "/dossier-imports").file(file("mot-cua.csv", CSV))
                        .with(httpBasic("congan.anhai", Api.PASSWORD)))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail", Matchers.startsWith(WARD_WIDE)));
        mvc.perform(MockMvcRequestBuilders.multipart(API + "/procedure-imports")
                        .file(file("tthc.csv", "code,name,field,level,online_level\nWW.1,Thủ tục WW,Hộ tịch,WARD,FULL\n"))
                        .with(httpBasic("congan.anhai", Api.PASSWORD)))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail", Matchers.startsWith(WARD_WIDE)));
        mvc.perform(put("congan.anhai", API + "/procedures/WW.2", """
                        {"code":"WW.2","name":"Thủ tục WW","field":"Hộ tịch","level":"WARD","onlineLevel":"FULL"}
                        """))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail", Matchers.startsWith(WARD_WIDE)));
        mvc.perform(put("congan.anhai", API + "/import-profiles/WW", """
                        {"name":"WW","columns":{"dossier_code":"Số HS"}}
                        """))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail", Matchers.startsWith(WARD_WIDE)));
        mvc.perform(put("congan.anhai", API + "/service-index/entries/TRANSPARENCY_SYNC?from=2026-02-01&to=2026-02-27",
                        "{\"score\":5,\"source\":\"WW\"}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail", Matchers.startsWith(WARD_WIDE)));
        assertThat(count("dossier_import")).isEqualTo(imports);
        assertThat(jdbc.sql("select count(*) from procedure where code like 'WW.%'").query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from import_profile where name = 'WW'").query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from service_index_entry where source = 'WW'").query(Long.class)
                .single()).isZero();

        // the ward's own officer keeps them
        mvc.perform(put("canbo.anhai", API + "/import-profiles/WW", "{\"name\":\"WW\",\"columns\":{\"dossier_code\":\"Số HS\"}}"))
                .andExpect(status().isOk());
        mvc.perform(delete("canbo.anhai", API + "/import-profiles/WW")).andExpect(status().isNoContent());
    }

    @Test
    void thePagesRefuseAUnitOfficer() throws Exception {
        var congan = user(accounts.loadUserByUsername("congan.anhai"));
        long imports = count("dossier_import");
        mvc.perform(MockMvcRequestBuilders.multipart("/wards/an-hai/dossier-imports").file(file("mot-cua.csv", CSV))
                        .with(congan).with(csrf()))
                .andExpect(status().isForbidden()).andExpect(content().string(Matchers.containsString(WARD_WIDE)));
        mvc.perform(MockMvcRequestBuilders.post("/wards/an-hai/service-index/entries").with(congan).with(csrf())
                        .param("from", "2026-02-01").param("to", "2026-02-27").param("component", "TRANSPARENCY_SYNC")
                        .param("score", "5").param("source", "WW trang"))
                .andExpect(status().isForbidden());
        assertThat(count("dossier_import")).isEqualTo(imports);
        assertThat(jdbc.sql("select count(*) from service_index_entry where source = 'WW trang'").query(Long.class)
                .single()).isZero();
        // and offer it no import form
        mvc.perform(MockMvcRequestBuilders.get("/wards/an-hai/dossier-imports").with(congan))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("name=\"skipInvalid\""))));
        mvc.perform(MockMvcRequestBuilders.get("/wards/an-hai/dossier-imports")
                        .with(user(accounts.loadUserByUsername("canbo.anhai"))))
                .andExpect(content().string(Matchers.containsString("name=\"skipInvalid\"")));
    }

    @Test
    void anImportByItsNumberIsItsWardsAndItsImporters() throws Exception {
        long id = jdbc.sql("select max(i.id) from dossier_import i join ward w on w.id = i.ward_id "
                + "where w.code = 'an-hai'").query(Long.class).single();
        mvc.perform(get("canbo.anhai", "/api/v1/dossier-imports/" + id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.wardCode").value("an-hai"));
        mvc.perform(get("canbo.trungthanh", "/api/v1/dossier-imports/" + id)).andExpect(status().isForbidden());
        mvc.perform(get("canbo.anhai", "/api/v1/dossier-imports/999999999")).andExpect(status().isNotFound());
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/dossier-imports/" + id + "/cancel")
                        .with(httpBasic("congan.anhai", Api.PASSWORD)))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail", Matchers.startsWith(WARD_WIDE)));
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/dossier-imports/" + id + "/cancel")
                        .with(httpBasic("canbo.trungthanh", Api.PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("Bạn không có quyền truy cập dữ liệu của phường này."));
    }

    private static MockMultipartFile file(String name, String text) {
        return new MockMultipartFile("file", name, "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table + " t join ward w on w.id = t.ward_id where w.code = 'an-hai'")
                .query(Long.class).single();
    }
}
