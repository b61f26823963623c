package vn.ward57.org;

import vn.ward57.common.audit.AuditedWard;

/** Phường / xã, with the province it belongs to. */
public record Ward(WardId id, long provinceId, String provinceCode, String provinceName, String code, String name)
        implements AuditedWard {

    @Override
    public long wardKey() {
        return id.value();
    }
}
