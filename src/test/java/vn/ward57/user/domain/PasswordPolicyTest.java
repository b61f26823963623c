package vn.ward57.user.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ward57.common.error.InvalidInputException;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void lengthIsCountedInCharactersNotBytes() {
        // 9 letters, 15 bytes in UTF-8: too short; 10 decomposed letters (NFD, 22 chars) are still 10
        assertThat(reason("Mậtkhẩuệ1", "canbo", "Cán bộ")).isEqualTo("user.password-short");
        String decomposed = Normalizer.normalize("Đồngbằngữ7", Normalizer.Form.NFD);
        assertThat(decomposed.length()).isGreaterThan(10);
        assertThatCode(() -> policy.check(decomposed, "canbo", "Cán bộ")).doesNotThrowAnyException();
        String forty = "Những đồi chè xanh mướt trải dài khắp nơi";
        assertThat(forty.codePointCount(0, forty.length())).isEqualTo(41);
        assertThatCode(() -> policy.check(forty, "canbo", "Cán bộ")).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567890", "0905123456", "password123", "Password2026!", "P@ssw0rd!!",
            "matkhau@123", "Mật khẩu 2026", "anhyeuem1234", "qwertyuiop", "QWERTY12345", "1q2w3e4r5t",
            "aaaaaaaaaa", "ababababababab", "abcdabcdabcd", "abcdefghijk", "zyxwvutsrqp", "!@#$%^&*()",
            "1qaz2wsx3edc", "Vietnam@2026", "admin12345678"})
    void commonPasswordsAndTrivialPatternsAreRefused(String password) {
        assertThat(reason(password, "canbo.anhai", "Nguyễn Văn An")).isEqualTo("user.password-common");
    }

    @ParameterizedTest
    @ValueSource(strings = {"canbo.anhai2026", "Anhai-bien-xanh", "nguyenvanan!!", "Mai-Nguyễn-77", "2026-Hồng-Nhung"})
    void passwordsWithTheUsernameOrTheNameAreRefused(String password) {
        assertThat(reason(password, "canbo.anhai", "Nguyễn Thị Hồng Nhung")).isEqualTo("user.password-personal");
    }

    @ParameterizedTest
    @ValueSource(strings = {"cay-da-dau-lang", "ward57-demo", "Hoa sữa thơm phố cũ", "tr4ng-s40-s4ng", "mat-khau-dau-tien"})
    void otherPasswordsPass(String password) {
        assertThatCode(() -> policy.check(password, "canbo.anhai", "Nguyễn Thị Hồng Nhung")).doesNotThrowAnyException();
    }

    private String reason(String password, String username, String fullName) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> policy.check(password, username, fullName));
        assertThat(e).as(password).isNotNull();
        assertThat(e.field()).isEqualTo("password");
        return e.messageKey();
    }
}
