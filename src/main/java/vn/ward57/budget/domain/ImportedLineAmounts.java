package vn.ward57.budget.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.ward57.common.table.RowError;
import vn.ward57.common.table.RowsRejectedException;
import vn.ward57.common.web.Messages;

/**
 * {@link PlausibleAmount} over a file of lines, once every row is read: a row's "other lines" are the
 * ward's lines the file does not replace and the file's other rows, so a ward's first file is checked too.
 */
final class ImportedLineAmounts {

    private ImportedLineAmounts() {
    }

    /** @throws RowsRejectedException listing each new or changed estimate the rule doubts */
    static void check(List<BudgetLineRepository.Row> wardLines, List<LineImport.LineRow> rows, Messages messages) {
        Set<Long> replaced = rows.stream().filter(r -> r.existing() != null).map(r -> r.existing().id())
                .collect(Collectors.toSet());
        List<Long> kept = wardLines.stream().filter(l -> !replaced.contains(l.id()))
                .map(BudgetLineRepository.Row::estimate).toList();
        List<RowError> errors = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            long estimate = row.values().estimate();
            if (row.existing() != null && row.existing().estimate() == estimate) {
                continue;   // unchanged: accepted before
            }
            List<Long> others = new ArrayList<>(kept);
            for (int j = 0; j < rows.size(); j++) {
                if (j != i) {
                    others.add(rows.get(j).values().estimate());
                }
            }
            PlausibleAmount.judge(estimate, PlausibleAmount.median(others), PlausibleAmount.Basis.LINES)
                    .ifPresent(d -> errors.add(new RowError(row.number(), BudgetColumns.ESTIMATE.header(), row.raw(),
                            messages.get(d.key(), PlausibleAmount.args(d, messages)))));
        }
        if (!errors.isEmpty()) {
            throw new RowsRejectedException(errors);
        }
    }
}
