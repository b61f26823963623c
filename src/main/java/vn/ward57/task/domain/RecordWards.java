package vn.ward57.task.domain;

import org.springframework.stereotype.Component;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.org.Ward;
import vn.ward57.org.WardId;
import vn.ward57.org.WardService;
import vn.ward57.task.domain.RecordWardRepository.Table;

/**
 * The ward of a record reached by its id, through the same read check as a {@code {wardCode}} path:
 * 404 (notFoundKey) for no such record, 403 for another ward's. The services' wardOf methods answer it.
 */
@Component
public class RecordWards {

    private final RecordWardRepository records;
    private final WardService wards;

    RecordWards(RecordWardRepository records, WardService wards) {
        this.records = records;
        this.wards = wards;
    }

    public Ward of(Table table, long id, String notFoundKey) {
        long wardId = records.wardOf(table, id).orElseThrow(() -> new NotFoundException(notFoundKey, null, id));
        return wards.get(new WardId(wardId));
    }
}
