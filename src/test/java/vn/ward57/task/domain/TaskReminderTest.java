package vn.ward57.task.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.post;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.jayway.jsonpath.JsonPath;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.ward57.Api;
import vn.ward57.common.WardTime;

/**
 * The daily reminder against an in-process SMTP server (GreenMail), and "việc của tôi" on the
 * home page, on one ward (units vp, vh, ct) with these tasks, days counted from today:
 * <pre>
 * task lead coordinating deadline   completed          expected
 * R1   vp   —            −1         —                  overdue
 * R2   vh   —            −5         —                  overdue
 * R3   vp   vh           +7         —                  due soon (the last day that counts)
 * R4   vp   —            0 (today)  —                  due soon
 * R5   vh   —            +8         —                  not listed: due after 7 days
 * R6   vh   —            +3         today              not listed: done
 * R7   vh   —            recurring  —                  not listed: no deadline
 * R8   vp   —            −2         yesterday (late)   not listed: done
 * </pre>
 * Its own context: the mail server's address must not leak into the shared one.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
class TaskReminderTest {

    private static final int SMTP_PORT = freePort();

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(
            new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("ward57.mail.from", () -> "nhacviec@ward57.test");
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TaskReminders reminders;
    @Autowired
    UserDetailsService accounts;

    static final LocalDate TODAY = WardTime.today();
    static final Map<String, Long> ids = new HashMap<>();

    @BeforeEach
    void wardWithTasks() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        if (jdbc.sql("select count(*) from ward where code = 'nn-mot'").query(Long.class).single() > 0) {
            return;
        }
        mvc.perform(post("admin", "/api/v1/provinces", "{\"code\":\"tinh-nn\",\"name\":\"Tỉnh Nhắc Nhở\"}"));
        mvc.perform(post("admin", "/api/v1/provinces/tinh-nn/wards", "{\"code\":\"nn-mot\",\"name\":\"Phường Nhắc Nhở\"}"));
        for (String unit : List.of("vp:Văn phòng", "vh:Phòng Văn hóa - Xã hội", "ct:Công an phường")) {
            String[] u = unit.split(":");
            mvc.perform(post("admin", "/api/v1/wards/nn-mot/units",
                    "{\"code\":\"%s\",\"name\":\"%s\"}".formatted(u[0], u[1]))).andExpect(status().isCreated());
        }
        addUser("lanhdao.nn", "Lê Lãnh Đạo", "WARD_LEADER", null, "lanhdao@nn.test", true);
        addUser("canbo.nn.vh", "Cán bộ Văn hóa", "WARD_OFFICER", "vh", "vanhoa@nn.test", true);
        addUser("canbo.nn.ct", "Cán bộ Công an", "WARD_OFFICER", "ct", "congan@nn.test", true);
        addUser("canbo.nn.khongthu", "Cán bộ không thư", "WARD_OFFICER", null, null, true);
        addUser("canbo.nn.nghi", "Cán bộ đã nghỉ", "WARD_OFFICER", null, "danghi@nn.test", false);
        String directive = mvc.perform(post("lanhdao.nn", "/api/v1/wards/nn-mot/directives", """
                {"type":"KH","number":"05-KH/UBND","issuedOn":"%s","issuer":"UBND phường",
                 "title":"Kế hoạch chuyển đổi số","signerRole":"HEAD","issuedByWard":false}
                """.formatted(TODAY.minusDays(40)))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        long d = JsonPath.<Integer>read(directive, "$.id");
        task(d, "R1", "vp", null, TODAY.minusDays(1));
        task(d, "R2", "vh", null, TODAY.minusDays(5));
        task(d, "R3", "vp", "vh", TODAY.plusDays(7));
        task(d, "R4", "vp", null, TODAY);
        task(d, "R5", "vh", null, TODAY.plusDays(8));
        task(d, "R6", "vh", null, TODAY.plusDays(3));
        task(d, "R7", "vh", null, null);
        task(d, "R8", "vp", null, TODAY.minusDays(2));
        complete("R6", TODAY);
        complete("R8", TODAY.minusDays(1));
    }

    @Test
    void eachUserWithAnAddressGetsOneMailWithTheirTasks() throws Exception {
        assertThat(reminders.sendReminders(TODAY)).isEqualTo(2);

        Map<String, MimeMessage> byRecipient = new HashMap<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            byRecipient.put(m.getAllRecipients()[0].toString(), m);
        }
        // not the officer without an address, the disabled one, nor ct's officer, whose unit has nothing due
        assertThat(byRecipient).containsOnlyKeys("lanhdao@nn.test", "vanhoa@nn.test");

        MimeMessage leader = byRecipient.get("lanhdao@nn.test");
        assertThat(leader.getFrom()[0].toString()).isEqualTo("nhacviec@ward57.test");
        assertThat(leader.getSubject()).isEqualTo("[ward57] Phường Nhắc Nhở: 2 nhiệm vụ quá hạn, 2 sắp đến hạn");
        String leaderText = text(leader);
        assertThat(leaderText).startsWith("Kính gửi Lê Lãnh Đạo,");
        assertThat(codes(section(leaderText, "Quá hạn (2):"))).containsExactly("R2", "R1");
        assertThat(codes(section(leaderText, "Sắp đến hạn trong 7 ngày (2):"))).containsExactly("R4", "R3");
        assertThat(leaderText).contains("- R1: Nhiệm vụ R1 (hạn " + vn(TODAY.minusDays(1)) + "; chủ trì: Văn phòng)");

        MimeMessage officer = byRecipient.get("vanhoa@nn.test");
        assertThat(officer.getSubject()).isEqualTo("[ward57] Phường Nhắc Nhở: 1 nhiệm vụ quá hạn, 1 sắp đến hạn");
        String officerText = text(officer);
        assertThat(officerText).contains("do Phòng Văn hóa - Xã hội chủ trì hoặc phối hợp");
        assertThat(codes(section(officerText, "Quá hạn (1):"))).containsExactly("R2");
        assertThat(codes(section(officerText, "Sắp đến hạn trong 7 ngày (1):"))).containsExactly("R3");
    }

    @Test
    void aDayWithNothingDueSendsNothing() {
        // a year back the tasks were not due for months (R7 has no deadline, R5..R8 were far off)
        assertThat(reminders.sendReminders(TODAY.minusYears(1))).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void theHomePageListsMyTasks() throws Exception {
        // a leader's home is the ward's dashboard (issue 9), whose task tile lists the same tasks:
        // overdue R2, R1, then due within 7 days R4, R3
        mvc.perform(get("/").with(user(accounts.loadUserByUsername("lanhdao.nn"))))
                .andExpect(redirectedUrl("/wards/nn-mot/dashboard"));
        String leader = mvc.perform(get("/wards/nn-mot/dashboard").with(user(accounts.loadUserByUsername("lanhdao.nn"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(codes(between(leader, "id=\"tile-tasks\"", "</section>"))).containsExactly("R2", "R1", "R4", "R3");
        assertThat(leader).contains("href=\"/tasks/" + ids.get("R2") + "\"");

        String officer = home("canbo.nn.vh");
        assertThat(codes(between(officer, "id=\"my-tasks-overdue\"", "id=\"my-tasks-due-soon\"")))
                .containsExactly("R2");
        assertThat(codes(between(officer, "id=\"my-tasks-due-soon\"", "</section>"))).containsExactly("R3");

        String nothing = home("canbo.nn.ct");
        assertThat(nothing).contains("Không có việc quá hạn hay sắp đến hạn.").doesNotContain("my-tasks-overdue");
    }

    private String home(String username) throws Exception {
        return mvc.perform(get("/").with(user(accounts.loadUserByUsername(username))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private void addUser(String username, String fullName, String role, String unit, String email, boolean enabled)
            throws Exception {
        mvc.perform(post("admin", "/api/v1/users", """
                {"username":"%s","fullName":"%s","role":"%s","wardCode":"nn-mot","unitCode":%s,"email":%s,
                 "enabled":%s,"password":"ward57-demo"}
                """.formatted(username, fullName, role, json(unit), json(email), enabled)))
                .andExpect(status().isCreated());
    }

    private void task(long directive, String code, String lead, String coordinating, LocalDate deadline)
            throws Exception {
        String body = mvc.perform(post("lanhdao.nn", "/api/v1/directives/" + directive + "/tasks", """
                        {"code":"%s","title":"Nhiệm vụ %s","leadUnit":"%s","coordinatingUnits":[%s],
                         "startOn":"%s","deadline":%s}
                        """.formatted(code, code, lead, coordinating == null ? "" : json(coordinating),
                        TODAY.minusDays(30), json(deadline == null ? null : deadline.toString()))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        ids.put(code, JsonPath.<Integer>read(body, "$.id").longValue());
    }

    private void complete(String code, LocalDate on) throws Exception {
        mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/tasks/" + ids.get(code) + "/complete")
                        .file(new MockMultipartFile("file", "bien-ban.pdf", "application/pdf",
                                ("Biên bản " + code).getBytes(StandardCharsets.UTF_8)))
                        .param("completedOn", on.toString()).with(httpBasic("lanhdao.nn", Api.PASSWORD)))
                .andExpect(status().isOk());
    }

    private static String json(String s) {
        return s == null ? "null" : "\"" + s + "\"";
    }

    private static String vn(LocalDate d) {
        return d.format(java.time.format.DateTimeFormatter.ofPattern("dd/M/yyyy"));
    }

    private static String text(MimeMessage m) throws Exception {
        return ((String) m.getContent()).replace("\r\n", "\n");
    }

    /** The lines after a heading, up to the next blank line. */
    private static String section(String text, String heading) {
        int start = text.indexOf(heading + "\n");
        assertThat(start).as(heading).isNotNegative();
        int end = text.indexOf("\n\n", start);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    private static String between(String html, String from, String to) {
        int start = html.indexOf(from);
        assertThat(start).as(from).isNotNegative();
        return html.substring(start, html.indexOf(to, start));
    }

    /** Task codes as mail lines ("- R1: …") or page links (">R1</a>") give them, in order. */
    private static List<String> codes(String text) {
        Matcher m = Pattern.compile("(?m)^- (R\\d+):|>(R\\d+)</a>").matcher(text);
        List<String> codes = new java.util.ArrayList<>();
        while (m.find()) {
            codes.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return codes;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
