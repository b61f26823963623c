package vn.ward57.dossier.domain;

import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.dossier.ImportProfile;
import vn.ward57.dossier.imports.ImportColumn;
import vn.ward57.org.Ward;

/**
 * The ward's named column mappings for exports of other layouts: list, save, delete. They serve the dossier
 * imports, so they are kept by those who import (WardAccess.enterWardWide).
 */
@Service
@Transactional(readOnly = true)
public class ImportProfileService {

    static final int MAX_HEADER = 200;
    static final int MAX_VALUES = 50;

    private final ImportProfileRepository profiles;
    private final ApplicationEventPublisher events;

    ImportProfileService(ImportProfileRepository profiles, ApplicationEventPublisher events) {
        this.profiles = profiles;
        this.events = events;
    }

    public List<ImportProfile> list(Ward ward) {
        return profiles.findByWard(ward.id().value());
    }

    public ImportProfile get(Ward ward, String name) {
        return profiles.find(ward.id().value(), name)
                .orElseThrow(() -> new NotFoundException("profile.not-found", null, name));
    }

    /** The profile an import names, refused as bad input (the "profile" parameter) when there is none. */
    public ImportProfile forImport(Ward ward, String name) {
        return profiles.find(ward.id().value(), name.strip())
                .orElseThrow(() -> new InvalidInputException("profile.not-found", "profile", name));
    }

    @Transactional
    @PreAuthorize("@access.enterWardWide(#ward)")
    public ImportProfile save(Ward ward, String name, ImportProfile profile) {
        if (!name.strip().equals(profile.name())) {
            throw new InvalidInputException("profile.name-fixed", "name");
        }
        check(profile);
        var before = profiles.find(ward.id().value(), profile.name());
        profiles.upsert(ward.id().value(), profile);
        String key = ward.code() + "/" + profile.name();
        events.publishEvent(before.isPresent()
                ? ChangeRecorded.updated("import_profile", key, ward, before.get(), profile)
                : ChangeRecorded.created("import_profile", key, ward, profile));
        return profile;
    }

    @Transactional
    @PreAuthorize("@access.enterWardWide(#ward)")
    public void delete(Ward ward, String name) {
        ImportProfile existing = profiles.find(ward.id().value(), name)
                .orElseThrow(() -> new NotFoundException("profile.not-found", null, name));
        profiles.delete(ward.id().value(), name);
        events.publishEvent(ChangeRecorded.deleted("import_profile", ward.code() + "/" + name, ward, existing));
    }

    /** What bean validation cannot say: known column names, headers, and a complete status rule. */
    private static void check(ImportProfile p) {
        for (Map.Entry<String, String> e : p.columns().entrySet()) {
            if (ImportColumn.forCanonical(e.getKey()).isEmpty()) {
                throw new InvalidInputException("profile.unknown-column", "columns." + e.getKey(), e.getKey());
            }
            header(e.getValue(), "columns." + e.getKey(), "profile.header-required", e.getKey());
        }
        if (p.statusColumn() == null && p.statusDateColumn() == null) {
            return;
        }
        header(p.statusColumn(), "statusColumn", "profile.status-column-required");
        if (p.statusDateColumn() != null) {     // without one, each status cell carries its date
            header(p.statusDateColumn(), "statusDateColumn", "profile.status-date-required");
        }
        if (p.columns().containsKey("resolved_at") || p.columns().containsKey("withdrawn_at")) {
            throw new InvalidInputException("profile.status-and-dates", "statusColumn");
        }
        if (p.resolvedValues().isEmpty() && p.withdrawnValues().isEmpty()) {
            throw new InvalidInputException("profile.status-values", "resolvedValues");
        }
        values(p.resolvedValues(), "resolvedValues");
        values(p.withdrawnValues(), "withdrawnValues");
    }

    private static void header(String header, String field, String missingKey, Object... args) {
        if (header == null || header.isBlank()) {
            throw new InvalidInputException(missingKey, field, args);
        }
        if (header.length() > MAX_HEADER) {
            throw new InvalidInputException("profile.header-too-long", field, header.substring(0, 40) + "…", MAX_HEADER);
        }
    }

    private static void values(List<String> values, String field) {
        if (values.size() > MAX_VALUES) {
            throw new InvalidInputException("profile.too-many-values", field, MAX_VALUES);
        }
        for (String v : values) {
            header(v, field, "profile.status-value-empty");
        }
    }
}
