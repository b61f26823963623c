package vn.ward57.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.ward57.Ward57Test;

/** Any table on screen to CSV or XLSX, with the cells a spreadsheet would run as a formula neutralised. */
@Ward57Test
class TableExportTest {

    private static final String TABLE = """
            {"headers":["Tên","Công thức","Số"],
             "rows":[["Phường Hòa An","=1+1","12.456"],["@SUM(A1)","+84905","-3"],["Bình thường","a=b","98,70%"]]}
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;

    @Test
    void theCsvNeutralisesFormulaCells() throws Exception {
        byte[] file = export("csv", "Các phường", TABLE).andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getHeader("Content-Disposition"))
                        .contains("C%C3%A1c-ph%C6%B0%E1%BB%9Dng.csv"))
                .andReturn().getResponse().getContentAsByteArray();
        String csv = new String(file, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFTên,Công thức,Số");
        assertThat(csv).contains("Phường Hòa An,'=1+1,12.456", "'@SUM(A1),'+84905,'-3", "Bình thường,a=b,\"98,70%\"");
        assertThat(csv).doesNotContain(",=1+1", "\n@SUM");
    }

    @Test
    void theXlsxNeutralisesFormulaCellsAndHasNoFormula() throws Exception {
        byte[] file = export("xlsx", "bang", TABLE).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        List<List<String>> cells = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(file))) {
            for (Row row : wb.getFirstSheet().read()) {
                List<String> texts = new ArrayList<>();
                row.forEach(c -> {
                    assertThat(c.getType()).isNotEqualTo(org.dhatim.fastexcel.reader.CellType.FORMULA);
                    texts.add(c.getText());
                });
                cells.add(texts);
            }
        }
        assertThat(cells).containsExactly(List.of("Tên", "Công thức", "Số"),
                List.of("Phường Hòa An", "'=1+1", "12.456"), List.of("'@SUM(A1)", "'+84905", "'-3"),
                List.of("Bình thường", "a=b", "98,70%"));
    }

    @Test
    void aTooLargeTableOrAnUnknownFormatIsRefusedWithAVietnameseMessage() throws Exception {
        StringBuilder rows = new StringBuilder("{\"headers\":[\"A\"],\"rows\":[");
        for (int i = 0; i <= 20_000; i++) {
            rows.append(i == 0 ? "" : ",").append("[\"x\"]");
        }
        String tooLong = rows.append("]}").toString();
        export("csv", "t", tooLong).andExpect(status().isBadRequest())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .isEqualTo("Bảng có 20001 dòng, quá giới hạn 20.000 dòng một lần xuất; hãy lọc bớt rồi xuất lại."));
        String wide = "{\"headers\":[" + "\"c\",".repeat(50) + "\"c\"],\"rows\":[]}";
        export("xlsx", "t", wide).andExpect(status().isBadRequest())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .isEqualTo("Bảng có 51 cột, quá giới hạn 50 cột một lần xuất."));
        export("pdf", "t", TABLE).andExpect(status().isBadRequest())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .contains("chọn csv hoặc xlsx"));
    }

    @Test
    void itNeedsALoginAndTheCsrfTokenAndPagesCarryTheScript() throws Exception {
        mvc.perform(MockMvcRequestBuilders.post("/exports/table?format=csv").contentType(MediaType.APPLICATION_JSON)
                .content(TABLE).with(user(accounts.loadUserByUsername("canbo.anhai"))))
                .andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.post("/exports/table?format=csv").contentType(MediaType.APPLICATION_JSON)
                .content(TABLE).with(csrf())).andExpect(status().is3xxRedirection());
        String page = mvc.perform(MockMvcRequestBuilders.get("/wards/an-hai")
                        .with(user(accounts.loadUserByUsername("canbo.anhai"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("/js/table-export.js", "name=\"_csrf\"");
        mvc.perform(MockMvcRequestBuilders.get("/js/table-export.js"))
                .andExpect(r -> assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .contains("table.exportable", "Xuất Excel", "Xuất CSV", "/exports/table"));
    }

    private ResultActions export(String format, String name, String json) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/exports/table").param("format", format).param("name", name)
                .contentType(MediaType.APPLICATION_JSON).content(json)
                .with(user(accounts.loadUserByUsername("canbo.anhai"))).with(csrf()));
    }
}
