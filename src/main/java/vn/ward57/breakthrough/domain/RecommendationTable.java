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
import vn.ward57.breakthrough.Recommendation;
import vn.ward57.breakthrough.RecommendationFilter;
import vn.ward57.breakthrough.RecommendationForm;
import vn.ward57.breakthrough.RecommendationScope;
import vn.ward57.breakthrough.RecommendationStatus;
import vn.ward57.common.WardTime;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.imports.RegisterImport;
import vn.ward57.common.imports.RegisterImports;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.common.table.TableColumn;
import vn.ward57.common.table.TableData;
import vn.ward57.common.table.TableImport;
import vn.ward57.common.web.Messages;
import vn.ward57.org.Ward;

/**
 * The recommendations as a CSV/XLSX file with the Phụ lục X columns, its group and status. All or nothing; a row
 * whose code the ward has replaces that one, its status moving forward only (a move is logged as a follow-up).
 */
@Service
@Transactional(readOnly = true)
public class RecommendationTable {

    /** The file offered beside the recommendations import's form, from the columns it matches. */
    @org.springframework.context.annotation.Bean
    static vn.ward57.common.table.ImportTemplate recommendationImportTemplate() {
        return vn.ward57.common.table.ImportTemplate.of("mau-de-xuat-kien-nghi", COLUMNS);
    }

    static final TableColumn CODE = TableColumn.required("Mã", 40, "code");
    static final TableColumn CONTENT = TableColumn.required("Nội dung đề xuất, kiến nghị", 4000, "content");
    static final TableColumn AUTHORITY = TableColumn.required("Thẩm quyền xem xét, quyết định", 300,
            "deciding authority");
    static final TableColumn LEAD = TableColumn.required("Cơ quan chủ trì xử lý", 300,
            "Cơ quan chủ trì xử lý đề xuất, kiến nghị", "lead body");
    static final TableColumn COORDINATING = TableColumn.optional("Cơ quan phối hợp xử lý", 1000,
            "Cơ quan phối hợp xử lý đề xuất, kiến nghị", "coordinating bodies");
    static final TableColumn OUTPUT = TableColumn.required("Sản phẩm/kết quả đầu ra mong muốn", 2000,
            "expected output");
    static final TableColumn DEADLINE = TableColumn.required("Thời hạn hoàn thành", 20, "deadline");
    static final TableColumn DEADLINE_TEXT = TableColumn.optional("Thời hạn như ghi trong báo cáo", 100,
            "deadline text");
    static final TableColumn SCOPE = TableColumn.required("Nhóm", 100, "scope");
    static final TableColumn STATUS = TableColumn.optional("Trạng thái", 50, "status");
    static final List<TableColumn> COLUMNS = List.of(CODE, CONTENT, AUTHORITY, LEAD, COORDINATING, OUTPUT, DEADLINE,
            DEADLINE_TEXT, SCOPE, STATUS);
    private static final Map<String, TableColumn> BY_FIELD = Map.of("code", CODE, "content", CONTENT,
            "decidingAuthority", AUTHORITY, "leadBody", LEAD, "coordinatingBodies", COORDINATING,
            "expectedOutput", OUTPUT, "deadline", DEADLINE, "deadlineText", DEADLINE_TEXT, "scope", SCOPE,
            "status", STATUS);

    private final Recommendations service;
    private final RecommendationBatchRepository batch;
    private final Messages messages;
    private final RegisterImports imports;
    private final ApplicationEventPublisher events;

    RecommendationTable(Recommendations service, RecommendationBatchRepository batch, Messages messages,
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
        return imports.start(ward.id().value(), "recommendation", "recommendation.imported-rows", file,
                (name, path) -> write(ward, name, path));
    }

    private long write(Ward ward, String fileName, Path content) {
        long wardId = ward.id().value();
        Map<String, RecommendationScope> scopes = Choices.byLabel(messages, "recommendation.scope.",
                RecommendationScope.class);
        Map<String, RecommendationStatus> statuses = Choices.byLabel(messages, "recommendation.status.",
                RecommendationStatus.class);
        // read once: each row's move is checked against it, and a row without a status keeps the one it has
        Map<String, String> before = batch.statuses(wardId);
        Set<String> seen = new HashSet<>();
        List<RecommendationRepository.Values> rows = TableImport.rows(fileName, content, COLUMNS, messages, row -> {
            RecommendationScope scope = row.choice(SCOPE, scopes);
            RecommendationStatus status = row.choice(STATUS, statuses);
            var form = new RecommendationForm(row.text(CODE), row.text(CONTENT), row.text(AUTHORITY), row.text(LEAD),
                    row.text(COORDINATING), row.text(OUTPUT), row.date(DEADLINE), row.text(DEADLINE_TEXT),
                    scope == null ? null : scope.name(), status == null ? null : status.name());
            RecommendationRules.Checked checked = RecommendationRules.check(form);
            Texts.toCells(checked.faults(), row, BY_FIELD, CODE);
            RecommendationRepository.Values v = checked.values();
            if (v.code() == null) {
                return v;
            }
            if (!seen.add(v.code())) {
                row.fault(CODE, "breakthrough.duplicate-in-file", v.code());
            }
            String was = before.get(v.code());
            if (was != null && v.status() != null) {
                try {
                    RecommendationRules.checkMove(RecommendationStatus.valueOf(was),
                            RecommendationStatus.valueOf(v.status()));
                } catch (InvalidInputException e) {
                    row.fault(STATUS, e.messageKey(), e.args());
                }
            }
            String kept = v.status() != null ? v.status() : was != null ? was : RecommendationStatus.PROPOSED.name();
            return new RecommendationRepository.Values(v.code(), v.content(), v.decidingAuthority(), v.leadBody(),
                    v.coordinatingBodies(), v.expectedOutput(), v.deadline(), v.deadlineText(), v.scope(), kept);
        });
        Map<String, Long> ids = batch.upsert(wardId, rows);
        // a new recommendation, or a status moved, is logged as a follow-up
        List<RecommendationBatchRepository.FollowUp> moved = rows.stream()
                .filter(v -> !v.status().equals(before.get(v.code())))
                .map(v -> new RecommendationBatchRepository.FollowUp(ids.get(v.code()), v.status())).toList();
        batch.logFollowUps(moved, WardTime.today(), messages.get("recommendation.imported", String.valueOf(fileName)),
                CurrentActor.name());
        events.publishEvent(ChangeRecorded.created("recommendation_import", String.valueOf(fileName),
                ward.provinceId(), wardId, Map.of("file", String.valueOf(fileName), "rows", rows.size())));
        return rows.size();
    }

    public TableData export(Ward ward, RecommendationFilter filter) {
        List<List<Object>> rows = new ArrayList<>();
        for (Recommendation r : service.list(ward, filter, WardTime.today())) {
            rows.add(Arrays.asList(r.code(), r.content(), r.decidingAuthority(), r.leadBody(), r.coordinatingBodies(),
                    r.expectedOutput(), r.deadline(), r.deadlineText(),
                    messages.get("recommendation.scope." + r.scope().name()),
                    messages.get("recommendation.status." + r.status().name())));
        }
        return new TableData("de-xuat-kien-nghi-" + ward.code(), COLUMNS.stream().map(TableColumn::header).toList(),
                rows);
    }
}
