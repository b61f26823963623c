package vn.ward57.task.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.post;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.ward57.Api;
import vn.ward57.Ward57Test;
import vn.ward57.task.DirectiveService;
import vn.ward57.task.TaskImportStatus;

/**
 * The page of a directive's task imports (issue 21): the panel in each state, polling only while an
 * import waits or runs, the cancel button, and the page closed to another ward's officer.
 */
@Ward57Test
class TaskImportPageTest {

    private static final AtomicLong NUMBERS = new AtomicLong(System.nanoTime() % 100_000);

    @Autowired
    MockMvc mvc;
    @Autowired
    TaskImportService imports;
    @Autowired
    DirectiveService directives;
    @Autowired
    UserDetailsService accounts;

    @Test
    void thePanelShowsAWaitingAndARunningImportPollsWhileThenCancelsOneAndStopsPollingOnceBothEnded()
            throws Exception {
        long d = directive();
        CountDownLatch checked = new CountDownLatch(1);
        CompletableFuture<Void> go = new CompletableFuture<>();
        // 2.000 rows: checked, and not yet written, is half of the work
        TaskImportStatus running = start(d, rows("P", 2_000, "2026-12-31"), done -> {
            if (done >= 2_000 && checked.getCount() > 0) {
                checked.countDown();
                try {
                    go.get(30, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        TaskImportStatus waiting;
        try {
            assertThat(checked.await(60, TimeUnit.SECONDS)).isTrue();
            waiting = start(d, rows("Q", 5, "2026-12-31"), done -> { });

            String panel = fragment(d);
            assertThat(panel).startsWith("<section id=\"task-imports\"")
                    .contains("hx-trigger=\"every 2s\"", "hx-swap=\"outerHTML\"")
                    .doesNotContain("<html", "<main");
            assertThat(article(panel, running.id())).contains("Đang nhập", "<progress max=\"100\" value=\"50\"", "50%",
                    "Đang nhập: đã xử lý 50% tệp.", ">Hủy</button>", "hx-confirm=\"Hủy lần nhập tệp „nhiem-vu.csv“?");
            assertThat(article(panel, waiting.id())).contains("Đang chờ", ">Hủy</button>");

            String cancelled = mvc.perform(MockMvcRequestBuilders.post("/task-imports/" + waiting.id() + "/cancel")
                            .header("HX-Request", "true").with(officer()).with(csrf()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(cancelled).startsWith("<section id=\"task-imports\"")
                    .contains("Đã yêu cầu hủy; lần nhập dừng lại và không ghi nhiệm vụ nào.");
        } finally {
            go.complete(null);
        }
        Api.awaitImport(mvc, "/api/v1/task-imports/" + running.id());
        Api.awaitImport(mvc, "/api/v1/task-imports/" + waiting.id());
        String ended = fragment(d);
        assertThat(ended).doesNotContain("hx-trigger", "hx-get", ">Hủy</button>");
        assertThat(article(ended, running.id())).contains("Đã nhập xong", "Đã ghi 2.000 nhiệm vụ mới, cập nhật 0.",
                "Đã đọc: 2.000", "Thêm mới: 2.000", "Cập nhật: 0", "Dòng lỗi: 0");
        assertThat(article(ended, waiting.id()))
                .contains("Không ghi", "Đã hủy lần nhập theo yêu cầu; không ghi nhiệm vụ nào.");
    }

    @Test
    void aFileSentFromTheDirectivePageLandsOnThePanelAndItsFaultsAreListedTheFirst200WithTheCountOfTheRest()
            throws Exception {
        long d = directive();
        String page = mvc.perform(MockMvcRequestBuilders.get("/directives/" + d).with(officer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("action=\"/directives/" + d + "/task-imports\"", "name=\"skipInvalid\"",
                "href=\"/directives/" + d + "/task-imports\"");

        mvc.perform(MockMvcRequestBuilders.multipart("/directives/" + d + "/task-imports")
                        .file(new MockMultipartFile("file", "sai.csv", "text/csv", rows("S", 250, "31/02/2026")))
                        .with(officer()).with(csrf()))
                .andExpect(redirectedUrl("/directives/" + d + "/task-imports"))
                .andExpect(flash().attribute("flash",
                        "Đã nhận tệp; lần nhập chạy khi đến lượt, tiến độ hiện ngay dưới đây."));
        String id = JsonPath.read(mvc.perform(Api.get("canbo.anhai", "/api/v1/directives/" + d + "/task-imports"))
                .andReturn().getResponse().getContentAsString(), "$[0].id").toString();
        Api.awaitImport(mvc, "/api/v1/task-imports/" + id);

        String full = mvc.perform(MockMvcRequestBuilders.get("/directives/" + d + "/task-imports").with(officer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(full).contains("<html", "Nhập nhiệm vụ từ tệp", "sai.csv", "Không ghi",
                        "Có 250 lỗi; không ghi nhiệm vụ nào.",
                        "<strong>Dòng 2, cột deadline</strong><span> „31/02/2026“</span>:",
                        "Dòng 201, cột deadline", "và 50 lỗi khác")
                .doesNotContain("Dòng 202,");
        // the ended panel polls no more (the page's menu asks once for the feedback count: not the panel)
        String panel = full.substring(full.indexOf("<section id=\"task-imports\""));
        assertThat(panel.substring(0, panel.indexOf("</section>"))).doesNotContain("hx-trigger");
        assertThat(article(full, Long.parseLong(id)).split("<li>", -1)).as("200 faults listed").hasSize(201);

        mvc.perform(MockMvcRequestBuilders.multipart("/directives/" + d + "/task-imports")
                        .file(new MockMultipartFile("file", "khac.csv", "text/csv",
                                "ten,han\nA,2026-12-31\n".getBytes(StandardCharsets.UTF_8)))
                        .with(officer()).with(csrf()))
                .andExpect(redirectedUrl("/directives/" + d + "/task-imports"))
                .andExpect(flash().attribute("flashError", org.hamcrest.Matchers.startsWith(
                        "Tệp thiếu cột bắt buộc: code, title.")));
    }

    @Test
    void anotherWardsOfficerNeitherSeesNorCancelsTheImports() throws Exception {
        long d = directive();
        TaskImportStatus done = start(d, rows("R", 3, "2026-12-31"), n -> { });
        Api.awaitImport(mvc, "/api/v1/task-imports/" + done.id());
        RequestPostProcessor stranger = user(accounts.loadUserByUsername("canbo.trungthanh"));
        mvc.perform(MockMvcRequestBuilders.get("/directives/" + d + "/task-imports").with(stranger))
                .andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.post("/task-imports/" + done.id() + "/cancel").with(stranger).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.multipart("/directives/" + d + "/task-imports")
                        .file(new MockMultipartFile("file", "x.csv", "text/csv", rows("X", 1, "2026-12-31")))
                        .with(stranger).with(csrf()))
                .andExpect(status().isForbidden());
        // htmx asks: the refusal goes to the page's message area, as every page's refusals do, and shows no import
        String polled = mvc.perform(MockMvcRequestBuilders.get("/directives/" + d + "/task-imports")
                        .header("HX-Request", "true").with(stranger))
                .andExpect(header().string("HX-Retarget", "#flash")).andReturn().getResponse().getContentAsString();
        assertThat(polled).contains("Bạn không có quyền truy cập dữ liệu của phường này.")
                .doesNotContain("nhiem-vu.csv");
        assertThat(mvc.perform(MockMvcRequestBuilders.post("/task-imports/" + done.id() + "/cancel")
                        .header("HX-Request", "true").with(stranger).with(csrf()))
                .andExpect(header().string("HX-Retarget", "#flash")).andReturn().getResponse().getContentAsString())
                .contains("Bạn không có quyền truy cập dữ liệu của phường này.");
        assertThat(mvc.perform(Api.get("canbo.anhai", "/api/v1/task-imports/" + done.id())).andReturn().getResponse()
                .getContentAsString()).contains("\"status\":\"SUCCEEDED\"");
    }

    private String fragment(long directive) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get("/directives/" + directive + "/task-imports")
                        .header("HX-Request", "true").with(officer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString().strip();
    }

    /** The part of the panel about one import. */
    private static String article(String panel, long importId) {
        int from = panel.indexOf("id=\"task-import-" + importId + "\"");
        assertThat(from).as("import " + importId + " on the panel").isPositive();
        return panel.substring(from, panel.indexOf("</article>", from));
    }

    private RequestPostProcessor officer() {
        return user(accounts.loadUserByUsername("canbo.anhai"));
    }

    private TaskImportStatus start(long directive, byte[] file, LongConsumer tap) {
        UserDetails details = accounts.loadUserByUsername("canbo.anhai");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        try {
            return imports.start(directives.wardOf(directive), directive, "nhiem-vu.csv", new ByteArrayInputStream(file), false, tap);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static byte[] rows(String prefix, int count, String deadline) {
        StringBuilder csv = new StringBuilder("code,title,deadline\n");
        for (int i = 1; i <= count; i++) {
            csv.append(prefix).append('-').append(i).append(",Nhiệm vụ ").append(i).append(',').append(deadline)
                    .append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private long directive() throws Exception {
        String body = mvc.perform(post("canbo.anhai", "/api/v1/wards/an-hai/directives", """
                        {"type":"KH","number":"%d/KH-TRANG","issuedOn":"2026-01-02","issuer":"UBND phường",
                         "title":"Kế hoạch nhập trên trang","signerRole":"HEAD","issuedByWard":true}
                        """.formatted(NUMBERS.incrementAndGet())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.<Integer>read(body, "$.id").longValue();
    }
}
