package vn.ward57.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A free-text field read once for all forms: spaces around it dropped, nothing typed read as not given. */
class TextsTest {

    @Test
    void aBlankFieldIsNotGivenAndATypedOneLosesItsSurroundingSpaces() {
        assertThat(Texts.blankToNull(null)).isNull();
        assertThat(Texts.blankToNull("")).isNull();
        assertThat(Texts.blankToNull(" \t\u3000")).isNull();
        assertThat(Texts.blankToNull("  Tổ dân phố 3 ")).isEqualTo("Tổ dân phố 3");
        assertThat(Texts.blankToNull("Hải")).isEqualTo("Hải");
    }
}
