package vn.ward57.initiative;

import java.time.LocalDate;
import java.util.List;

/** A submitted initiative (sáng kiến) with its attachments' descriptions. */
public record Initiative(long id, long callId, String wardCode, String code, String title, String authors,
                         String unitCode, String unitName, String problem, String solution, String results,
                         LocalDate submittedOn, List<FileInfo> files) {

    /** Create or edit; unitCode optional (a unit of the ward). Checked by the service. */
    public record Form(String code, String title, String authors, String unitCode, String problem,
                       String solution, String results, LocalDate submittedOn) {
    }

    public record FileInfo(long id, String name, String contentType, int size, String sha256) {
    }
}
