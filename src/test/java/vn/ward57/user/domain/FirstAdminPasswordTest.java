package vn.ward57.user.domain;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.ward57.common.web.Messages;

/** A weak WARD57_ADMIN_PASSWORD stops the first start with the reason, and no administrator is made. */
class FirstAdminPasswordTest {

    @Test
    void aWeakConfiguredPasswordIsRefusedBeforeAnythingIsWritten() {
        UserRepository users = mock(UserRepository.class);
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        FirstAdmin first = new FirstAdmin(users, mock(PasswordEncoder.class), new PasswordPolicy(),
                new Messages(source), "admin12345");
        assertThatThrownBy(() -> first.run(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("WARD57_ADMIN_PASSWORD: Mật khẩu này quá phổ biến hoặc dễ đoán")
                .hasMessageContaining("This password is too common");
        verify(users, never()).insert(anyString(), any(), any(), any(), any(), any(), anyBoolean());
    }
}
