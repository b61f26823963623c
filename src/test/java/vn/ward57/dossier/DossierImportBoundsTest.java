package vn.ward57.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static vn.ward57.Api.post;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
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
 * Issue 21, items 2 and 6, for the one-stop system's exports: a cell of 50 MB is refused while the file is
 * read, errors are kept cut and counted, and a Windows-1258 export is read with its Vietnamese intact.
 */
@Ward57Test
class DossierImportBoundsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService accounts;

    @BeforeEach
    void wards() throws Exception {
        if (jdbc.sql("select count(*) from ward where code like 'gh-%'").query(Long.class).single() == 0) {
            mvc.perform(post("admin", "/api/v1/provinces", "{\"code\":\"tinh-gh\",\"name\":\"Tỉnh Giới Hạn\"}"));
            for (String w : new String[] {"gh-o-lon", "gh-loi", "gh-ma"}) {
                mvc.perform(post("admin", "/api/v1/provinces/tinh-gh/wards",
                        "{\"code\":\"" + w + "\",\"name\":\"Phường " + w + "\"}")).andExpect(status().isCreated());
            }
        }
    }

    @Test
    void anXlsxExportWithACellOfFiftyMegabytesIsRefusedShortlyAndWritesNothing() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "ward57", "1.0");
        Worksheet sheet = workbook.newWorksheet("Hồ sơ");
        List<String> header = List.of("dossier_code", "channel", "received_at", "due_at", "field");
        for (int c = 0; c < header.size(); c++) {
            sheet.value(0, c, header.get(c));
        }
        List<String> row = List.of("X-1", "ONLINE", "2026-03-02", "2026-03-05", "Hộ tịch");
        for (int c = 0; c < row.size(); c++) {
            sheet.value(1, c, row.get(c));
        }
        sheet.value(2, 0, "X-2");
        sheet.value(2, 4, "x".repeat(50_000_000));
        workbook.finish();
        String done = importFile("gh-o-lon", "mot-cua.xlsx", out.toByteArray());
        assertThat(done.length()).isLessThan(2048);
        assertThat(JsonPath.<String>read(done, "$.status")).isEqualTo("FAILED");
        assertThat(JsonPath.<String>read(done, "$.message")).startsWith("Tệp có ô dài hơn 32 KB");
        assertThat(count("gh-o-lon")).isZero();
    }

    @Test
    void threeHundredBadRowsKeepTheFirstTwoHundredErrorsEachCutAndCountTheRest() throws Exception {
        StringBuilder csv = new StringBuilder("dossier_code,channel,received_at,due_at\n");
        csv.append("L-0,").append("FAX".repeat(10_000)).append(",2026-03-01,2026-03-05\n");   // 30.000 characters
        for (int i = 1; i < 300; i++) {
            csv.append("L-").append(i).append(",FAX,2026-03-01,2026-03-05\n");
        }
        String done = importFile("gh-loi", "loi.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(JsonPath.<String>read(done, "$.status")).isEqualTo("FAILED");
        assertThat(JsonPath.<List<?>>read(done, "$.errors")).hasSize(200);
        assertThat(JsonPath.<Integer>read(done, "$.errorTotal")).isEqualTo(300);
        assertThat(JsonPath.<String>read(done, "$.errors[0].value")).hasSize(201).endsWith("…");
        assertThat(jdbc.sql("select length(errors::text) from dossier_import d join ward w on w.id = d.ward_id "
                + "where w.code = 'gh-loi'").query(Integer.class).single()).isLessThan(200 * 300);
        String page = mvc.perform(MockMvcRequestBuilders.get("/wards/gh-loi/dossier-imports")
                        .with(user(accounts.loadUserByUsername("admin")))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("và 280 lỗi khác");
        assertThat(count("gh-loi")).isZero();
    }

    @Test
    void aWindows1258ExportIsReadWithItsVietnameseComposed() throws Exception {
        String csv = """
                Mã hồ sơ,Lĩnh vực,Hình thức nộp,Ngày tiếp nhận,Hạn xử lý
                W-1,Hộ tịch,Trực tuyến,02/03/2026,05/03/2026
                W-2,Đất đai,Trực tiếp,03/03/2026,06/03/2026
                W-3,Chứng thực,Bưu chính công ích,03/03/2026,06/03/2026
                """;
        String done = importFile("gh-ma", "cp1258.csv", windows1258(csv));
        assertThat(JsonPath.<String>read(done, "$.status")).as(done).isEqualTo("SUCCEEDED");
        List<String> fields = jdbc.sql("select d.field from dossier d join ward w on w.id = d.ward_id "
                + "where w.code = 'gh-ma' order by d.code").query(String.class).list();
        assertThat(fields).containsExactly("Hộ tịch", "Đất đai", "Chứng thực");
        assertThat(fields).allMatch(f -> Normalizer.isNormalized(f, Normalizer.Form.NFC));
        assertThat(jdbc.sql("select count(*) from dossier d join ward w on w.id = d.ward_id where w.code = 'gh-ma' "
                + "and d.channel = 'POSTAL'").query(Long.class).single()).isEqualTo(1);

        // Windows-1252 is read as written: no "�" reaches the database
        String western = "dossier_code,channel,received_at,due_at,field\nW-9,ONLINE,2026-03-02,2026-03-05,Café résumé\n";
        done = importFile("gh-ma", "cp1252.csv", western.getBytes(Charset.forName("windows-1252")));
        assertThat(JsonPath.<String>read(done, "$.status")).isEqualTo("SUCCEEDED");
        assertThat(jdbc.sql("select field from dossier where code = 'W-9'").query(String.class).single())
                .isEqualTo("Café résumé");
    }

    /** As Windows writes Vietnamese in code page 1258: â ê ô ă ơ ư whole, the five tone marks apart. */
    private static byte[] windows1258(String text) {
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < nfd.length(); ) {
            StringBuilder base = new StringBuilder().append(nfd.charAt(i++));
            StringBuilder tones = new StringBuilder();
            while (i < nfd.length() && Character.getType(nfd.charAt(i)) == Character.NON_SPACING_MARK) {
                char mark = nfd.charAt(i++);
                ("\u0300\u0301\u0303\u0309\u0323".indexOf(mark) >= 0 ? tones : base).append(mark);
            }
            out.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tones);
        }
        return out.toString().getBytes(Charset.forName("windows-1258"));
    }

    private String importFile(String ward, String name, byte[] content) throws Exception {
        String location = mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/wards/" + ward + "/dossier-imports")
                        .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                        .with(httpBasic("admin", Api.PASSWORD)))
                .andExpect(status().isAccepted())
                .andReturn().getResponse().getHeader("Location");
        return Api.awaitImport(mvc, location);
    }

    private long count(String ward) {
        return jdbc.sql("select count(*) from dossier d join ward w on w.id = d.ward_id where w.code = ?")
                .param(ward).query(Long.class).single();
    }
}
