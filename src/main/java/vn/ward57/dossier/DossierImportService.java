package vn.ward57.dossier;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.common.web.Messages;
import vn.ward57.dossier.DossierImportStatus.Status;
import vn.ward57.dossier.domain.DossierImportRepository;
import vn.ward57.dossier.domain.DossierImportRepository.ImportRow;
import vn.ward57.dossier.imports.ImportError;
import vn.ward57.org.OrgLookup;
import vn.ward57.org.Ward;
import vn.ward57.org.WardId;
import vn.ward57.org.WardService;

/**
 * Imports of one-stop system exports: each runs in the background (two at a time), reports its
 * progress, can be cancelled, and is recorded with file name, checksum, who, when and counts.
 */
@Service
public class DossierImportService {

    public static final int MAX_ERRORS = vn.ward57.common.table.RowError.LISTED;
    private static final Logger log = LoggerFactory.getLogger(DossierImportService.class);

    private final WardService wards;
    private final OrgLookup org;
    private final DossierImportRepository imports;
    private final DossierImportRunner runner;
    private final ImportProfileService profiles;
    private final JsonMapper json;
    private final Messages messages;
    private final ApplicationEventPublisher events;
    private final ExecutorService workers = Executors.newFixedThreadPool(2,
            Thread.ofPlatform().name("dossier-import-", 1).factory());
    private final Map<Long, AtomicBoolean> cancels = new ConcurrentHashMap<>();
    /**
     * Where each running import stands. Kept here, not in its row: the import's own transaction
     * would hide an update of the row from everyone else until the end.
     */
    private final Map<Long, Progress> progress = new ConcurrentHashMap<>();

    private record Progress(long rowsRead, Integer percent) {
    }

    DossierImportService(WardService wards, OrgLookup org, DossierImportRepository imports,
                         DossierImportRunner runner, ImportProfileService profiles, JsonMapper json, Messages messages,
                         ApplicationEventPublisher events) {
        this.wards = wards;
        this.org = org;
        this.imports = imports;
        this.runner = runner;
        this.profiles = profiles;
        this.json = json;
        this.messages = messages;
        this.events = events;
    }

    /**
     * Saves the upload, records the import and starts it; the answer says RUNNING. With a profile
     * name the file's columns are read by that saved mapping.
     */
    public DossierImportStatus start(String wardCode, String fileName, InputStream content, String profileName,
                                     boolean skipInvalid) {
        Ward ward = wards.get(wardCode);
        CurrentActor.requireEnterData(ward.provinceCode(), ward.code());
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
            events.publishEvent(ChangeRecorded.created("dossier_import", String.valueOf(id), ward.provinceId(),
                    ward.id().value(), Map.of("fileName", name, "checksum", upload.checksum(),
                            "skipInvalid", skipInvalid)));
            AtomicBoolean cancel = new AtomicBoolean();
            cancels.put(id, cancel);
            workers.submit(() -> run(id, ward.id().value(), upload.file(), profile, skipInvalid, cancel));
            return status(id);
        } catch (RuntimeException e) {
            delete(upload.file());
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

    public DossierImportStatus status(long id) {
        ImportRow row = imports.find(id).orElseThrow(() -> new NotFoundException("import.not-found", null, id));
        Ward ward = org.ward(new WardId(row.wardId())).orElseThrow();
        CurrentActor.requireReadWard(ward.provinceCode(), ward.code());
        return describe(row, ward);
    }

    public List<DossierImportStatus> recent(String wardCode) {
        Ward ward = wards.get(wardCode);
        return imports.recent(ward.id().value(), 20).stream().map(r -> describe(r, ward)).toList();
    }

    /** Asks a running import to stop; it rolls back everything it did. */
    public DossierImportStatus cancel(long id) {
        DossierImportStatus current = status(id);
        Ward ward = wards.get(current.wardCode());
        CurrentActor.requireEnterData(ward.provinceCode(), ward.code());
        AtomicBoolean flag = cancels.get(id);
        if (flag != null) {
            flag.set(true);
        }
        return current;
    }

    @EventListener(ApplicationReadyEvent.class)
    void markInterrupted() {
        int n = imports.markInterrupted(messages.get("import.interrupted"));
        if (n > 0) {
            log.warn("{} lần nhập hồ sơ bị dừng giữa chừng khi ứng dụng tắt; dữ liệu của chúng không được ghi", n);
        }
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    private void run(long id, long wardId, Path file, ImportProfile profile, boolean skipInvalid,
                     AtomicBoolean cancel) {
        try {
            runner.run(id, wardId, file, profile, skipInvalid, cancel::get,
                    (read, percent) -> progress.put(id, new Progress(read, percent)));
        } catch (RuntimeException e) {
            log.error("Nhập hồ sơ {} thất bại", id, e);
            imports.finish(id, "FAILED", 0, 0, 0, 0, 0, "[]", messages.get("import.unreadable"));
        } finally {
            cancels.remove(id);
            progress.remove(id);
            delete(file);
        }
    }

    private DossierImportStatus describe(ImportRow row, Ward ward) {
        List<ImportError> errors = json.readValue(row.errors(), new TypeReference<List<ImportError>>() { });
        Status status = Status.valueOf(row.status());
        Progress now = status == Status.RUNNING ? progress.get(row.id()) : null;
        return new DossierImportStatus(row.id(), ward.code(), row.fileName(), status,
                now == null ? row.rowsRead() : now.rowsRead(), row.rowsInserted(), row.rowsUpdated(),
                row.rowsRejected(), errors, row.errorTotal(), row.message(),
                status == Status.SUCCEEDED ? Integer.valueOf(100) : now == null ? null : now.percent());
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Không xóa được tệp tạm {}", file, e);
            }
        }
    }
}
