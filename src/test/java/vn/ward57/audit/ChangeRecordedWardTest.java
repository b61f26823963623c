package vn.ward57.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.org.Ward;
import vn.ward57.org.WardId;

/** A ward's change is filed under the ward and its province, given the Ward itself. */
class ChangeRecordedWardTest {

    private final Ward anHai = new Ward(new WardId(7), 3, "da-nang", "Đà Nẵng", "an-hai", "An Hải");

    @Test
    void theWardGivesItsKeyAndProvince() {
        ChangeRecorded created = ChangeRecorded.created("unit", "an-hai/vp", anHai, "after");
        ChangeRecorded updated = ChangeRecorded.updated("unit", "an-hai/vp", anHai, "before", "after");
        ChangeRecorded deleted = ChangeRecorded.deleted("unit", "an-hai/vp", anHai, "before");

        assertThat(created).isEqualTo(new ChangeRecorded("unit", "an-hai/vp", ChangeRecorded.Action.CREATE, 3L, 7L,
                null, "after"));
        assertThat(updated).isEqualTo(new ChangeRecorded("unit", "an-hai/vp", ChangeRecorded.Action.UPDATE, 3L, 7L,
                "before", "after"));
        assertThat(deleted).isEqualTo(new ChangeRecorded("unit", "an-hai/vp", ChangeRecorded.Action.DELETE, 3L, 7L,
                "before", null));
    }
}
