package vn.ward57.dossier;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.ward57.Api;
import vn.ward57.dossier.domain.DossierImportRunner;
import vn.ward57.org.WardService;

/** Wards, files and starts for the tests of dossier imports in the background, each in a ward of its own. */
record BackgroundImports(MockMvc mvc, JdbcClient jdbc, DossierImportService imports, UserDetailsService accounts,
                         WardService wards) {

    void ward(String code) throws Exception {
        if (jdbc.sql("select count(*) from province where code = 'tinh-nen'").query(Long.class).single() == 0) {
            mvc.perform(post("admin", "/api/v1/provinces", "{\"code\":\"tinh-nen\",\"name\":\"Tỉnh Nền\"}"));
        }
        mvc.perform(post("admin", "/api/v1/provinces/tinh-nen/wards",
                "{\"code\":\"" + code + "\",\"name\":\"Phường " + code + "\"}")).andExpect(status().isCreated());
    }

    /** Dossiers prefix-from … prefix-to of March 2026, all of the given field. */
    static byte[] csv(String prefix, int from, int to, String field) {
        return csv(rows(prefix, from, to, field));
    }

    static byte[] csv(String... rows) {
        return ("dossier_code,channel,received_at,due_at,field\n" + String.join("", rows))
                .getBytes(StandardCharsets.UTF_8);
    }

    static String rows(String prefix, int from, int to, String field) {
        StringBuilder rows = new StringBuilder();
        for (int i = from; i <= to; i++) {
            rows.append(prefix).append('-').append(i).append(",ONLINE,2026-03-02,2026-03-05,").append(field)
                    .append('\n');
        }
        return rows.toString();
    }

    /** Starts the import as admin through the service, so that the tap can be given. */
    DossierImportStatus start(String ward, byte[] file, DossierImportRunner.Progress tap) {
        UserDetails admin = accounts.loadUserByUsername("admin");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        try {
            return imports.start(wards.get(ward), "mot-cua.csv", new ByteArrayInputStream(file), null, false, tap);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Uploads through the API, as a user does; answers where to follow the import. */
    String upload(String ward, String name, byte[] file) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/wards/" + ward + "/dossier-imports")
                        .file(new MockMultipartFile("file", name, "application/octet-stream", file))
                        .with(httpBasic("admin", Api.PASSWORD)))
                .andExpect(status().isAccepted()).andReturn().getResponse().getHeader("Location");
    }

    String await(long id) throws Exception {
        return Api.awaitImport(mvc, "/api/v1/dossier-imports/" + id);
    }

    long dossiers(String ward, String field) {
        return jdbc.sql("select count(*) from dossier d join ward w on w.id = d.ward_id where w.code = ? "
                + "and d.field = ?").params(ward, field).query(Long.class).single();
    }

    /** Holds an import until the test says go; gives up after a while so that a blocked test ends. */
    static void hold(CompletableFuture<Void> go) {
        try {
            go.get(30, TimeUnit.SECONDS);
        } catch (TimeoutException | InterruptedException | ExecutionException e) {
            // the test then fails on what it checks next
        }
    }
}
