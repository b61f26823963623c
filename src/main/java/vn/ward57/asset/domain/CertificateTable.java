package vn.ward57.asset.domain;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import vn.ward57.asset.CertificateFilter;
import vn.ward57.asset.CertificateForm;
import vn.ward57.asset.CertificateIssue;
import vn.ward57.common.WardTime;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.common.imports.RegisterImport;
import vn.ward57.common.imports.RegisterImports;
import vn.ward57.common.table.TableColumn;
import vn.ward57.common.table.TableData;
import vn.ward57.common.table.TableImport;
import vn.ward57.common.web.Messages;
import vn.ward57.org.Ward;

/** The certificates register as a CSV/XLSX file: imported all or nothing, exported with the same headers. */
@Service
@Transactional(readOnly = true)
public class CertificateTable {

    /** The file offered beside the certificate import's form, from the columns it matches. */
    @org.springframework.context.annotation.Bean
    static vn.ward57.common.table.ImportTemplate certificateImportTemplate() {
        return vn.ward57.common.table.ImportTemplate.of("mau-chung-thu-so", COLUMNS);
    }

    static final TableColumn ISSUED_ON = TableColumn.required("Ngày cấp", 30, "Ngày", "issued on");
    static final TableColumn KIND = TableColumn.required("Loại", 100, "kind");
    static final TableColumn HOLDER = TableColumn.required("Cấp cho", 100, "Đối tượng", "holder");
    static final TableColumn ACTION = TableColumn.required("Hình thức", 100, "action");
    static final TableColumn HOLDER_NAME = TableColumn.optional("Tên cơ quan, cá nhân", CertificateRules.MAX_HOLDER_NAME,
            "holder name");
    static final TableColumn QUANTITY = TableColumn.required("Số lượng", 20, "quantity");
    static final TableColumn DOCUMENT = TableColumn.optional("Văn bản", CertificateRules.MAX_DOCUMENT, "Số văn bản",
            "document");
    static final TableColumn NOTE = TableColumn.optional("Ghi chú", CertificateRules.MAX_NOTE, "note");
    static final List<TableColumn> COLUMNS = List.of(ISSUED_ON, KIND, HOLDER, ACTION, HOLDER_NAME, QUANTITY, DOCUMENT,
            NOTE);
    private static final Map<String, TableColumn> BY_FIELD = Map.of("issuedOn", ISSUED_ON, "kind", KIND,
            "holder", HOLDER, "action", ACTION, "holderName", HOLDER_NAME, "quantity", QUANTITY,
            "document", DOCUMENT, "note", NOTE);

    private final CertificateService service;
    private final CertificateRepository issues;
    private final Messages messages;
    private final RegisterImports imports;
    private final ApplicationEventPublisher events;

    CertificateTable(CertificateService service, CertificateRepository issues, Messages messages,
                     ApplicationEventPublisher events, RegisterImports imports) {
        this.imports = imports;
        this.service = service;
        this.issues = issues;
        this.messages = messages;
        this.events = events;
    }

    /**
     * Accepts the file and queues its import (in the background, after the ward's earlier imports): every
     * row written, or none when any cell is at fault (each listed in the import's status).
     */
    @PreAuthorize("@access.enterWardWide(#ward)")
    public RegisterImport importFile(Ward ward, MultipartFile file) {
        return imports.start(ward.id().value(), "certificate", "certificate.imported", file, (name, path) -> write(ward, name, path));
    }

    private long write(Ward ward, String fileName, Path content) {
        var today = WardTime.today();
        List<CertificateRepository.Values> rows = TableImport.rows(fileName, content, COLUMNS, messages, row -> {
            CertificateForm form = new CertificateForm(row.text(ISSUED_ON), row.text(KIND), row.text(HOLDER),
                    row.text(ACTION), row.text(HOLDER_NAME), Cells.integer(row, QUANTITY), row.text(DOCUMENT),
                    row.text(NOTE));
            CertificateRules.Checked checked = CertificateRules.check(form, today);
            Cells.place(row, checked.faults(), BY_FIELD);
            return checked.values();
        });
        issues.insertAll(ward.id().value(), rows);
        events.publishEvent(ChangeRecorded.created("certificate_import", String.valueOf(fileName),
                ward, Map.of("file", String.valueOf(fileName), "rows", rows.size())));
        return rows.size();
    }

    /** The list as filtered, with kinds, holders and actions by their labels. */
    public TableData export(Ward ward, CertificateFilter filter) {
        List<List<Object>> rows = new ArrayList<>();
        for (CertificateIssue c : service.list(ward, filter)) {
            rows.add(Arrays.asList(c.issuedOn(), c.kind().label(), c.holder().label(), c.action().label(),
                    c.holderName(), c.quantity(), c.document(), c.note()));
        }
        return new TableData("chung-thu-so-" + ward.code(), COLUMNS.stream().map(TableColumn::header).toList(), rows);
    }
}
