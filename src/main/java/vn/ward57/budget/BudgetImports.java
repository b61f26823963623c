package vn.ward57.budget;

import static vn.ward57.budget.BudgetColumns.AMOUNT;
import static vn.ward57.budget.BudgetColumns.CATEGORY;
import static vn.ward57.budget.BudgetColumns.CODE;
import static vn.ward57.budget.BudgetColumns.DOCUMENT;
import static vn.ward57.budget.BudgetColumns.ESTIMATE;
import static vn.ward57.budget.BudgetColumns.LINE_CODE;
import static vn.ward57.budget.BudgetColumns.NAME;
import static vn.ward57.budget.BudgetColumns.NOTE;
import static vn.ward57.budget.BudgetColumns.PAID_ON;
import static vn.ward57.budget.BudgetColumns.REASON;
import static vn.ward57.budget.BudgetColumns.SOURCE;
import static vn.ward57.budget.BudgetColumns.YEAR;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.budget.domain.BudgetLineRepository;
import vn.ward57.budget.domain.DisbursementRepository;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.table.TableImport;
import vn.ward57.common.table.TableRow;
import vn.ward57.common.web.Messages;
import vn.ward57.org.Ward;

/**
 * Lines and payments from CSV/XLSX files, all or nothing: every faulty cell is listed and nothing is
 * written. A line file adds the codes a year lacks and updates those it has; a payment file names
 * each payment's line by year and code, and the over-estimate rule runs over the file's rows in
 * order, on top of what each line has already paid.
 */
@Service
@Transactional(readOnly = true)
public class BudgetImports {

    private final BudgetAccess access;
    private final BudgetLineRepository lines;
    private final DisbursementRepository disbursements;
    private final Messages messages;
    private final ApplicationEventPublisher events;

    BudgetImports(BudgetAccess access, BudgetLineRepository lines, DisbursementRepository disbursements,
                  Messages messages, ApplicationEventPublisher events) {
        this.access = access;
        this.lines = lines;
        this.disbursements = disbursements;
        this.messages = messages;
        this.events = events;
    }

    record LineRow(BudgetLineRepository.Row existing, BudgetLineRepository.Values values, long number,
                   String raw) {
    }

    /** confirmAmounts keeps the amounts {@link PlausibleAmount} doubts; without it they are faulty rows. */
    @Transactional
    public int importLines(String wardCode, String fileName, byte[] content, boolean confirmAmounts) {
        Ward ward = access.enter(wardCode);
        required(content);
        Set<String> seen = new HashSet<>();
        var rows = TableImport.rows(fileName, content, BudgetColumns.LINES, messages, row -> {
            Integer year = year(row);
            Category category = row.choice(CATEGORY, Category.byLabel());
            String code = code(row, CODE);
            String name = row.text(NAME);
            Long estimate = row.money(ESTIMATE);
            Optional<BudgetLineRepository.Row> existing = Optional.empty();
            if (year != null && code != null) {
                if (!seen.add(year + "/" + code)) {
                    row.fault(CODE, "budget.import.repeated-line", code, String.valueOf(year));
                }
                existing = lines.findByCode(ward.id().value(), year, code);
            }
            if (existing.isPresent() && estimate != null) {
                var line = existing.get();
                long adjusted = estimate + line.adjusted() - line.estimate();
                if (adjusted < line.disbursed()) {
                    row.fault(ESTIMATE, "budget.line.below-disbursed", Money.dong(adjusted),
                            Money.dong(line.disbursed()));
                }
            }
            return new LineRow(existing.orElse(null),
                    new BudgetLineRepository.Values(year == null ? 0 : year, category == null ? null : category.name(),
                            code, name, estimate == null ? 0 : estimate, row.text(SOURCE), row.text(NOTE)),
                    row.number(), row.raw(ESTIMATE));
        });
        if (!confirmAmounts) {
            ImportedLineAmounts.check(lines.list(ward.id().value(), null, null), rows, messages);
        }
        for (LineRow row : rows) {
            var before = row.existing();
            long id = before == null ? lines.insert(ward.id().value(), row.values()) : before.id();
            if (before != null) {
                lines.update(id, null, row.values());
            }
            var after = BudgetAccess.view(ward.code(), lines.find(id).orElseThrow());
            String key = String.valueOf(id);
            events.publishEvent(before == null
                    ? ChangeRecorded.created("budget_line", key, ward.provinceId(), ward.id().value(), after)
                    : ChangeRecorded.updated("budget_line", key, ward.provinceId(), ward.id().value(),
                            BudgetAccess.view(ward.code(), before), after));
        }
        return rows.size();
    }

