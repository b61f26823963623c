package vn.ward57.dossier;

/** One level of the catalogue (CENTRAL, PROVINCE, WARD): procedures, and those offered fully or partly online (Phụ lục IV). */
public record ProcedureLevelCount(String level, long total, long full, long partial) {
}
