package vn.ward57.budget;

import java.util.List;
import org.springframework.stereotype.Service;
import vn.ward57.budget.domain.BudgetLines;
import vn.ward57.org.Ward;

/** What other modules read of the register of estimate lines; the register itself is domain/BudgetLines. */
@Service
public class BudgetLineService {

    private final BudgetLines lines;

    BudgetLineService(BudgetLines lines) {
        this.lines = lines;
    }

    public List<BudgetLine> list(Ward ward, BudgetLine.Filter filter) {
        return lines.list(ward, filter);
    }
}
