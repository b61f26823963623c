package vn.ward57.org;

/** Phường / xã, with the province it belongs to. */
public record Ward(WardId id, long provinceId, String provinceCode, String provinceName, String code, String name) {
}
