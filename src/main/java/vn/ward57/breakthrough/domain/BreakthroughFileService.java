package vn.ward57.breakthrough.domain;

import java.io.InputStream;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.breakthrough.BreakthroughFile;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.common.files.OfficeFiles;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.org.Ward;

/**
 * Evidence of a model (decisions, minutes, photos): checked by OfficeFiles, kept with its SHA-256; kept and
 * removed by those who keep the models.
 */
@Service
@Transactional(readOnly = true)
public class BreakthroughFileService {

    private final Breakthroughs models;
    private final BreakthroughFileRepository files;
    private final OfficeFiles officeFiles;
    private final ApplicationEventPublisher events;

    BreakthroughFileService(Breakthroughs models, BreakthroughFileRepository files, OfficeFiles officeFiles,
                            ApplicationEventPublisher events) {
        this.models = models;
        this.files = files;
        this.officeFiles = officeFiles;
        this.events = events;
    }

    /** A kept file with its content. */
    public record Download(BreakthroughFile info, byte[] content) {
    }

    @Transactional
    @PreAuthorize("@access.enterWardWide(#ward)")
    public BreakthroughFile attach(Ward ward, long breakthroughId, String fileName, InputStream content) {
        models.get(ward, breakthroughId);
        if (content == null) {
            throw new InvalidInputException("attachment.required", "file");
        }
        OfficeFiles.Upload file = officeFiles.evidence(fileName, content, "file");
        long id = files.insert(ward.id().value(), breakthroughId, file.name(), file.contentType(), file.bytes(),
                file.sha256(), CurrentActor.name());
        BreakthroughFile kept = info(files.find(breakthroughId, id).orElseThrow());
        events.publishEvent(ChangeRecorded.created("breakthrough_file", String.valueOf(id), ward, kept));
        return kept;
    }

    public List<BreakthroughFile> list(Ward ward, long breakthroughId) {
        models.get(ward, breakthroughId);
        return files.ofModel(breakthroughId).stream().map(BreakthroughFileService::info).toList();
    }

    public Download download(Ward ward, long breakthroughId, long fileId) {
        models.get(ward, breakthroughId);
        BreakthroughFile info = find(breakthroughId, fileId);
        return new Download(info, files.content(fileId));
    }

    @Transactional
    @PreAuthorize("@access.enterWardWide(#ward)")
    public BreakthroughFile delete(Ward ward, long breakthroughId, long fileId) {
        models.get(ward, breakthroughId);
        BreakthroughFile before = find(breakthroughId, fileId);
        files.delete(fileId);
        events.publishEvent(ChangeRecorded.deleted("breakthrough_file", String.valueOf(fileId), ward, before));
        return before;
    }

    private BreakthroughFile find(long breakthroughId, long fileId) {
        return files.find(breakthroughId, fileId).map(BreakthroughFileService::info)
                .orElseThrow(() -> new NotFoundException("attachment.not-found", null, String.valueOf(fileId)));
    }

    private static BreakthroughFile info(BreakthroughFileRepository.Info i) {
        return new BreakthroughFile(i.id(), i.breakthroughId(), i.fileName(), i.contentType(), i.sizeBytes(),
                i.sha256(), i.uploadedBy(), i.uploadedAt());
    }
}
