package vn.ward57.user;

import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.security.Role;
import vn.ward57.user.domain.UserRepository;

/**
 * On the first start of an empty database (not the demo) creates the user {@code admin}, the
 * system admin (who alone creates provinces) with no province yet, whose password comes from
 * WARD57_ADMIN_PASSWORD or is generated and printed once.
 */
@Component
@Profile("!demo")
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final String configuredPassword;

    FirstAdmin(UserRepository users, PasswordEncoder encoder,
               @Value("${WARD57_ADMIN_PASSWORD:}") String configuredPassword) {
        this.users = users;
        this.encoder = encoder;
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
        users.insert("admin", encoder.encode(password), "Quản trị hệ thống", Role.SYSTEM_ADMIN, null, null, true);
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
