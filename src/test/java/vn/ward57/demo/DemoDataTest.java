package vn.ward57.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static vn.ward57.Api.get;

import java.io.StringWriter;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.ward57.Ward57Test;

/** The demo wards hold a year of generated dossiers, as many as the seed reports count. */
@Ward57Test
class DemoDataTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void eachDemoWardHasItsYearOfDossiers() throws Exception {
        assertThat(count("an-hai")).isEqualTo(7_355);
        assertThat(count("trung-thanh")).isEqualTo(4_838);
        // a whole year with nothing before it: everything is newly received, nothing carried over
        // (no other test imports into an-hai)
        mvc.perform(get("canbo.anhai", "/api/v1/wards/an-hai/dossier-stats?from=2025-11-21&to=2026-11-20"))
                .andExpect(jsonPath("$.received").value(7_355))
                .andExpect(jsonPath("$.carriedOver").value(0))
                .andExpect(jsonPath("$.newlyReceived").value(7_355));
    }

    @Test
    void theGeneratorWritesTheSameExportForTheSameSeed() throws Exception {
        StringWriter a = new StringWriter();
        StringWriter b = new StringWriter();
        new DossierExportGenerator(7).writeCsv(a, "T", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), 500,
                DossierExportGenerator.Layout.CANONICAL);
        new DossierExportGenerator(7).writeCsv(b, "T", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), 500,
                DossierExportGenerator.Layout.CANONICAL);
        assertThat(a.toString()).isEqualTo(b.toString()).contains("T-000500");
    }

    private long count(String ward) {
        // only the demo's own dossiers: other tests of the shared context import into these wards too
        return jdbc.sql("select count(*) from dossier d join ward w on w.id = d.ward_id where w.code = ? and d.code like ?")
                .params(ward, ward.toUpperCase() + "-%").query(Long.class).single();
    }
}
