package vn.ward57.task.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.post;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.web.servlet.MockMvc;
import vn.ward57.Ward57Test;
import vn.ward57.common.WardTime;

/** Without an SMTP server (spring.mail.host empty, as application.yml leaves it) there is no mail sender. */
@Ward57Test
class TaskReminderOffTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    Environment env;
    @Autowired
    ObjectProvider<JavaMailSender> mailSender;
    @Autowired
    TaskReminders reminders;

    @Test
    void anEmptySmtpHostMeansNoMailSenderAndNoMail() throws Exception {
        assertThat(env.getProperty("spring.mail.host")).as("WARD57_SMTP_HOST must be unset for this test").isEmpty();
        assertThat(context.getBeanNamesForType(JavaMailSender.class)).isEmpty();
        assertThat(mailSender.getIfAvailable()).isNull();

        // an overdue task and a leader with an address: listed, but not mailed
        mvc.perform(post("admin", "/api/v1/provinces", "{\"code\":\"tinh-nt\",\"name\":\"Tỉnh Không Thư\"}"));
        mvc.perform(post("admin", "/api/v1/provinces/tinh-nt/wards", "{\"code\":\"nt-mot\",\"name\":\"Phường Không Thư\"}"));
        mvc.perform(post("admin", "/api/v1/users", """
                {"username":"lanhdao.nt","fullName":"Lãnh đạo","role":"WARD_LEADER","wardCode":"nt-mot",
                 "email":"lanhdao@nt.test","password":"ward57-demo"}
                """)).andExpect(status().isCreated());
        String directive = mvc.perform(post("lanhdao.nt", "/api/v1/wards/nt-mot/directives", """
                {"type":"KH","number":"01-KH/UBND","issuedOn":"%s","issuer":"UBND phường",
                 "title":"Kế hoạch","signerRole":"HEAD","issuedByWard":false}
                """.formatted(WardTime.today().minusDays(20)))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        mvc.perform(post("lanhdao.nt", "/api/v1/directives/" + JsonPath.<Integer>read(directive, "$.id") + "/tasks",
                "{\"code\":\"Q1\",\"title\":\"Quá hạn\",\"deadline\":\"%s\"}".formatted(WardTime.today().minusDays(1))))
                .andExpect(status().isCreated());

        assertThat(reminders.sendReminders(WardTime.today())).isZero();
    }
}
