package vn.ward57.dossier;

/** The catalogue as seed 002 states it: in all, by level and by online level, and phi địa giới. */
public record ProcedureCounts(long total, long ward, long province, long central, long full, long partial,
                              long none, long nonResidence) {
}
