package vn.ward57.budget.domain;

import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.budget.BudgetLine;
import vn.ward57.budget.Disbursement;
import vn.ward57.org.Ward;
import vn.ward57.common.table.TableData;

/** The registers as tables to download (CSV/XLSX), with the headers their imports read. */
@Service
@Transactional(readOnly = true)
public class BudgetTables {

    private final BudgetLines lines;
    private final DisbursementService disbursements;

    BudgetTables(BudgetLines lines, DisbursementService disbursements) {
        this.lines = lines;
        this.disbursements = disbursements;
    }

    public TableData lines(Ward ward, BudgetLine.Filter filter) {
        List<List<Object>> rows = lines.list(ward, filter).stream()
                .map(l -> Arrays.<Object>asList(l.fiscalYear(), l.category().label(), l.code(), l.name(),
                        l.estimate(), l.fundingSource(), l.note(), l.adjusted(), l.disbursed(), l.disbursementRate()))
                .toList();
        return new TableData(name("du-toan", ward.code(), filter.year()),
                BudgetColumns.headers(BudgetColumns.LINES, BudgetColumns.LINE_FIGURES), rows);
    }

    public TableData disbursements(Ward ward, Disbursement.Filter filter) {
        List<List<Object>> rows = disbursements.list(ward, filter).stream()
                .map(d -> Arrays.<Object>asList(d.fiscalYear(), d.lineCode(), d.paidOn(), d.amount(), d.document(),
                        d.note(), d.overrideReason(), d.lineName(), d.overriddenBy()))
                .toList();
        return new TableData(name("giai-ngan", ward.code(), filter.year()),
                BudgetColumns.headers(BudgetColumns.DISBURSEMENTS, BudgetColumns.DISBURSEMENT_FIGURES), rows);
    }

    private static String name(String what, String wardCode, Integer year) {
        return what + "-" + wardCode + (year == null ? "" : "-" + year);
    }
}
