package vn.ward57.asset;

/**
 * An entry of the equipment register: what, how many, where (a unit and/or a residential group,
 * by code and name) and in what condition.
 */
public record Asset(long id, String wardCode, AssetKind kind, String name, String unit, String unitName,
                    String group, String groupName, String location, int quantity, Integer acquiredYear,
                    AssetCondition condition, String note) {
}
