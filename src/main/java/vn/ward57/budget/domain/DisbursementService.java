package vn.ward57.budget.domain;

import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.budget.Disbursement;
import vn.ward57.common.database.VersionedRecords;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.org.Ward;
import vn.ward57.org.WardAccess;

/**
 * Payments from the lines (giải ngân). A payment is dated within its line's fiscal year and may not
 * take the line's disbursed (Σ payments) over its adjusted estimate (estimate + Σ adjustments) unless
 * a leader allows it with a reason ({@link OverEstimate}).
 */
@Service
@Transactional(readOnly = true)
public class DisbursementService {

    private final WardAccess access;
    private final BudgetInput input;
    private final BudgetLineRepository lines;
    private final DisbursementRepository disbursements;
    private final VersionedRecords.Kind<Disbursement> records;

    DisbursementService(WardAccess access, BudgetInput input, BudgetLineRepository lines,
                        DisbursementRepository disbursements, VersionedRecords versioned) {
        this.records = versioned.of("disbursement", Disbursement::version);
        this.access = access;
        this.input = input;
        this.lines = lines;
        this.disbursements = disbursements;
    }

    public List<Disbursement> list(Ward ward, Disbursement.Filter filter) {
        return disbursements.list(ward.id().value(), filter.year(), filter.budgetLineId(), filter.from(), filter.to())
                .stream().map(d -> view(ward.code(), d)).toList();
    }

    public Disbursement get(Ward ward, long disbursementId) {
        return view(ward.code(), find(ward, disbursementId));
    }

    @Transactional
    @PreAuthorize("@access.enterWardWide(#ward)")
    public Disbursement create(Ward ward, Disbursement.Form form) {
        var values = values(ward, form, input.required(form.budgetLineId(), "budgetLineId"), 0, true);
        long id = disbursements.insert(ward.id().value(), values);
        return records.created(ward, id,
                view(ward.code(), disbursements.find(id).orElseThrow()));
    }

    /** Without budgetLineId the payment stays on its line; the rules apply to the edited payment as to a new one. */
    @Transactional
    @PreAuthorize("@access.enterWardWide(#ward)")
    public Disbursement update(Ward ward, long disbursementId, Disbursement.Form form, Long version) {
        var before = locked(ward, disbursementId, version);
        long lineId = form.budgetLineId() == null ? before.budgetLineId() : form.budgetLineId();
        boolean changed = lineId != before.budgetLineId() || form.amount() == null
                || form.amount().compareTo(java.math.BigDecimal.valueOf(before.amount())) != 0;
        var values = values(ward, form, lineId, disbursementId, changed);
        records.written(disbursementId, disbursements.update(disbursementId, before.version(), values));
        return records.updated(ward, disbursementId, view(ward.code(), before),
                view(ward.code(), disbursements.find(disbursementId).orElseThrow()));
    }

    @Transactional
    @PreAuthorize("@access.enterWardWide(#ward)")
    public void delete(Ward ward, long disbursementId, Long version) {
        var before = locked(ward, disbursementId, version);
        records.written(disbursementId, disbursements.delete(disbursementId, before.version()));
        records.deleted(ward, disbursementId, view(ward.code(), before));
    }

    /** Checks the payment against its line (locked, so that two payments at once cannot both pass). */
    private DisbursementRepository.Values values(Ward ward, Disbursement.Form form, long lineId, long exceptId,
                                                 boolean amountChanged) {
        LocalDate paidOn = input.required(form.paidOn(), "paidOn");
        long amount = input.positive(form.amount(), "amount");
        String document = input.text(form.document(), "document", 300);
        String note = input.text(form.note(), "note", 2000);
        String reason = input.text(form.overrideReason(), "overrideReason", 2000);
        var line = lines.find(lineId).filter(l -> l.wardId() == ward.id().value())
                .orElseThrow(() -> new InvalidInputException("budget.disbursement.unknown-line", "budgetLineId",
                        String.valueOf(lineId)));
        if (paidOn.getYear() != line.fiscalYear()) {
            throw new InvalidInputException("budget.disbursement.outside-year", "paidOn", line.code(),
                    String.valueOf(line.fiscalYear()));
        }
        lines.lock(lineId);
        long adjusted = lines.find(lineId).orElseThrow().adjusted();
        if (amountChanged) {   // an amount confirmed once is not asked about again
            var basis = reference(disbursements, ward.id().value(), adjusted, exceptId);
            input.plausible(amount, basis.reference(), basis.basis(), form.confirmAmount(), "amount");
        }
        long after = disbursements.paidFromLine(lineId, exceptId) + amount;
        var override = OverEstimate.decide(access.canDirect(ward), line.code(), adjusted, after, reason);
        return new DisbursementRepository.Values(lineId, paidOn, amount, document, note, override.reason(),
                override.by());
    }

    record Reference(Long reference, PlausibleAmount.Basis basis) {
    }

    /** The line's adjusted estimate; for a line without one, the median of the ward's other payments. */
    static Reference reference(DisbursementRepository disbursements, long wardId, long adjusted, long exceptId) {
        if (adjusted > 0) {
            return new Reference(adjusted, PlausibleAmount.Basis.ESTIMATE);
        }
        return new Reference(PlausibleAmount.median(disbursements.list(wardId, null, null, null, null).stream()
                .filter(d -> d.id() != exceptId).map(DisbursementRepository.Row::amount).toList()),
                PlausibleAmount.Basis.PAYMENTS);
    }

    /** The payment as it stands, locked until the change commits, if the person read this version (null: any). */
    private DisbursementRepository.Row locked(Ward ward, long disbursementId, Long version) {
        find(ward, disbursementId);
        disbursements.lock(disbursementId);
        var now = find(ward, disbursementId);
        records.checked(disbursementId, version, view(ward.code(), now));
        return now;
    }

    private DisbursementRepository.Row find(Ward ward, long disbursementId) {
        return disbursements.find(disbursementId).filter(d -> d.wardId() == ward.id().value())
                .orElseThrow(() -> new NotFoundException("budget.disbursement.not-found", null,
                        String.valueOf(disbursementId)));
    }

    static Disbursement view(String wardCode, DisbursementRepository.Row d) {
        return new Disbursement(d.id(), wardCode, d.budgetLineId(), d.fiscalYear(), d.lineCode(), d.lineName(),
                d.paidOn(), d.amount(), d.document(), d.note(), d.overrideReason(), d.overriddenBy(), d.version());
    }
}