    /** confirmAmounts keeps the amounts {@link PlausibleAmount} doubts; without it they are faulty rows. */
    @Transactional
    public int importDisbursements(String wardCode, String fileName, byte[] content, boolean confirmAmounts) {
        Ward ward = access.enter(wardCode);
        required(content);
        Map<Long, Long> paid = new HashMap<>();   // line → paid so far, the file's earlier rows included
        var rows = TableImport.rows(fileName, content, BudgetColumns.DISBURSEMENTS, messages, row -> {
            Integer year = year(row);
            String code = code(row, LINE_CODE);
            LocalDate paidOn = row.date(PAID_ON);
            Long amount = row.money(AMOUNT);
            String document = row.text(DOCUMENT);
            if (amount != null && amount == 0) {
                row.fault(AMOUNT, "budget.import.amount-zero");
            }
            var line = year == null || code == null ? Optional.<BudgetLineRepository.Row>empty()
                    : lines.findByCode(ward.id().value(), year, code);
            if (year != null && code != null && line.isEmpty()) {
                row.fault(LINE_CODE, "budget.import.unknown-line", code, String.valueOf(year));
            }
            if (line.isEmpty() || paidOn == null || amount == null || amount == 0) {
                return null;
            }
            var l = line.get();
            boolean clean = true;   // an amount is doubted only in a row otherwise right
            if (paidOn.getYear() != l.fiscalYear()) {
                clean = false;
                row.fault(PAID_ON, "budget.disbursement.outside-year", l.code(), String.valueOf(l.fiscalYear()));
            }
            if (disbursements.exists(l.id(), paidOn, amount, document)) {
                clean = false;
                row.fault(AMOUNT, "budget.import.already-paid");
            }
            if (!paid.containsKey(l.id())) {
                lines.lock(l.id());
                paid.put(l.id(), lines.find(l.id()).orElseThrow().disbursed());
            }
            long after = paid.get(l.id()) + amount;
            if (clean && !confirmAmounts) {
                var ref = DisbursementService.reference(disbursements, ward.id().value(), l.adjusted(), 0);
                PlausibleAmount.judge(amount, ref.reference(), ref.basis()).ifPresent(d ->
                        row.fault(AMOUNT, d.key(), PlausibleAmount.args(d, messages)));
            }
            try {
                var override = OverEstimate.decide(ward, l.code(), l.adjusted(), after, row.text(REASON));
                paid.put(l.id(), after);
                return new DisbursementRepository.Values(l.id(), paidOn, amount, document, row.text(NOTE),
                        override.reason(), override.by());
            } catch (InvalidInputException e) {
                row.fault(AMOUNT, e.messageKey(), e.args());
                return null;
            }
        });
        for (var values : rows) {
            long id = disbursements.insert(ward.id().value(), values);
            events.publishEvent(ChangeRecorded.created("disbursement", String.valueOf(id), ward.provinceId(),
                    ward.id().value(), DisbursementService.view(ward.code(), disbursements.find(id).orElseThrow())));
        }
        return rows.size();
    }

    private static Integer year(TableRow row) {
        Long year = row.count(YEAR);
        if (year != null && (year < 2000 || year > 2100)) {
            row.fault(YEAR, "budget.import.bad-year");
            return null;
        }
        return year == null ? null : year.intValue();
    }

    private static String code(TableRow row, vn.ward57.common.table.TableColumn column) {
        String code = row.text(column);
        if (code != null && !code.matches(BudgetLineService.CODE)) {
            row.fault(column, "budget.code.pattern", code);
            return null;
        }
        return code;
    }

    private static void required(byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidInputException("budget.import.file-required", "file");
        }
    }
}
