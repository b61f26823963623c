package vn.ward57.task;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.org.Ward;
import vn.ward57.org.WardId;

/** Files over the limit, empty or of a kind an office does not exchange are refused before anything is kept. */
class AttachmentsTest {

    private final Attachments attachments = new Attachments(null, 10);   // no repository: nothing may be written
    private final Ward ward = new Ward(new WardId(1), 1, "tinh", "Tỉnh", "phuong", "Phường");

    @Test
    void aFileOverTheLimitIsRefused() {
        assertThatThrownBy(() -> attachments.store(ward, null, "bien-ban.pdf",
                new ByteArrayInputStream(new byte[11]), "file"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("attachment.too-large");
    }

    @Test
    void anEmptyFileOrAnUnknownKindIsRefused() {
        assertThatThrownBy(() -> attachments.store(ward, null, "bien-ban.pdf", new ByteArrayInputStream(new byte[0]),
                "file")).hasMessage("attachment.empty");
        assertThatThrownBy(() -> attachments.store(ward, null, "chay.exe", new ByteArrayInputStream(new byte[3]),
                "file")).hasMessage("attachment.bad-type");
        assertThatThrownBy(() -> attachments.store(ward, null, "khong-duoi", new ByteArrayInputStream(new byte[3]),
                "file")).hasMessage("attachment.bad-type");
    }
}
