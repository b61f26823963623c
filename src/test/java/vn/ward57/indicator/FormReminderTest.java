package vn.ward57.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.post;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The reminder of unit reports against an in-process SMTP server. Công an phường (ca) owes a
 * monthly report; Phòng Văn hóa - Xã hội (vh) monthly and quarterly ones. As of 13/11/2026 the
 * twelve months back hold December 2025 … October 2026: October's report is due on 15/11 (within
 * 3 days), the earlier ones are overdue; ca's September report is approved. Its own context: the
 * mail server's address must not leak into the shared one.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
class FormReminderTest {

    private static final int SMTP_PORT = freePort();

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(
            new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FormReminders reminders;

    @BeforeEach
    void ward() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        if (jdbc.sql("select count(*) from ward where code = 'nb-mot'").query(Long.class).single() > 0) {
            return;
        }
        mvc.perform(post("admin", "/api/v1/provinces", "{\"code\":\"tinh-nb\",\"name\":\"Tỉnh Nhắc Báo cáo\"}"));
        mvc.perform(post("admin", "/api/v1/provinces/tinh-nb/wards", "{\"code\":\"nb-mot\",\"name\":\"Phường Nhắc\"}"));
        mvc.perform(post("admin", "/api/v1/wards/nb-mot/units", "{\"code\":\"ca\",\"name\":\"Công an phường\"}"));
        mvc.perform(post("admin", "/api/v1/wards/nb-mot/units", "{\"code\":\"vh\",\"name\":\"Phòng Văn hóa - Xã hội\"}"));
        user("lanhdao.nb", "WARD_LEADER", null, "lanhdao@nb.test");
        user("canbo.nb.ca", "WARD_OFFICER", "ca", "congan@nb.test");
        user("canbo.nb.vh", "WARD_OFFICER", "vh", null);
        mvc.perform(post("admin", "/api/v1/wards/nb-mot/indicator-catalogue", "")).andExpect(status().isOk());
        jdbc.sql("""
                insert into report_form (ward_id, unit_id, period, status, submitted_at, submitted_by)
                select u.ward_id, u.id, '2026-09', 'APPROVED', timestamptz '2026-10-10 09:00+07', 'canbo.nb.ca'
                from unit u join ward w on w.id = u.ward_id where w.code = 'nb-mot' and u.code = 'ca'
                """).update();
    }

    @Test
    void beforeTheDueDayAndAfterItEachUserGetsTheirReports() throws Exception {
        assertThat(reminders.send(LocalDate.of(2026, 11, 13))).isEqualTo(2);
        Map<String, MimeMessage> mails = Arrays.stream(smtp.getReceivedMessages())
                .collect(Collectors.toMap(FormReminderTest::to, m -> m));
        assertThat(mails).containsOnlyKeys("congan@nb.test", "lanhdao@nb.test");
        // ca: Dec 2025 … Aug 2026 overdue (9), October due 15/11; September approved
        MimeMessage officer = mails.get("congan@nb.test");
        assertThat(officer.getSubject()).isEqualTo("[ward57] Phường Nhắc: 9 báo cáo quá hạn, 1 sắp đến hạn");
        String body = GreenMailUtil.getBody(officer);
        assertThat(decoded(body)).contains("Công an phường, kỳ Tháng 10/2026: hạn 15/11/2026", "kỳ Tháng 12/2025")
                .doesNotContain("kỳ Tháng 9/2026", "kỳ 2026-").doesNotContain("Văn hóa");
        // the leader: ca's 10, and vh's 11 months and 3 quarters (Q1-Q3 2026), of which October's two are due soon
        assertThat(mails.get("lanhdao@nb.test").getSubject())
                .isEqualTo("[ward57] Phường Nhắc: 22 báo cáo quá hạn, 2 sắp đến hạn");
    }

    @Test
    void fiveDaysBeforeTheDueDayOnlyTheOverdueAreMailed() throws Exception {
        reminders.send(LocalDate.of(2026, 11, 10));
        MimeMessage officer = Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m).equals("congan@nb.test"))
                .findFirst().orElseThrow();
        assertThat(officer.getSubject()).isEqualTo("[ward57] Phường Nhắc: 9 báo cáo quá hạn, 0 sắp đến hạn");
    }

    private static String to(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain-text body as sent (quoted-printable for Vietnamese letters). */
    private static String decoded(String body) throws Exception {
        try (var in = jakarta.mail.internet.MimeUtility.decode(
                new java.io.ByteArrayInputStream(body.getBytes(java.nio.charset.StandardCharsets.US_ASCII)),
                "quoted-printable")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private void user(String username, String role, String unit, String email) throws Exception {
        mvc.perform(post("admin", "/api/v1/users", """
                {"username":"%s","fullName":"%s","role":"%s","wardCode":"nb-mot",%s%s"password":"ward57-demo"}
                """.formatted(username, username, role, unit == null ? "" : "\"unitCode\":\"" + unit + "\",",
                email == null ? "" : "\"email\":\"" + email + "\","))).andExpect(status().isCreated());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
