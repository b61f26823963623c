package vn.ward57.dossier;

/** A procedure code that dossiers name but the ward's catalogue lacks, with how many dossiers name it. */
public record UnknownProcedureCode(String code, long dossiers) {
}
