package vn.ward57.org;

/** Tổ dân phố / thôn; households is null when not known. */
public record ResidentialGroup(long id, WardId wardId, String code, String name, Integer households) {
}
