package vn.ward57.common.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ward57.common.audit.AuditedWard;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.common.audit.RecordVersions;
import vn.ward57.common.error.StaleVersionException;

/** The steps of a change, each once: the version read checked, a lost write refused, the audit event published. */
class VersionedRecordsTest {

    record Line(String name, long version) {
    }

    /** Ward 5 of province 2. */
    record Ward(long provinceId, long wardKey) implements AuditedWard {
    }

    private static final Ward WARD = new Ward(2, 5);

    private final RecordVersions versions = mock(RecordVersions.class);
    private final List<Object> published = new ArrayList<>();
    private final VersionedRecords.Kind<Line> lines = new VersionedRecords(versions, published::add)
            .of("line", Line::version);

    @Test
    void theVersionReadIsCheckedAgainstTheRecordsOwn() {
        Line now = new Line("b", 4);
        StaleVersionException stale = new StaleVersionException("error.stale-version-unknown", 4L, null, null, now);
        doThrow(stale).when(versions).check("line", "7", 3L, 4L, now);
        assertThatThrownBy(() -> lines.checked(7, 3L, now)).isSameAs(stale);
        assertThat(lines.checked(7, null, now)).isSameAs(now);
        verify(versions).check("line", "7", null, 4L, now);
    }

    @Test
    void aVersionReadOfARecordThatIsNotThereIsCheckedAgainstNone() {
        StaleVersionException stale = new StaleVersionException("error.stale-version-unknown", null, null, null, null);
        doThrow(stale).when(versions).check("line", "7", 3L, null, null);
        assertThatThrownBy(() -> lines.checked(7, 3L, null)).isSameAs(stale);
        assertThat(lines.checked(7, null, null)).isNull();
        verify(versions).check("line", "7", null, null, null);
    }

    @Test
    void aWriteThatFoundNoRowIsRefusedAsStale() {
        StaleVersionException stale = new StaleVersionException("error.stale-version-unknown", null, null, null, null);
        when(versions.stale(eq("line"), eq("7"), any(), any())).thenReturn(stale);
        lines.written(7, true);
        assertThatThrownBy(() -> lines.written(7, false)).isSameAs(stale);
    }

    @Test
    void eachChangeIsPublishedWithItsWardAndStates() {
        Line a = new Line("a", 0);
        Line b = new Line("b", 1);
        assertThat(lines.created(WARD, 7, a)).isSameAs(a);
        assertThat(lines.updated(WARD, 7, a, b)).isSameAs(b);
        assertThat(lines.deleted(WARD, 7, b)).isSameAs(b);
        assertThat(published).containsExactly(ChangeRecorded.created("line", "7", 2L, 5L, a),
                ChangeRecorded.updated("line", "7", 2L, 5L, a, b), ChangeRecorded.deleted("line", "7", 2L, 5L, b));
    }

    @Test
    void aRecordWithoutVersionHasNoneToCheck() {
        VersionedRecords.Kind<Line> log = new VersionedRecords(versions, published::add).unversioned("log");
        assertThatThrownBy(() -> log.checked(1, 0L, new Line("a", 0))).isInstanceOf(IllegalStateException.class);
        log.created(WARD, 1, new Line("a", 0));
        assertThat(published).containsExactly(ChangeRecorded.created("log", "1", 2L, 5L, new Line("a", 0)));
    }
}
