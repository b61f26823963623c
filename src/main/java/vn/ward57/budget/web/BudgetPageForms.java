package vn.ward57.budget.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.ward57.budget.Adjustment;
import vn.ward57.budget.BudgetLine;
import vn.ward57.budget.Commitment;
import vn.ward57.budget.Disbursement;
import vn.ward57.common.VietnameseFormat;
import vn.ward57.common.web.Messages;

/** The budget's page forms: the API's forms with money as text, read by {@link PageMoney}. */
final class BudgetPageForms {

    private BudgetPageForms() {
    }

    /** Whether a refusal is the plausibility rule's doubt, so the form asks to confirm the amount. */
    static boolean doubted(org.springframework.validation.BindingResult errors) {
        return errors.getAllErrors().stream().anyMatch(e -> e.getCode() != null
                && e.getCode().startsWith("budget.amount."));
    }

    /** version: the line's as the edit form was read (null for a new line), sent back with the change. */
    record LineForm(Integer fiscalYear, String category, String code, String name, String estimate,
                    String fundingSource, String note, Boolean confirmAmount, Long version) {

        static LineForm of(BudgetLine l) {
            return new LineForm(l.fiscalYear(), l.category().name(), l.code(), l.name(),
                    VietnameseFormat.count(l.estimate()), l.fundingSource(), l.note(), null, l.version());
        }

        BudgetLine.Form form(Messages messages) {
            return new BudgetLine.Form(fiscalYear, category, code, name, PageMoney.read(estimate, "estimate", messages),
                    fundingSource, note, confirmAmount);
        }
    }

    record AdjustmentForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn, String amount,
                          String document, String reason) {

        Adjustment.Form form(Messages messages) {
            return new Adjustment.Form(decidedOn, PageMoney.read(amount, "amount", messages), document, reason);
        }
    }

    record CommitmentForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate committedOn, String amount,
                          String document, String note) {

        Commitment.Form form(Messages messages) {
            return new Commitment.Form(committedOn, PageMoney.read(amount, "amount", messages), document, note);
        }
    }

    /** version: the payment's as the edit form was read (null for a new payment), sent back with the change. */
    record DisbursementForm(Long budgetLineId, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate paidOn,
                            String amount, String document, String note, String overrideReason,
                            Boolean confirmAmount, Long version) {

        static DisbursementForm of(Disbursement d) {
            return new DisbursementForm(d.budgetLineId(), d.paidOn(), VietnameseFormat.count(d.amount()),
                    d.document(), d.note(), d.overrideReason(), null, d.version());
        }

        Disbursement.Form form(Messages messages) {
            return new Disbursement.Form(budgetLineId, paidOn, PageMoney.read(amount, "amount", messages), document,
                    note, overrideReason, confirmAmount);
        }
    }
}
