package vn.ward57.common.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.ward57.common.Echo;
import vn.ward57.common.imports.domain.RegisterImportRepository;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.common.files.OfficeFiles;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.common.table.RowError;
import vn.ward57.common.web.Messages;
import vn.ward57.common.web.Uploads;

/**
 * Imports of register files (staff, training events, assets, certificates, teams, budget lines,
 * disbursements, breakthroughs, recommendations, digital citizens) in the background, like the dossier and
 * task imports: the request only checks the file's kind and size, moves it to a temporary file and queues
 * it behind the ward's earlier imports ({@link WardImportQueue}); the import reads the file as a stream
 * (row limit and cancel through {@link ImportRun}) and writes it all or nothing ({@link RegisterImportJobs}).
 * The caller checks the right to import before it starts one.
 */
@Service
public class RegisterImports {

    /** What an import of one register does with its file: reads and writes it, and says how many rows it wrote. */
    @FunctionalInterface
    public interface Job {
        long write(String fileName, Path file);
    }

    /** The most imports a ward's list shows. */
    static final int LISTED = 20;

    private final RegisterImportRepository imports;
    private final RegisterImportJobs jobs;
    private final WardImportQueue queue;
    private final JsonMapper json;
    private final Messages messages;
    private final long maxRows;
    private final long maxBytes;
    private final Map<Long, ImportRun> runs = new ConcurrentHashMap<>();

    RegisterImports(RegisterImportRepository imports, RegisterImportJobs jobs, WardImportQueue queue, JsonMapper json,
                    Messages messages, @Value("${ward57.imports.max-rows:100000}") long maxRows,
                    @Value("${ward57.imports.max-bytes:64MB}") DataSize maxBytes) {
        this.imports = imports;
        this.jobs = jobs;
        this.queue = queue;
        this.json = json;
        this.messages = messages;
        this.maxRows = maxRows;
        this.maxBytes = maxBytes.toBytes();
    }

    /**
     * Accepts the file and queues its import; successKey words the outcome with the rows written. The answer
     * says QUEUED (or already further). A missing file, a file that is not CSV or XLSX, or one over the size
     * limit is refused at once.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)    // committed before the job looks for it
    public RegisterImport start(long wardId, String kind, String successKey, MultipartFile file, Job job) {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("register.file-required", "file");
        }
        String name = OfficeFiles.name(file.getOriginalFilename());
        String lower = name.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".csv") && !lower.endsWith(".xlsx")) {
            throw new InvalidInputException("tablefile.bad-type", "file", Echo.cut(name, 100));
        }
        if (file.getSize() > maxBytes) {
            throw new InvalidInputException("tablefile.too-large", "file", maxBytes / (1024 * 1024));
        }
        Path copy = keep(file);
        long id = imports.queue(wardId, kind, name, CurrentActor.name());
        ImportRun run = new ImportRun(maxRows);
        runs.put(id, run);
        queue.submit(wardId, () -> {
            try {
                jobs.run(id, wardId, run, name, copy, successKey, job);
            } finally {
                runs.remove(id);
            }
        });
        return status(id);
    }

    /** The API's answer to a file accepted: 202, where to follow it, and its status. */
    public static ResponseEntity<RegisterImport> accepted(RegisterImport started) {
        return ResponseEntity.accepted().location(URI.create(started.location())).body(started);
    }

    /** The ward an import belongs to, for the caller's access check; empty when there is no such import. */
    public OptionalLong wardOf(long id) {
        return imports.find(id).map(r -> OptionalLong.of(r.wardId())).orElse(OptionalLong.empty());
    }

    public RegisterImport status(long id) {
        return describe(imports.find(id).orElseThrow(() -> new NotFoundException("import.register.not-found", null, id)));
    }

    /** The ward's latest imports, newest first. */
    public List<RegisterImport> ofWard(long wardId) {
        return imports.ofWard(wardId, LISTED).stream().map(this::describe).toList();
    }

    /** Stops a queued or running import; it then writes nothing. */
    public RegisterImport cancel(long id) {
        if (!imports.cancelQueued(id, messages.get("import.register.cancelled"))) {
            ImportRun run = runs.get(id);
            if (run != null) {
                run.cancel();
            }
        }
        return status(id);
    }

    @EventListener(ApplicationReadyEvent.class)
    void markInterrupted() {
        imports.markInterrupted(messages.get(Locale.forLanguageTag("vi"), "import.register.interrupted"));
    }

    private RegisterImport describe(RegisterImportRepository.Row row) {
        var status = RegisterImport.Status.valueOf(row.status());
        ImportRun run = runs.get(row.id());
        long read = status == RegisterImport.Status.RUNNING && run != null ? run.rows() : row.rowsRead();
        String message = switch (status) {
            case QUEUED -> messages.get("import.register.queued");
            case RUNNING -> run != null && run.isCancelled() ? messages.get("import.register.cancelling")
                    : messages.get(run != null && run.fileIsRead() ? "import.register.writing"
                            : "import.register.reading", read);
            default -> row.message();
        };
        List<RowError> errors = json.readValue(row.errors(), new TypeReference<List<RowError>>() { });
        return new RegisterImport(row.id(), row.kind(), row.fileName(), status, read, row.rowsImported(), errors,
                row.errorTotal(), message, row.startedBy(), vietnam(row.createdAt()), vietnam(row.finishedAt()));
    }

    private static java.time.OffsetDateTime vietnam(java.time.OffsetDateTime at) {
        return at == null ? null : at.atZoneSameInstant(vn.ward57.common.WardTime.ZONE).toOffsetDateTime();
    }

    /** The upload moved (not read) to a temporary file of ward57's, where the import reads it. */
    private static Path keep(MultipartFile file) {
        try {
            Path copy = Uploads.tempFile("register");
            try {
                file.transferTo(copy);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(copy);
                throw e;
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
