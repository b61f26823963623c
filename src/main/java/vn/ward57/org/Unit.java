package vn.ward57.org;

/** Phòng, đơn vị of a ward (Văn phòng HĐND và UBND, Trung tâm PVHCC, Công an phường, …). */
public record Unit(UnitId id, WardId wardId, String code, String name) {
}
