package vn.ward57.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The national documents a directive's text names, found by their full number however it is spaced or cased. */
class NationalDocumentDatesTest {

    @Test
    void aFullNumberIsFoundWrittenAnyWayButNotInsideALongerOne() {
        assertThat(NationalDocumentDates.namedIn("Kế hoạch thực hiện Nghị quyết số 57 - nq/tw ngày 22/12/2024"))
                .extracting(KnownDocument::number, KnownDocument::issuedOn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("57-NQ/TW", LocalDate.of(2024, 12, 22)));
        assertThat(NationalDocumentDates.namedIn("Triển khai Kế hoạch 02-KH/BCĐTW của Ban Chỉ đạo Trung ương"))
                .extracting(KnownDocument::number).containsExactly("02-KH/BCĐTW");
        // 103/NQ-CP is not 03/NQ-CP; "Nghị quyết 57" without its type is not named in full
        assertThat(NationalDocumentDates.namedIn("Thực hiện Nghị quyết 103/NQ-CP và Nghị quyết 57")).isEmpty();
        assertThat(NationalDocumentDates.namedIn(null)).isEmpty();
    }
}
