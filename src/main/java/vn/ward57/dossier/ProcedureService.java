package vn.ward57.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.common.error.DatabaseConstraint;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.common.table.RowError;
import vn.ward57.common.web.Messages;
import vn.ward57.common.web.Uploads;
import vn.ward57.dossier.domain.ProcedureRepository;
import vn.ward57.dossier.imports.ProcedureCatalogueReader;
import vn.ward57.org.Ward;
import vn.ward57.org.WardService;

/** The ward's procedure catalogue: list, edit, import from the portal's list, and its counts. */
@Service
@Transactional(readOnly = true)
public class ProcedureService {

    private final WardService wards;
    private final ProcedureRepository procedures;
    private final Messages messages;
    private final ApplicationEventPublisher events;

    ProcedureService(WardService wards, ProcedureRepository procedures, Messages messages,
                     ApplicationEventPublisher events) {
        this.wards = wards;
        this.procedures = procedures;
        this.messages = messages;
        this.events = events;
    }

    public List<Procedure> list(String wardCode) {
        return procedures.findByWard(wards.get(wardCode).id().value());
    }

    /**
     * The codes that dossiers received in the period name but the catalogue lacks, with their dossier
     * counts (most first): their figures by procedure have no name, level or online level behind them.
     */
    public List<UnknownProcedureCode> unknownCodes(String wardCode, java.time.LocalDate from,
                                                  java.time.LocalDate to) {
        return procedures.unknownCodes(wards.get(wardCode).id().value(), from, to);
    }

    public ProcedureCounts counts(String wardCode) {
        return procedures.counts(wards.get(wardCode).id().value());
    }

    /** Procedures by level with the online ones (Phụ lục IV's table): CENTRAL, PROVINCE, WARD in that order. */
    public List<ProcedureLevelCount> byLevel(String wardCode) {
        return procedures.byLevel(wards.get(wardCode).id().value());
    }

    @Transactional
    public Procedure save(String wardCode, String code, Procedure procedure) {
        Ward ward = writable(wardCode);
        if (!procedure.code().equals(code)) {
            throw new InvalidInputException("validation.code-fixed", "code");
        }
        var before = procedures.find(ward.id().value(), code);
        procedures.upsert(ward.id().value(), procedure);
        String key = wardCode + "/" + code;
        events.publishEvent(before.isPresent()
                ? ChangeRecorded.updated("procedure", key, ward.provinceId(), ward.id().value(), before.get(), procedure)
                : ChangeRecorded.created("procedure", key, ward.provinceId(), ward.id().value(), procedure));
        return procedure;
    }

    @Transactional
    public void delete(String wardCode, String code) {
        Ward ward = writable(wardCode);
        Procedure existing = procedures.find(ward.id().value(), code)
                .orElseThrow(() -> new NotFoundException("procedure.not-found", null, code));
        DatabaseConstraint.check(() -> procedures.delete(ward.id().value(), code));
        events.publishEvent(ChangeRecorded.deleted("procedure", wardCode + "/" + code, ward.provinceId(),
                ward.id().value(), existing));
    }

    /** The outcome of a catalogue import: all rows written, or none and every error. */
    public record CatalogueImport(long rowsRead, long inserted, long updated, List<RowError> errors,
                                  long errorTotal) {
    }

    @Transactional
    public CatalogueImport importCatalogue(String wardCode, InputStream content) {
        Ward ward = writable(wardCode);
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
            events.publishEvent(ChangeRecorded.created("procedure_import", wardCode, ward.provinceId(),
                    ward.id().value(), java.util.Map.of("rows", result.rowsRead(), "inserted", inserted)));
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

    private Ward writable(String wardCode) {
        Ward ward = wards.get(wardCode);
        CurrentActor.requireEnterData(ward.provinceCode(), ward.code());
        return ward;
    }
}
