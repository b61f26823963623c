package vn.ward57.common.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.ward57.common.error.InvalidInputException;

/** Files over the limit, empty or of a kind an office does not exchange are refused before anything is kept. */
class OfficeFilesTest {

    private final OfficeFiles files = new OfficeFiles(10);

    @Test
    void aFileOverTheLimitIsRefused() {
        assertThatThrownBy(() -> files.evidence("bien-ban.pdf", new ByteArrayInputStream(new byte[11]), "file"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("attachment.too-large");
    }

    @Test
    void anEmptyFileOrAnUnknownKindIsRefused() {
        assertThatThrownBy(() -> files.evidence("bien-ban.pdf", new ByteArrayInputStream(new byte[0]), "file"))
                .hasMessage("attachment.empty");
        assertThatThrownBy(() -> files.evidence("chay.exe", new ByteArrayInputStream(new byte[3]), "file"))
                .hasMessage("attachment.bad-type");
        assertThatThrownBy(() -> files.evidence("khong-duoi", new ByteArrayInputStream(new byte[3]), "file"))
                .hasMessage("attachment.bad-type");
    }

    @Test
    void aGoodFileIsKeptWithItsTypeAndDigest() {
        var upload = files.evidence("  Biên bản.PDF ", new ByteArrayInputStream("abc".getBytes(StandardCharsets.UTF_8)),
                "file");
        assertThat(upload.name()).isEqualTo("Biên bản.PDF");
        assertThat(upload.contentType()).isEqualTo("application/pdf");
        // SHA-256 of "abc" (FIPS 180-2, appendix B.1)
        assertThat(upload.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(OfficeFiles.name(null)).isEqualTo("tep");
        assertThat(OfficeFiles.name("x".repeat(400) + ".xlsx")).hasSize(300).endsWith(".xlsx");
    }
}
