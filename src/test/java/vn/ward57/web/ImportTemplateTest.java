package vn.ward57.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.ward57.Ward57Test;
import vn.ward57.common.table.ImportTemplate;
import vn.ward57.common.table.TableFile;

/**
 * Beside every import form, a template file to download (issue 23): an XLSX whose one row is the header the
 * import matches, written from the import's own columns; every form links one, every template is linked.
 */
@Ward57Test
class ImportTemplateTest {

    private static final Pattern LINK = Pattern.compile("href=\"/wards/an-hai/import-templates/([a-z-]+)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    List<ImportTemplate> templates;

    @Test
    void everyImportFormLinksItsTemplateAndEveryTemplateIsLinked() throws Exception {
        long directive = jdbc.sql("select d.id from directive d join ward w on w.id = d.ward_id where w.code = 'an-hai' "
                + "order by d.id limit 1").query(Long.class).single();
        Set<String> linked = new TreeSet<>();
        for (String page : List.of("assets", "certificates", "budget", "budget/disbursements", "community-teams",
                "digital-citizens", "breakthroughs", "recommendations", "staff", "training-events", "dossier-imports")) {
            linked.addAll(links("/wards/an-hai/" + page, page));
        }
        linked.addAll(links("/directives/" + directive + "/task-imports", "task-imports"));
        assertThat(linked).containsExactlyInAnyOrderElementsOf(templates.stream().map(ImportTemplate::name).toList());
    }

    @Test
    void aTemplateIsAWorkbookWhoseOneRowIsTheHeaderTheImportMatches() throws Exception {
        assertThat(templates).hasSizeGreaterThanOrEqualTo(13);
        for (ImportTemplate t : templates) {
            var response = mvc.perform(MockMvcRequestBuilders.get("/wards/an-hai/import-templates/" + t.name())
                            .with(user(accounts.loadUserByUsername("canbo.anhai"))))
                    .andExpect(status().isOk()).andReturn().getResponse();
            assertThat(response.getHeader("Content-Disposition")).contains(t.name() + ".xlsx");
            List<TableFile.Line> lines = TableFile.read(t.name() + ".xlsx", response.getContentAsByteArray());
            assertThat(lines).hasSize(1);
            assertThat(lines.getFirst().cells()).as(t.name()).isEqualTo(t.headers());
        }
        assertThat(ImportTemplate.find(templates, "mau-thiet-bi").orElseThrow().headers())
                .startsWith("Loại thiết bị", "Tên thiết bị");
        assertThat(ImportTemplate.find(templates, "mau-ho-so").orElseThrow().headers())
                .startsWith("dossier_code", "procedure_code");
        mvc.perform(MockMvcRequestBuilders.get("/wards/an-hai/import-templates/khong-co")
                        .with(user(accounts.loadUserByUsername("canbo.anhai"))))
                .andExpect(status().isNotFound());
    }

    private Set<String> links(String path, String page) throws Exception {
        String html = mvc.perform(MockMvcRequestBuilders.get(path).with(user(accounts.loadUserByUsername("canbo.anhai"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Set<String> names = new TreeSet<>();
        var m = LINK.matcher(html);
        while (m.find()) {
            names.add(m.group(1));
        }
        assertThat(names).as("the template links of " + page).isNotEmpty();
        return names;
    }
}
