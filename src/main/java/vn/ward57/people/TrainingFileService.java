package vn.ward57.people;

import java.io.InputStream;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.common.files.OfficeFiles;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.org.Ward;
import vn.ward57.org.WardService;
import vn.ward57.people.domain.TrainingFileRepository;

/**
 * Files kept with a training event (invitation, attendance sheet, photos, certificates), with their
 * SHA-256; refused over ward57.attachments.max-bytes or of a kind an office does not exchange.
 */
@Service
@Transactional(readOnly = true)
public class TrainingFileService {

    private final WardService wards;
    private final TrainingEventService events;
    private final TrainingFileRepository files;
    private final ApplicationEventPublisher publisher;
    private final OfficeFiles officeFiles;

    TrainingFileService(WardService wards, TrainingEventService events, TrainingFileRepository files,
                        ApplicationEventPublisher publisher, OfficeFiles officeFiles) {
        this.wards = wards;
        this.events = events;
        this.files = files;
        this.publisher = publisher;
        this.officeFiles = officeFiles;
    }

    /** A kept file with its content. */
    public record Download(TrainingFile info, byte[] content) {
    }

    @Transactional
    public TrainingFile attach(String wardCode, long eventId, String fileName, InputStream content) {
        Ward ward = events.enterable(wardCode);
        events.row(ward, eventId);
        if (content == null) {
            throw new InvalidInputException("attachment.required", "file");
        }
        OfficeFiles.Upload file = officeFiles.evidence(fileName, content, "file");
        long id = files.insert(new TrainingFileRepository.NewFile(ward.id().value(), eventId, file.name(),
                file.contentType(), file.bytes(), file.sha256(), CurrentActor.name()));
        TrainingFile kept = info(files.find(id).orElseThrow());
        publisher.publishEvent(ChangeRecorded.created("training_event_file", String.valueOf(id), ward.provinceId(),
                ward.id().value(), kept));
        return kept;
    }

    public List<TrainingFile> list(String wardCode, long eventId) {
        Ward ward = wards.get(wardCode);
        events.row(ward, eventId);
        return files.ofEvent(eventId).stream().map(TrainingFileService::info).toList();
    }

    public Download download(String wardCode, long eventId, long fileId) {
        Ward ward = wards.get(wardCode);
        events.row(ward, eventId);
        var info = files.find(fileId).filter(f -> f.trainingEventId() == eventId)
                .orElseThrow(() -> new NotFoundException("attachment.not-found", null, String.valueOf(fileId)));
        return new Download(info(info), files.content(fileId));
    }

    private static TrainingFile info(TrainingFileRepository.Info i) {
        return new TrainingFile(i.id(), i.trainingEventId(), i.fileName(), i.contentType(), i.sizeBytes(), i.sha256());
    }

}
