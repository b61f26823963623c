package vn.ward57.asset;

import java.time.LocalDate;

/**
 * An entry of the equipment register: what, how many, where (a unit and/or a residential group,
 * by code and name), in what condition, and when it was installed and removed (null: not recorded,
 * not removed); the figures as of a day count it from its installation to the day before its removal.
 * version: raised by every change (the API's ETag, the edit form's hidden field).
 */
public record Asset(long id, String wardCode, AssetKind kind, String name, String unit, String unitName,
                    String group, String groupName, String location, int quantity, Integer acquiredYear,
                    LocalDate installedOn, LocalDate removedOn, AssetCondition condition, String note, long version) {
}
