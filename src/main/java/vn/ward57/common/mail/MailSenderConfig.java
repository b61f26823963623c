package vn.ward57.common.mail;

import java.util.Properties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.util.StringUtils;

/**
 * The SMTP client, only when an SMTP server is configured (WARD57_SMTP_HOST): without one there is
 * no JavaMailSender and nothing is mailed. Replaces Boot's MailSenderAutoConfiguration (excluded in
 * application.yml), which would also build one for an empty host.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(SmtpHostCondition.class)
@EnableConfigurationProperties(MailProperties.class)
class MailSenderConfig {

    @Bean
    JavaMailSenderImpl mailSender(MailProperties mail) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(mail.getHost().strip());
        if (mail.getPort() != null) {
            sender.setPort(mail.getPort());
        }
        // an empty user means a server without login (an empty one would make JavaMail try to log in)
        if (StringUtils.hasText(mail.getUsername())) {
            sender.setUsername(mail.getUsername());
            sender.setPassword(mail.getPassword());
        }
        if (mail.getProtocol() != null) {
            sender.setProtocol(mail.getProtocol());
        }
        if (mail.getDefaultEncoding() != null) {
            sender.setDefaultEncoding(mail.getDefaultEncoding().name());
        }
        Properties properties = new Properties();
        properties.putAll(mail.getProperties());
        sender.setJavaMailProperties(properties);
        return sender;
    }
}
