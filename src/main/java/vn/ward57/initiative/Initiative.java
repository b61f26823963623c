package vn.ward57.initiative;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import vn.ward57.common.Texts;

/** A submitted initiative (sáng kiến) with its attachments' descriptions. */
public record Initiative(long id, long callId, String wardCode, String code, String title, String authors,
                         String unitCode, String unitName, String problem, String solution, String results,
                         LocalDate submittedOn, List<FileInfo> files) {

    /**
     * Create or edit; unitCode optional (a unit of the ward; blank is none, so that the access rule sees the
     * same unit as the service). Checked by the service.
     */
    @Schema(name = "InitiativeForm")
    public record Form(String code, String title, String authors, String unitCode, String problem,
                       String solution, String results, LocalDate submittedOn) {

        public Form {
            unitCode = Texts.blankToNull(unitCode);
        }
    }

    @Schema(name = "InitiativeFileInfo")
    public record FileInfo(long id, String name, String contentType, int size, String sha256) {
    }

    /** A kept file with its content, to download. */
    public record StoredFile(String name, String contentType, byte[] content) {
    }
}
