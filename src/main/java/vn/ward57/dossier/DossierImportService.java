package vn.ward57.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.common.table.RowError;
import vn.ward57.common.web.Messages;
import vn.ward57.dossier.DossierImportStatus.Status;
import vn.ward57.dossier.domain.DossierImportJobs;
import vn.ward57.dossier.domain.DossierImportRepository.ImportRow;
import vn.ward57.dossier.domain.DossierImportRepository;
import vn.ward57.dossier.domain.DossierImportRunner;
import vn.ward57.dossier.domain.ImportProfileService;
import vn.ward57.dossier.domain.Upload;
import vn.ward57.org.Ward;
import vn.ward57.org.WardId;
import vn.ward57.org.WardService;

/**
 * Imports of one-stop system exports: each runs in the background after the ward's earlier imports
 * ({@link DossierImportJobs}), reports its progress, can be cancelled, and is recorded with file name,
 * checksum, who, when and counts. Importing (and cancelling) is whole-ward work, the dossiers belonging to
 * no unit: the ward's officers not limited to a unit, its leaders, the province's admins
 * (WardAccess.enterWardWide), checked here as the request asks, never in the job.
 */
@Service
public class DossierImportService {

    public static final int MAX_ERRORS = vn.ward57.common.table.RowError.LISTED;
    private static final Logger log = LoggerFactory.getLogger(DossierImportService.class);

    private final WardService wards;
    private final DossierImportRepository imports;
    private final DossierImportRunner runner;
    private final DossierImportJobs jobs;
    private final ImportProfileService profiles;
    private final JsonMapper json;
    private final Messages messages;
    private final ApplicationEventPublisher events;

    DossierImportService(WardService wards, DossierImportRepository imports,
                         DossierImportRunner runner, DossierImportJobs jobs, ImportProfileService profiles,
                         JsonMapper json, Messages messages, ApplicationEventPublisher events) {
        this.wards = wards;
        this.imports = imports;
        this.runner = runner;
        this.jobs = jobs;
        this.profiles = profiles;
        this.json = json;
        this.messages = messages;
        this.events = events;
    }

    /**
     * Saves the upload, records the import and queues it; the answer says QUEUED (or already further).
     * With a profile name the file's columns are read by that saved mapping.
     */
    @PreAuthorize("@access.enterWardWide(#ward)")
    public DossierImportStatus start(Ward ward, String fileName, InputStream content, String profileName,
                                     boolean skipInvalid) {
        return start(ward, fileName, content, profileName, skipInvalid, (read, percent) -> { });
    }

    /** tap is told the progress as the import reports it, in its thread (tests hold or break it there). */
    @PreAuthorize("@access.enterWardWide(#ward)")
    DossierImportStatus start(Ward ward, String fileName, InputStream content, String profileName,
                              boolean skipInvalid, DossierImportRunner.Progress tap) {
        ImportProfile profile = profileName == null || profileName.isBlank() ? null
                : profiles.forImport(ward, profileName);
        if (content == null) {
            throw new InvalidInputException("import.file-required", "file");
        }
        Upload upload;
        try {
            upload = Upload.save(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            String name = fileName == null || fileName.isBlank() ? "tệp tải lên" : fileName.strip();
            long id = imports.start(ward.id().value(), name.length() <= 300 ? name : name.substring(0, 300),
                    upload.checksum(), upload.size(), CurrentActor.name(), skipInvalid);
            events.publishEvent(ChangeRecorded.created("dossier_import", String.valueOf(id), ward,
                    Map.of("fileName", name, "checksum", upload.checksum(),
                            "skipInvalid", skipInvalid)));
            jobs.submit(id, ward.id().value(), upload.file(), profile, skipInvalid, tap);
            return status(ward, id);
        } catch (RuntimeException e) {
            DossierImportJobs.delete(upload.file());
            throw e;
        }
    }

    /**
     * An import made by the system itself (demo data, benchmark), not by a user: no access check,
     * runs in the calling thread and answers when done. The file is left where it is.
     */
    public DossierImportStatus importAsSystem(String wardCode, Path file) throws IOException {
        String name = file.getFileName().toString();
        var done = runner.runUnwatched(wardCode, name, Files.size(file), file);
        return DossierImportStatus.finished(done.id(), wardCode, name, done.outcome());
    }

    /** The ward of an import, if the user may read it: 404 for no such import, 403 for another ward's. */
    public Ward wardOf(long id) {
        return wards.get(new WardId(imports.wardOf(id)
                .orElseThrow(() -> new NotFoundException("import.not-found", null, id))));
    }

    public DossierImportStatus status(Ward ward, long id) {
        return describe(imports.find(ward.id().value(), id)
                .orElseThrow(() -> new NotFoundException("import.not-found", null, id)), ward);
    }

    public List<DossierImportStatus> recent(Ward ward) {
        return imports.recent(ward.id().value(), 20).stream().map(r -> describe(r, ward)).toList();
    }

    /** Asks a queued or running import to stop; it rolls back everything it did. */
    @PreAuthorize("@access.enterWardWide(#ward)")
    public DossierImportStatus cancel(Ward ward, long id) {
        DossierImportStatus current = status(ward, id);
        jobs.cancel(id);
        return current;
    }

    @EventListener(ApplicationReadyEvent.class)
    void markInterrupted() {
        int n = imports.markInterrupted(messages.get("import.interrupted"));
        if (n > 0) {
            log.warn("{} lần nhập hồ sơ bị dừng giữa chừng khi ứng dụng tắt; dữ liệu của chúng không được ghi", n);
        }
    }

    private DossierImportStatus describe(ImportRow row, Ward ward) {
        List<RowError> errors = json.readValue(row.errors(), new TypeReference<List<RowError>>() { });
        Status status = Status.valueOf(row.status());
        if (status == Status.RUNNING && jobs.waiting(row.id())) {
            return new DossierImportStatus(row.id(), ward.code(), row.fileName(), Status.QUEUED, 0, 0, 0, 0, errors,
                    0, messages.get("import.queued"), 0);
        }
        DossierImportJobs.Read now = status == Status.RUNNING ? jobs.progress(row.id()) : null;
        return new DossierImportStatus(row.id(), ward.code(), row.fileName(), status,
                now == null ? row.rowsRead() : now.rowsRead(), row.rowsInserted(), row.rowsUpdated(),
                row.rowsRejected(), errors, row.errorTotal(), row.message(),
                status == Status.SUCCEEDED ? Integer.valueOf(100) : now == null ? null : now.percent());
    }
}
