package vn.ward57.budget.domain;

import static vn.ward57.budget.domain.BudgetColumns.CATEGORY;
import static vn.ward57.budget.domain.BudgetColumns.CODE;
import static vn.ward57.budget.domain.BudgetColumns.ESTIMATE;
import static vn.ward57.budget.domain.BudgetColumns.NAME;
import static vn.ward57.budget.domain.BudgetColumns.NOTE;
import static vn.ward57.budget.domain.BudgetColumns.SOURCE;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.ward57.budget.Category;
import vn.ward57.common.VietnameseFormat;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.common.table.TableImport;
import vn.ward57.common.web.Messages;
import vn.ward57.org.Ward;

/**
 * A file of lines, read and written in the import's transaction: the ward's lines are read once (not per
 * row), the file's rows are written a batch at a time, and each line still gets its own audit entry with
 * the line as it then stands.
 */
@Component
class LineImport {

    /** The file offered beside the budget lines import's form, from the columns it matches. */
    @org.springframework.context.annotation.Bean
    static vn.ward57.common.table.ImportTemplate budgetLineImportTemplate() {
        return vn.ward57.common.table.ImportTemplate.of("mau-du-toan", BudgetColumns.LINES);
    }

    /** Rows written per statement. */
    static final int BATCH = 1000;

    private final BudgetLineRepository lines;
    private final Messages messages;
    private final ApplicationEventPublisher events;

    LineImport(BudgetLineRepository lines, Messages messages, ApplicationEventPublisher events) {
        this.lines = lines;
        this.messages = messages;
        this.events = events;
    }

    /** A row of the file: the line of that year and code it replaces (null: a new line) and what it writes. */
    record LineRow(BudgetLineRepository.Row existing, BudgetLineRepository.Values values, long number,
                   String raw) {
    }

    /** Answers how many lines were written, added or updated. */
    long write(Ward ward, String fileName, Path file, boolean confirmAmounts) {
        long wardId = ward.id().value();
        List<BudgetLineRepository.Row> wardLines = lines.list(wardId, null, null);
        Map<String, BudgetLineRepository.Row> byCode = wardLines.stream()
                .collect(Collectors.toMap(l -> l.fiscalYear() + "/" + l.code(), Function.identity()));
        Set<String> seen = new HashSet<>();
        List<LineRow> rows = TableImport.rows(fileName, file, BudgetColumns.LINES, messages, row -> {
            Integer year = BudgetColumns.year(row);
            Category category = row.choice(CATEGORY, Category.byLabel());
            String code = BudgetColumns.code(row, CODE);
            String name = row.text(NAME);
            Long estimate = row.money(ESTIMATE);
            BudgetLineRepository.Row existing = null;
            if (year != null && code != null) {
                if (!seen.add(year + "/" + code)) {
                    row.fault(CODE, "budget.import.repeated-line", code, String.valueOf(year));
                }
                existing = byCode.get(year + "/" + code);
            }
            if (existing != null && estimate != null) {
                long adjusted = estimate + existing.adjusted() - existing.estimate();
                if (adjusted < existing.disbursed()) {
                    row.fault(ESTIMATE, "budget.line.below-disbursed", VietnameseFormat.dong(adjusted),
                            VietnameseFormat.dong(existing.disbursed()));
                }
            }
            return new LineRow(existing,
                    new BudgetLineRepository.Values(year == null ? 0 : year, category == null ? null : category.name(),
                            code, name, estimate == null ? 0 : estimate, row.text(SOURCE), row.text(NOTE)),
                    row.number(), row.raw(ESTIMATE));
        });
        if (!confirmAmounts) {
            ImportedLineAmounts.check(wardLines, rows, messages);
        }
        for (int from = 0; from < rows.size(); from += BATCH) {
            writeBatch(ward, rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
        return rows.size();
    }

    /** New lines inserted and known ones updated, one statement each; then each change audited in file order. */
    private void writeBatch(Ward ward, List<LineRow> batch) {
        long wardId = ward.id().value();
        Map<String, Long> added = lines.insertAll(wardId, batch.stream().filter(r -> r.existing() == null)
                .map(LineRow::values).toList());
        lines.updateAll(batch.stream().filter(r -> r.existing() != null)
                .map(r -> new BudgetLineRepository.Change(r.existing().id(), r.values())).toList());
        List<Long> ids = new ArrayList<>();
        for (LineRow row : batch) {
            ids.add(row.existing() != null ? row.existing().id()
                    : added.get(row.values().fiscalYear() + "/" + row.values().code()));
        }
        Map<Long, BudgetLineRepository.Row> after = lines.findAll(ids).stream()
                .collect(Collectors.toMap(BudgetLineRepository.Row::id, Function.identity()));
        for (int i = 0; i < batch.size(); i++) {
            var before = batch.get(i).existing();
            long id = ids.get(i);
            var now = WardLines.view(ward.code(), after.get(id));
            events.publishEvent(before == null
                    ? ChangeRecorded.created("budget_line", String.valueOf(id), ward.provinceId(), wardId, now)
                    : ChangeRecorded.updated("budget_line", String.valueOf(id), ward.provinceId(), wardId,
                            WardLines.view(ward.code(), before), now));
        }
    }
}
