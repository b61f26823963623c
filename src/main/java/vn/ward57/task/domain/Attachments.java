package vn.ward57.task.domain;

import java.io.InputStream;
import org.springframework.stereotype.Component;
import vn.ward57.common.files.OfficeFiles;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.org.Ward;

/**
 * Keeps an uploaded file (a directive's text, a task's evidence) with its SHA-256, refusing one over
 * the size limit or of a kind an office does not exchange. Callers check access and hold the transaction.
 */
@Component
public class Attachments {

    private final AttachmentRepository files;
    private final OfficeFiles officeFiles;

    Attachments(AttachmentRepository files, OfficeFiles officeFiles) {
        this.files = files;
        this.officeFiles = officeFiles;
    }

    /** Stores the file and answers its id; the field names the form field at fault. */
    public long store(Ward ward, Long directiveId, String fileName, InputStream content, String field) {
        OfficeFiles.Upload file = officeFiles.evidence(fileName, content, field);
        return files.insert(new AttachmentRepository.NewFile(ward.id().value(), directiveId, file.name(),
                file.contentType(), file.bytes(), file.sha256(), CurrentActor.name()));
    }
}
