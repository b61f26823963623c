package vn.ward57.user.domain;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.security.Role;
import vn.ward57.common.web.Messages;

/**
 * On the first start of an empty database (not the demo) creates the user {@code admin}, the
 * system admin (who alone creates provinces) with no province yet, whose password comes from WARD57_ADMIN_PASSWORD or is
 * generated and printed once. A configured password must pass the {@link PasswordPolicy}; if it does
 * not, the start stops with the reason, before anything is written.
 */
@Component
@Profile("!demo")
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private static final String USERNAME = "admin";
    private static final String FULL_NAME = "Quản trị hệ thống";

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final Messages messages;
    private final String configuredPassword;

    FirstAdmin(UserRepository users, PasswordEncoder encoder, PasswordPolicy policy, Messages messages,
               @Value("${WARD57_ADMIN_PASSWORD:}") String configuredPassword) {
        this.users = users;
        this.encoder = encoder;
        this.policy = policy;
        this.messages = messages;
        this.configuredPassword = configuredPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        boolean generated = configuredPassword.isBlank();
        String password = generated ? randomPassword() : configuredPassword;
        if (!generated) {
            try {
                policy.check(password, USERNAME, FULL_NAME);
            } catch (InvalidInputException e) {
                // said in both languages, as the banner below: no request tells the language at start
                throw new IllegalStateException("WARD57_ADMIN_PASSWORD: "
                        + messages.get(Locale.forLanguageTag("vi"), e.messageKey(), e.args()) + " / "
                        + messages.get(Locale.ENGLISH, e.messageKey(), e.args()));
            }
        }
        users.insert(USERNAME, encoder.encode(password), FULL_NAME, Role.SYSTEM_ADMIN, null, null, true);
        if (generated) {
            // printed once, to the console of whoever started the first run
            System.out.println("""

                    ==== ward57: tài khoản quản trị đầu tiên / first administrator ====
                    Tên đăng nhập / username: admin
                    Mật khẩu / password:      %s
                    Hãy đổi mật khẩu sau khi đăng nhập. Change it after logging in.
                    ===================================================================
                    """.formatted(password));
        } else {
            log.info("Đã tạo tài khoản quản trị 'admin' với mật khẩu từ WARD57_ADMIN_PASSWORD");
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
