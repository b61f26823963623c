package vn.ward57.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a person typed, read once for all forms: a free-text field, and a choice named by its code. */
class TextsTest {

    @Test
    void aBlankFieldIsNotGivenAndATypedOneLosesItsSurroundingSpaces() {
        assertThat(Texts.blankToNull(null)).isNull();
        assertThat(Texts.blankToNull("")).isNull();
        assertThat(Texts.blankToNull(" \t\u3000")).isNull();
        assertThat(Texts.blankToNull("  Tổ dân phố 3 ")).isEqualTo("Tổ dân phố 3");
        assertThat(Texts.blankToNull("Hải")).isEqualTo("Hải");
    }

    enum Light { RED, AMBER_LIGHT }

    @Test
    void aChoiceIsReadByItsCodeWhateverItsCaseAndNothingElseNamesOne() {
        assertThat(Texts.choice(Light.class, " red ")).isEqualTo(Light.RED);
        assertThat(Texts.choice(Light.class, "Amber_Light")).isEqualTo(Light.AMBER_LIGHT);
        assertThat(Texts.choice(Light.class, "amber-light")).isNull();
        assertThat(Texts.choice(Light.class, "")).isNull();
        assertThat(Texts.choice(Light.class, null)).isNull();
    }
}
