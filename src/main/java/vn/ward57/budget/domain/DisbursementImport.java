package vn.ward57.budget.domain;

import static vn.ward57.budget.domain.BudgetColumns.AMOUNT;
import static vn.ward57.budget.domain.BudgetColumns.DOCUMENT;
import static vn.ward57.budget.domain.BudgetColumns.LINE_CODE;
import static vn.ward57.budget.domain.BudgetColumns.NOTE;
import static vn.ward57.budget.domain.BudgetColumns.PAID_ON;
import static vn.ward57.budget.domain.BudgetColumns.REASON;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.table.TableImport;
import vn.ward57.common.table.TableRow;
import vn.ward57.common.web.Messages;
import vn.ward57.org.Ward;
import vn.ward57.org.WardAccess;

/**
 * A file of payments, read and written in the import's transaction. What a row is checked against is read
 * once, not per row: the ward's lines, and each line the file pays from (locked, with what it has paid and
 * its payments) when the file first names it; the payments are written a batch at a time, each still with
 * its own audit entry.
 */
@Component
class DisbursementImport {

    /** The file offered beside the payments import's form, from the columns it matches. */
    @org.springframework.context.annotation.Bean
    static vn.ward57.common.table.ImportTemplate disbursementImportTemplate() {
        return vn.ward57.common.table.ImportTemplate.of("mau-giai-ngan", BudgetColumns.DISBURSEMENTS);
    }

    private final BudgetLineRepository lines;
    private final DisbursementRepository disbursements;
    private final Messages messages;
    private final ApplicationEventPublisher events;
    private final WardAccess access;

    DisbursementImport(BudgetLineRepository lines, DisbursementRepository disbursements, Messages messages,
                       ApplicationEventPublisher events, WardAccess access) {
        this.access = access;
        this.lines = lines;
        this.disbursements = disbursements;
        this.messages = messages;
        this.events = events;
    }

    /** A line the file pays from: as it stood once locked, what it has paid so far (the file's earlier rows too). */
    private static final class Paying {
        final BudgetLineRepository.Row line;
        final Set<DisbursementRepository.Key> payments;
        long paid;

        Paying(BudgetLineRepository.Row line, Set<DisbursementRepository.Key> payments) {
            this.line = line;
            this.payments = payments;
            this.paid = line.disbursed();
        }
    }

    /** Answers how many payments were written. */
    long write(Ward ward, String fileName, Path file, boolean confirmAmounts) {
        long wardId = ward.id().value();
        Map<String, BudgetLineRepository.Row> byCode = lines.list(wardId, null, null).stream()
                .collect(Collectors.toMap(l -> l.fiscalYear() + "/" + l.code(), Function.identity()));
        Map<Long, Paying> paying = new HashMap<>();
        // the reference of a line without an estimate, the median of the ward's payments: read once, if needed
        DisbursementService.Reference[] byPayments = {null};
        List<DisbursementRepository.Values> rows = TableImport.rows(fileName, file, BudgetColumns.DISBURSEMENTS,
                messages, row -> {
                    Integer year = BudgetColumns.year(row);
                    String code = BudgetColumns.code(row, LINE_CODE);
                    LocalDate paidOn = row.date(PAID_ON);
                    Long amount = row.money(AMOUNT);
                    if (amount != null && amount == 0) {
                        row.fault(AMOUNT, "budget.import.amount-zero");
                    }
                    var line = year == null || code == null ? null : byCode.get(year + "/" + code);
                    if (year != null && code != null && line == null) {
                        row.fault(LINE_CODE, "budget.import.unknown-line", code, String.valueOf(year));
                    }
                    if (line == null || paidOn == null || amount == null || amount == 0) {
                        return null;
                    }
                    Paying p = paying.computeIfAbsent(line.id(), this::paying);
                    return payment(ward, row, p, paidOn, amount, confirmAmounts, byPayments);
                });
        for (int from = 0; from < rows.size(); from += LineImport.BATCH) {
            List<Long> ids = disbursements.insertAll(wardId, rows.subList(from,
                    Math.min(rows.size(), from + LineImport.BATCH)));
            for (var d : disbursements.findAll(ids)) {
                events.publishEvent(ChangeRecorded.created("disbursement", String.valueOf(d.id()), ward.provinceId(),
                        wardId, DisbursementService.view(ward.code(), d)));
            }
        }
        return rows.size();
    }

    /** The line locked first, so that no other payment takes it over its estimate while the file is written. */
    private Paying paying(long lineId) {
        lines.lock(lineId);
        return new Paying(lines.find(lineId).orElseThrow(), disbursements.keysOfLine(lineId));
    }

    /** The payment of a row whose line, day and amount are known; null when it is at fault. */
    private DisbursementRepository.Values payment(Ward ward, TableRow row, Paying p, LocalDate paidOn, long amount,
                                                  boolean confirmAmounts,
                                                  DisbursementService.Reference[] byPayments) {
        var l = p.line;
        String document = row.text(DOCUMENT);
        boolean clean = true;   // an amount is doubted only in a row otherwise right
        if (paidOn.getYear() != l.fiscalYear()) {
            clean = false;
            row.fault(PAID_ON, "budget.disbursement.outside-year", l.code(), String.valueOf(l.fiscalYear()));
        }
        if (p.payments.contains(new DisbursementRepository.Key(paidOn, amount, document))) {
            clean = false;
            row.fault(AMOUNT, "budget.import.already-paid");
        }
        long after = p.paid + amount;
        if (clean && !confirmAmounts) {
            long wardId = ward.id().value();
            if (l.adjusted() <= 0 && byPayments[0] == null) {
                byPayments[0] = DisbursementService.reference(disbursements, wardId, 0, 0);
            }
            var ref = l.adjusted() > 0 ? DisbursementService.reference(disbursements, wardId, l.adjusted(), 0)
                    : byPayments[0];
            PlausibleAmount.judge(amount, ref.reference(), ref.basis()).ifPresent(d ->
                    row.fault(AMOUNT, d.key(), PlausibleAmount.args(d, messages)));
        }
        try {
            var override = OverEstimate.decide(access.canDirect(ward), l.code(), l.adjusted(), after, row.text(REASON));
            p.paid = after;
            return new DisbursementRepository.Values(l.id(), paidOn, amount, document, row.text(NOTE),
                    override.reason(), override.by());
        } catch (InvalidInputException e) {
            row.fault(AMOUNT, e.messageKey(), e.args());
            return null;
        }
    }
}
