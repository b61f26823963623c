package vn.ward57.breakthrough.domain;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import vn.ward57.breakthrough.Breakthrough;
import vn.ward57.breakthrough.BreakthroughForm;
import vn.ward57.breakthrough.BreakthroughStatus;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.common.imports.RegisterImport;
import vn.ward57.common.imports.RegisterImports;
import vn.ward57.common.table.TableColumn;
import vn.ward57.common.table.TableData;
import vn.ward57.common.table.TableImport;
import vn.ward57.common.table.TableRow;
import vn.ward57.common.web.Messages;
import vn.ward57.org.Ward;

/**
 * The models as a CSV/XLSX file with the Phụ lục IX columns. An import is all or nothing; a row whose code the
 * ward already has replaces that model (so an export imports back unchanged). Tasks go by their numbers (ids:
 * task codes repeat across directives), indicators by code, both separated by ";".
 */
@Service
@Transactional(readOnly = true)
public class BreakthroughTable {

    /** The file offered beside the breakthrough models import's form, from the columns it matches. */
    @org.springframework.context.annotation.Bean
    static vn.ward57.common.table.ImportTemplate breakthroughImportTemplate() {
        return vn.ward57.common.table.ImportTemplate.of("mau-mo-hinh-dot-pha", COLUMNS);
    }

    static final TableColumn CODE = TableColumn.required("Mã", 40, "code");
    static final TableColumn TITLE = TableColumn.required("Tên mô hình", 300, "title");
    static final TableColumn FIELD = TableColumn.optional("Lĩnh vực", 200, "field");
    static final TableColumn PROBLEM = TableColumn.required("Vấn đề cần giải quyết", 4000, "problem");
    static final TableColumn SOLUTION = TableColumn.required("Giải pháp thực hiện", 4000, "solution");
    static final TableColumn MECHANISMS = TableColumn.optional("Cơ chế, chính sách, nền tảng, dữ liệu, hạ tầng, nhân lực đã sử dụng", 4000, "mechanisms resources");
    static final TableColumn COST_AND_TIME = TableColumn.optional("Nguồn lực, kinh phí và thời gian triển khai", 1000, "cost and time");
    static final TableColumn COST = TableColumn.optional("Kinh phí (đồng)", 30, "cost vnd");
    static final TableColumn RESULT = TableColumn.required("Kết quả định lượng", 4000, "quantified result");
    static final TableColumn IMPACT = TableColumn.optional("Tác động đối với người dân, doanh nghiệp, bộ máy nhà nước", 4000, "impact");
    static final TableColumn LESSONS = TableColumn.optional("Bài học và điều kiện nhân rộng", 4000, "lessons and scaling");
    static final TableColumn RISKS = TableColumn.optional("Đánh giá tác động rủi ro khi nhân rộng", 2000, "risks");
    static final TableColumn HEAD_ROLE = TableColumn.optional("Vai trò người đứng đầu", 1000, "head role");
    static final TableColumn CONTACT = TableColumn.required("Đầu mối liên hệ", 300, "contact name");
    static final TableColumn PHONE = TableColumn.optional("Điện thoại liên hệ", 30, "contact phone");
    static final TableColumn EMAIL = TableColumn.optional("Thư điện tử liên hệ", 200, "contact email");
    static final TableColumn STARTED = TableColumn.optional("Ngày bắt đầu", 20, "started on");
    static final TableColumn STATUS = TableColumn.optional("Trạng thái", 50, "status");
    static final TableColumn YEAR = TableColumn.optional("Năm báo cáo", 10, "report year");
    static final TableColumn TASKS = TableColumn.optional("Nhiệm vụ liên quan (số)", 1000, "task ids");
    static final TableColumn INDICATORS = TableColumn.optional("Chỉ tiêu liên quan (mã)", 1000, "indicator codes");
    static final List<TableColumn> COLUMNS = List.of(CODE, TITLE, FIELD, PROBLEM, SOLUTION, MECHANISMS, COST_AND_TIME,
            COST, RESULT, IMPACT, LESSONS, RISKS, HEAD_ROLE, CONTACT, PHONE, EMAIL, STARTED, STATUS, YEAR, TASKS,
            INDICATORS);
    private static final Map<String, TableColumn> BY_FIELD = Map.ofEntries(Map.entry("code", CODE),
            Map.entry("title", TITLE), Map.entry("field", FIELD), Map.entry("problem", PROBLEM),
            Map.entry("solution", SOLUTION), Map.entry("mechanismsResources", MECHANISMS),
            Map.entry("costAndTime", COST_AND_TIME), Map.entry("costVnd", COST), Map.entry("quantifiedResult", RESULT),
            Map.entry("impact", IMPACT), Map.entry("lessonsAndScaling", LESSONS), Map.entry("risks", RISKS),
            Map.entry("headRole", HEAD_ROLE), Map.entry("contactName", CONTACT), Map.entry("contactPhone", PHONE),
            Map.entry("contactEmail", EMAIL), Map.entry("startedOn", STARTED), Map.entry("status", STATUS),
            Map.entry("reportYear", YEAR), Map.entry("taskIds", TASKS), Map.entry("indicatorCodes", INDICATORS));

