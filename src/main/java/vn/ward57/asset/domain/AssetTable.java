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
import vn.ward57.asset.Asset;
import vn.ward57.asset.AssetFilter;
import vn.ward57.asset.AssetForm;
import vn.ward57.common.WardTime;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.common.imports.RegisterImport;
import vn.ward57.common.imports.RegisterImports;
import vn.ward57.common.table.TableColumn;
import vn.ward57.common.table.TableData;
import vn.ward57.common.table.TableImport;
import vn.ward57.common.web.Messages;
import vn.ward57.org.OrgLookup;
import vn.ward57.org.ResidentialGroupService;
import vn.ward57.org.Ward;

/** The equipment register as a CSV/XLSX file: imported all or nothing, exported with the same headers. */
@Service
@Transactional(readOnly = true)
public class AssetTable {

    /** The file offered beside the equipment import's form, from the columns it matches. */
    @org.springframework.context.annotation.Bean
    static vn.ward57.common.table.ImportTemplate assetImportTemplate() {
        return vn.ward57.common.table.ImportTemplate.of("mau-thiet-bi", COLUMNS);
    }

    static final TableColumn KIND = TableColumn.required("Loại thiết bị", 100, "Loại", "kind");
    static final TableColumn NAME = TableColumn.required("Tên thiết bị", AssetRules.MAX_NAME, "Tên", "name");
    static final TableColumn UNIT = TableColumn.optional("Đơn vị", 200, "Mã đơn vị", "unit");
    static final TableColumn GROUP = TableColumn.optional("Tổ dân phố", 200, "Mã tổ dân phố", "TDP", "group");
    static final TableColumn LOCATION = TableColumn.optional("Vị trí", AssetRules.MAX_LOCATION, "Địa điểm",
            "location");
    static final TableColumn QUANTITY = TableColumn.required("Số lượng", 20, "quantity");
    static final TableColumn YEAR = TableColumn.optional("Năm trang bị", 20, "Năm", "acquired year");
    static final TableColumn INSTALLED = TableColumn.optional("Ngày lắp đặt", 30, "installed on");
    static final TableColumn REMOVED = TableColumn.optional("Ngày thu hồi", 30, "Ngày ngừng sử dụng", "removed on");
    static final TableColumn CONDITION = TableColumn.optional("Tình trạng", 100, "condition");
    static final TableColumn NOTE = TableColumn.optional("Ghi chú", AssetRules.MAX_NOTE, "note");
    static final List<TableColumn> COLUMNS = List.of(KIND, NAME, UNIT, GROUP, LOCATION, QUANTITY, YEAR, INSTALLED,
            REMOVED, CONDITION, NOTE);
    private static final Map<String, TableColumn> BY_FIELD = Map.ofEntries(Map.entry("kind", KIND),
            Map.entry("name", NAME), Map.entry("unit", UNIT), Map.entry("group", GROUP), Map.entry("location", LOCATION),
            Map.entry("quantity", QUANTITY), Map.entry("acquiredYear", YEAR), Map.entry("installedOn", INSTALLED),
            Map.entry("removedOn", REMOVED), Map.entry("condition", CONDITION), Map.entry("note", NOTE));

    private final OrgLookup org;
    private final ResidentialGroupService groups;
    private final AssetService service;
    private final AssetRepository assets;
    private final Messages messages;
    private final RegisterImports imports;
    private final ApplicationEventPublisher events;

    AssetTable(OrgLookup org, ResidentialGroupService groups, AssetService service,
               AssetRepository assets, Messages messages, ApplicationEventPublisher events, RegisterImports imports) {
        this.imports = imports;
        this.org = org;
        this.groups = groups;
        this.service = service;
        this.assets = assets;
        this.messages = messages;
        this.events = events;
    }

    /**
     * Accepts the file and queues its import (in the background, after the ward's earlier imports): every
     * row written, or none when any cell is at fault (each listed in the import's status). A file holds many
     * units' entries, so it is ward-wide work: a unit officer enters its unit's entries one by one.
     */
    @PreAuthorize("@access.enterWardWide(#ward)")
    public RegisterImport importFile(Ward ward, MultipartFile file) {
        return imports.start(ward.id().value(), "asset", "asset.imported", file, (name, path) -> write(ward, name, path));
    }

    private long write(Ward ward, String fileName, Path content) {
        Places places = Places.of(ward, org, groups);
        var today = WardTime.today();
        List<AssetRepository.Values> rows = TableImport.rows(fileName, content, COLUMNS, messages, row -> {
            AssetForm form = new AssetForm(row.text(KIND), row.text(NAME), row.text(UNIT), row.text(GROUP),
                    row.text(LOCATION), Cells.integer(row, QUANTITY), Cells.integer(row, YEAR), row.text(INSTALLED),
                    row.text(REMOVED), row.text(CONDITION), row.text(NOTE));
            AssetRules.Checked checked = AssetRules.check(form, places, today);
            Cells.place(row, checked.faults(), BY_FIELD);
            return checked.values();
        });
        assets.insertAll(ward.id().value(), rows);
        events.publishEvent(ChangeRecorded.created("asset_import", String.valueOf(fileName), ward,
                Map.of("file", String.valueOf(fileName), "rows", rows.size())));
        return rows.size();
    }

    /** The list as filtered, kinds and conditions by their labels, unit and group by their codes. */
    public TableData export(Ward ward, AssetFilter filter) {
        List<List<Object>> rows = new ArrayList<>();
        for (Asset a : service.list(ward, filter)) {
            rows.add(Arrays.asList(a.kind().label(), a.name(), a.unit(), a.group(), a.location(), a.quantity(),
                    a.acquiredYear(), a.installedOn(), a.removedOn(), a.condition().label(), a.note()));
        }
        return new TableData("thiet-bi-" + ward.code(), COLUMNS.stream().map(TableColumn::header).toList(), rows);
    }
}
