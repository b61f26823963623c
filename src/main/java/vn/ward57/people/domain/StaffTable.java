package vn.ward57.people.domain;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import vn.ward57.common.VietnameseFormat;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.common.imports.RegisterImport;
import vn.ward57.common.imports.RegisterImports;
import vn.ward57.common.table.TableColumn;
import vn.ward57.common.table.TableData;
import vn.ward57.common.table.TableImport;
import vn.ward57.common.table.TableRow;
import vn.ward57.common.web.Messages;
import vn.ward57.org.OrgLookup;
import vn.ward57.org.Unit;
import vn.ward57.org.Ward;

/**
 * The staff list as a file: exported with Vietnamese headers, imported all or nothing in the background
 * (every faulty cell listed, nothing written). A unit is written by its name and read by its name or code.
 */
@Service
@Transactional(readOnly = true)
public class StaffTable {

    /** The file offered beside the staff import's form, from the columns it matches. */
    @org.springframework.context.annotation.Bean
    static vn.ward57.common.table.ImportTemplate staffImportTemplate() {
        return vn.ward57.common.table.ImportTemplate.of("mau-can-bo", COLUMNS);
    }

    static final TableColumn NAME = TableColumn.required("Họ và tên", 200, "Họ tên", "fullName");
    static final TableColumn UNIT = TableColumn.required("Đơn vị", 200, "Mã đơn vị", "unit");
    static final TableColumn POSITION = TableColumn.optional("Chức vụ", 200, "position");
    static final TableColumn FROM = TableColumn.required("Ngày bắt đầu công tác", 30, "Từ ngày", "inPostFrom");
    static final TableColumn TO = TableColumn.optional("Ngày thôi công tác", 30, "Đến ngày", "inPostTo");
    static final TableColumn NOTE = TableColumn.optional("Ghi chú", 1000, "note");
    static final List<TableColumn> COLUMNS = List.of(NAME, UNIT, POSITION, FROM, TO, NOTE);
    /** Rows written per statement. */
    public static final int BATCH = 1_000;

    private final StaffService service;
    private final OrgLookup org;
    private final StaffMemberRepository staff;
    private final Messages messages;
    private final ApplicationEventPublisher events;
    private final RegisterImports imports;

    StaffTable(StaffService service, OrgLookup org, StaffMemberRepository staff, Messages messages,
               ApplicationEventPublisher events, RegisterImports imports) {
        this.imports = imports;
        this.service = service;
        this.org = org;
        this.staff = staff;
        this.messages = messages;
        this.events = events;
    }

    public TableData export(Ward ward, StaffService.Filter filter) {
        List<List<?>> rows = service.list(ward, filter).stream()
                .<List<?>>map(s -> Arrays.asList(s.fullName(), s.unitName(), s.position(), s.inPostFrom(),
                        s.inPostTo(), s.note()))
                .toList();
        return new TableData("can-bo-" + ward.code(), COLUMNS.stream().map(TableColumn::header).toList(), rows);
    }

    /**
     * Accepts the file and queues its import (in the background, after the ward's earlier imports): every
     * row added to the staff list, or none when any cell is at fault (each listed in the import's status). A
     * file holds many units' people, so it is ward-wide work: a unit officer enters its own one by one.
     */
    @PreAuthorize("@access.enterWardWide(#ward)")
    public RegisterImport importFile(Ward ward, MultipartFile file) {
        return imports.start(ward.id().value(), "staff", "staff.imported", file, (name, path) -> write(ward, name, path));
    }

    private long write(Ward ward, String fileName, Path content) {
        Map<String, Unit> units = new HashMap<>();
        for (Unit unit : org.units(ward.id())) {
            units.put(TableColumn.normalise(unit.name()), unit);
            units.putIfAbsent(TableColumn.normalise(unit.code()), unit);
        }
        List<StaffMemberRepository.Values> rows = TableImport.rows(fileName, content, COLUMNS, messages,
                row -> parse(row, units));
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<Long> ids = staff.insert(ward.id().value(), rows.subList(from, Math.min(rows.size(), from + BATCH)));
            for (var member : staff.find(ids)) {
                events.publishEvent(ChangeRecorded.created("staff_member", String.valueOf(member.id()),
                        ward, member.member(ward.code())));
            }
        }
        return rows.size();
    }

    private static StaffMemberRepository.Values parse(TableRow row, Map<String, Unit> units) {
        String name = row.text(NAME);
        String unitText = row.text(UNIT);
        Unit unit = unitText == null ? null : units.get(TableColumn.normalise(unitText));
        if (unitText != null && unit == null) {
            row.fault(UNIT, "staff.unit-unknown", unitText);
        }
        String position = row.text(POSITION);
        LocalDate from = row.date(FROM);
        LocalDate to = row.date(TO);
        if (from != null && to != null && !to.isAfter(from)) {
            row.fault(TO, "staff.left-before-start", VietnameseFormat.date(to), VietnameseFormat.date(from));
        }
        String note = row.text(NOTE);
        return unit == null ? null
                : new StaffMemberRepository.Values(unit.id().value(), name, position, from, to, note);
    }
}