    private final Breakthroughs service;
    private final BreakthroughBatchRepository batch;
    private final Messages messages;
    private final RegisterImports imports;
    private final ApplicationEventPublisher events;

    BreakthroughTable(Breakthroughs service, BreakthroughBatchRepository batch, Messages messages,
                      RegisterImports imports, ApplicationEventPublisher events) {
        this.service = service;
        this.batch = batch;
        this.messages = messages;
        this.imports = imports;
        this.events = events;
    }

    /**
     * Accepts the file and queues its import (in the background, after the ward's earlier imports): every
     * row written, or none when any cell is at fault (each listed in the import's status).
     */
    @PreAuthorize("@access.enterWardWide(#ward)")
    public RegisterImport importFile(Ward ward, MultipartFile file) {
        return imports.start(ward.id().value(), "breakthrough", "breakthrough.imported", file,
                (name, path) -> write(ward, name, path));
    }

    /** The links are checked against the ward's tasks and indicators as they are when the import runs. */
    private long write(Ward ward, String fileName, Path content) {
        BreakthroughRules.Links links = service.links(ward);
        Map<String, BreakthroughStatus> statuses = Choices.byLabel(messages, "breakthrough.status.",
                BreakthroughStatus.class);
        Set<String> seen = new HashSet<>();
        List<BreakthroughBatchRepository.Linked> rows = TableImport.rows(fileName, content, COLUMNS, messages, row -> {
            BreakthroughStatus status = row.choice(STATUS, statuses);
            Long year = row.count(YEAR);
            BreakthroughForm form = new BreakthroughForm(row.text(CODE), row.text(TITLE), row.text(FIELD),
                    row.text(PROBLEM), row.text(SOLUTION), row.text(MECHANISMS), row.text(COST_AND_TIME),
                    row.money(COST), row.text(RESULT), row.text(IMPACT), row.text(LESSONS), row.text(RISKS),
                    row.text(HEAD_ROLE), row.text(CONTACT), row.text(PHONE), row.text(EMAIL), row.date(STARTED),
                    status == null ? null : status.name(), year == null ? null : year.intValue(), taskIds(row),
                    split(row.text(INDICATORS)));
            BreakthroughRules.Checked checked = BreakthroughRules.check(form, links);
            Texts.toCells(checked.faults(), row, BY_FIELD, CODE);
            if (checked.values().code() != null && !seen.add(checked.values().code())) {
                row.fault(CODE, "breakthrough.duplicate-in-file", checked.values().code());
            }
            return new BreakthroughBatchRepository.Linked(checked.values(), checked.taskIds(),
                    checked.indicatorCodes());
        });
        batch.upsert(ward.id().value(), rows);
        events.publishEvent(ChangeRecorded.created("breakthrough_import", String.valueOf(fileName), ward,
                Map.of("file", String.valueOf(fileName), "rows", rows.size())));
        return rows.size();
    }

    /** The list as filtered, statuses by their labels, in the columns an import reads. */
    public TableData export(Ward ward, String status, String q) {
        List<List<Object>> rows = new ArrayList<>();
        for (Breakthrough b : service.list(ward, status, q)) {
            rows.add(Arrays.asList(b.code(), b.title(), b.field(), b.problem(), b.solution(), b.mechanismsResources(),
                    b.costAndTime(), b.costVnd(), b.quantifiedResult(), b.impact(), b.lessonsAndScaling(), b.risks(),
                    b.headRole(), b.contactName(), b.contactPhone(), b.contactEmail(), b.startedOn(),
                    messages.get("breakthrough.status." + b.status().name()), b.reportYear(),
                    String.join("; ", b.taskIds().stream().map(String::valueOf).toList()),
                    String.join("; ", b.indicatorCodes())));
        }
        return new TableData("mo-hinh-dot-pha-" + ward.code(), COLUMNS.stream().map(TableColumn::header).toList(), rows);
    }

    private static List<Long> taskIds(TableRow row) {
        List<Long> ids = new ArrayList<>();
        for (String part : split(row.text(TASKS))) {
            try {
                ids.add(Long.parseLong(part));
            } catch (NumberFormatException e) {
                row.fault(TASKS, "breakthrough.bad-task-number", part);
            }
        }
        return ids;
    }

    private static List<String> split(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[;,]")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }
}
