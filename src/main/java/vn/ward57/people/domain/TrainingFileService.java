package vn.ward57.people.domain;

import java.io.InputStream;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.database.VersionedRecords;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.common.files.OfficeFiles;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.org.Ward;
import vn.ward57.people.TrainingFile;

/**
 * Files kept with a training event (invitation, attendance sheet, photos, certificates), with their
 * SHA-256; refused over ward57.attachments.max-bytes or of a kind an office does not exchange.
 */
@Service
@Transactional(readOnly = true)
public class TrainingFileService {

    private final TrainingEventService events;
    private final TrainingFileRepository files;
    private final VersionedRecords.Kind<TrainingFile> records;
    private final OfficeFiles officeFiles;

    TrainingFileService(TrainingEventService events, TrainingFileRepository files, VersionedRecords versioned,
                        OfficeFiles officeFiles) {
        this.events = events;
        this.files = files;
        this.records = versioned.unversioned("training_event_file");
        this.officeFiles = officeFiles;
    }

    /** A kept file with its content. */
    public record Download(TrainingFile info, byte[] content) {
    }

    @Transactional
    @PreAuthorize("@access.enterData(#ward)")
    public TrainingFile attach(Ward ward, long eventId, String fileName, InputStream content) {
        events.row(ward, eventId);
        if (content == null) {
            throw new InvalidInputException("attachment.required", "file");
        }
        OfficeFiles.Upload file = officeFiles.evidence(fileName, content, "file");
        long id = files.insert(new TrainingFileRepository.NewFile(ward.id().value(), eventId, file.name(),
                file.contentType(), file.bytes(), file.sha256(), CurrentActor.name()));
        return records.created(ward, id, info(files.find(id).orElseThrow()));
    }

    public List<TrainingFile> list(Ward ward, long eventId) {
        events.row(ward, eventId);
        return files.ofEvent(eventId).stream().map(TrainingFileService::info).toList();
    }

    public Download download(Ward ward, long eventId, long fileId) {
        events.row(ward, eventId);
        var info = files.find(fileId).filter(f -> f.trainingEventId() == eventId)
                .orElseThrow(() -> new NotFoundException("attachment.not-found", null, String.valueOf(fileId)));
        return new Download(info(info), files.content(fileId));
    }

    private static TrainingFile info(TrainingFileRepository.Info i) {
        return new TrainingFile(i.id(), i.trainingEventId(), i.fileName(), i.contentType(), i.sizeBytes(), i.sha256());
    }

}
