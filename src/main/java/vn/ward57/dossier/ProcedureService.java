package vn.ward57.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.common.error.DatabaseConstraint;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.common.table.RowError;
import vn.ward57.common.web.Messages;
import vn.ward57.common.web.Uploads;
import vn.ward57.dossier.domain.ProcedureRepository;
import vn.ward57.dossier.imports.ProcedureCatalogueReader;
import vn.ward57.org.Ward;

/**
 * The ward's procedure catalogue: list, edit, import from the portal's list, and its counts. The catalogue is
 * the whole ward's (no procedure belongs to a unit): kept by its officers not limited to a unit, its leaders
 * and the province's admins (WardAccess.enterWardWide).
 */
@Service
@Transactional(readOnly = true)
public class ProcedureService {

    private final ProcedureRepository procedures;
    private final Messages messages;
    private final ApplicationEventPublisher events;

    ProcedureService(ProcedureRepository procedures, Messages messages, ApplicationEventPublisher events) {
        this.procedures = procedures;
        this.messages = messages;
        this.events = events;
    }

    public List<Procedure> list(Ward ward) {
        return procedures.findByWard(ward.id().value());
    }

    /** The catalogue's names by code, for a page that shows dossiers' procedure codes. */
    public ProcedureNames names(Ward ward) {
        return ProcedureNames.of(list(ward));
    }

    /**
     * The codes that dossiers received in the period name but the catalogue lacks, with their dossier
     * counts (most first): their figures by procedure have no name, level or online level behind them.
     */
    public List<UnknownProcedureCode> unknownCodes(Ward ward, java.time.LocalDate from, java.time.LocalDate to) {
        return procedures.unknownCodes(ward.id().value(), from, to);
    }

    public ProcedureCounts counts(Ward ward) {
        return procedures.counts(ward.id().value());
    }

    /** Procedures by level with the online ones (Phụ lục IV's table): CENTRAL, PROVINCE, WARD in that order. */
    public List<ProcedureLevelCount> byLevel(Ward ward) {
        return procedures.byLevel(ward.id().value());
    }

    @Transactional
    @PreAuthorize("@access.enterWardWide(#ward)")
    public Procedure save(Ward ward, String code, Procedure procedure) {
        if (!procedure.code().equals(code)) {
            throw new InvalidInputException("validation.code-fixed", "code");
        }
        var before = procedures.find(ward.id().value(), code);
        procedures.upsert(ward.id().value(), procedure);
        String key = ward.code() + "/" + code;
        events.publishEvent(before.isPresent()
                ? ChangeRecorded.updated("procedure", key, ward, before.get(), procedure)
                : ChangeRecorded.created("procedure", key, ward, procedure));
        return procedure;
    }

    @Transactional
    @PreAuthorize("@access.enterWardWide(#ward)")
    public void delete(Ward ward, String code) {
        Procedure existing = procedures.find(ward.id().value(), code)
                .orElseThrow(() -> new NotFoundException("procedure.not-found", null, code));
        DatabaseConstraint.check(() -> procedures.delete(ward.id().value(), code));
        events.publishEvent(ChangeRecorded.deleted("procedure", ward.code() + "/" + code, ward, existing));
    }

    /** The outcome of a catalogue import: all rows written, or none and every error. */
    public record CatalogueImport(long rowsRead, long inserted, long updated, List<RowError> errors,
                                  long errorTotal) {
    }

    @Transactional
    @PreAuthorize("@access.enterWardWide(#ward)")
    public CatalogueImport importCatalogue(Ward ward, InputStream content) {
        if (content == null) {
            throw new InvalidInputException("import.file-required", "file");
        }
        Path file = null;
        try {
            file = Uploads.tempFile("procedures");
            Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
            var result = new ProcedureCatalogueReader(messages).read(file);
            if (!result.errors().isEmpty()) {
                return new CatalogueImport(result.rowsRead(), 0, 0, result.errors(), result.errorTotal());
            }
            long inserted = 0;
            for (Procedure p : result.procedures()) {
                inserted += procedures.upsert(ward.id().value(), p) ? 1 : 0;
            }
            events.publishEvent(ChangeRecorded.created("procedure_import", ward.code(), ward,
                    java.util.Map.of("rows", result.rowsRead(), "inserted", inserted)));
            return new CatalogueImport(result.rowsRead(), inserted, result.procedures().size() - inserted, List.of(),
                    0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                file.toFile().delete();
            }
        }
    }
}
