package vn.ward57.dossier;

import java.util.List;
import vn.ward57.common.table.RowError;
import vn.ward57.dossier.domain.DossierImportRunner;

/**
 * An import as the API shows it (issue 3's contract). errors holds at most the first
 * {@value vn.ward57.dossier.DossierImportService#MAX_ERRORS}; errorTotal says how many there were.
 * percentDone: how far a running import has read its file (null until known, and for XLSX). QUEUED: waiting
 * for the ward's earlier imports to end.
 */
public record DossierImportStatus(long id, String wardCode, String fileName, Status status, long rowsRead,
                                  long rowsInserted, long rowsUpdated, long rowsRejected, List<RowError> errors,
                                  long errorTotal, String message, Integer percentDone) {

    public enum Status { QUEUED, RUNNING, SUCCEEDED, FAILED }

    /** A finished import as its record was written from the outcome (no need to read it back). */
    static DossierImportStatus finished(long id, String wardCode, String fileName, DossierImportRunner.Outcome o) {
        return new DossierImportStatus(id, wardCode, fileName, o.written() ? Status.SUCCEEDED : Status.FAILED,
                o.rowsRead(), o.inserted(), o.updated(), o.rejected(), o.errors(), o.errorTotal(), o.message(),
                o.written() ? Integer.valueOf(100) : null);
    }
}
