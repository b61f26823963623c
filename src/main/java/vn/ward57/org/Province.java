package vn.ward57.org;

/** Tỉnh / thành phố. */
public record Province(long id, String code, String name, int wardCount) {
}
