package vn.ward57.budget.domain;

import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.budget.Adjustment;
import vn.ward57.budget.Commitment;
import vn.ward57.budget.domain.BudgetEntryRepository.EntryRow;
import vn.ward57.budget.domain.BudgetEntryRepository.Kind;
import vn.ward57.common.VietnameseFormat;
import vn.ward57.common.database.VersionedRecords;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.org.Ward;

/**
 * A line's adjustments and commitments. An adjustment (or removing one) may not take the adjusted
 * estimate below 0 nor below what the line has already paid.
 */
@Service
@Transactional(readOnly = true)
public class BudgetEntries {

    private final WardLines wardLines;
    private final BudgetInput input;
    private final BudgetLineRepository lines;
    private final BudgetEntryRepository entries;
    private final VersionedRecords.Kind<Adjustment> adjustments;
    private final VersionedRecords.Kind<Commitment> commitments;

    BudgetEntries(WardLines wardLines, BudgetInput input, BudgetLineRepository lines, BudgetEntryRepository entries,
                  VersionedRecords versioned) {
        this.wardLines = wardLines;
        this.input = input;
        this.lines = lines;
        this.entries = entries;
        this.adjustments = versioned.unversioned(Kind.ADJUSTMENT.table);
        this.commitments = versioned.unversioned(Kind.COMMITMENT.table);
    }

    @Transactional
    @PreAuthorize("@access.enterWardWide(#ward)")
    public Adjustment adjust(Ward ward, long lineId, Adjustment.Form form) {
        wardLines.line(ward, lineId);
        LocalDate decidedOn = input.required(form.decidedOn(), "decidedOn");
        long amount = input.signed(form.amount(), "amount");
        String document = input.text(form.document(), "document", 300);
        String reason = input.text(form.reason(), "reason", 2000);
        checkAdjusted(lineId, amount, "amount");
        Adjustment made = entries.insert(Kind.ADJUSTMENT, ward.id().value(), lineId, decidedOn, amount, document,
                reason).adjustment();
        return adjustments.created(ward, made.id(), made);
    }

    @Transactional
    @PreAuthorize("@access.enterWardWide(#ward)")
    public void deleteAdjustment(Ward ward, long lineId, long adjustmentId) {
        EntryRow row = entry(ward, lineId, Kind.ADJUSTMENT, adjustmentId, "budget.adjustment.not-found");
        checkAdjusted(lineId, -row.amount(), null);
        entries.delete(Kind.ADJUSTMENT, adjustmentId);
        adjustments.deleted(ward, adjustmentId, row.adjustment());
    }

    @Transactional
    @PreAuthorize("@access.enterWardWide(#ward)")
    public Commitment commit(Ward ward, long lineId, Commitment.Form form) {
        wardLines.line(ward, lineId);
        LocalDate committedOn = input.required(form.committedOn(), "committedOn");
        long amount = input.positive(form.amount(), "amount");
        String document = input.text(form.document(), "document", 300);
        String note = input.text(form.note(), "note", 2000);
        Commitment made = entries.insert(Kind.COMMITMENT, ward.id().value(), lineId, committedOn, amount, document,
                note).commitment();
        return commitments.created(ward, made.id(), made);
    }

    @Transactional
    @PreAuthorize("@access.enterWardWide(#ward)")
    public void deleteCommitment(Ward ward, long lineId, long commitmentId) {
        EntryRow row = entry(ward, lineId, Kind.COMMITMENT, commitmentId, "budget.commitment.not-found");
        entries.delete(Kind.COMMITMENT, commitmentId);
        commitments.deleted(ward, commitmentId, row.commitment());
    }

    /** An entry of the ward's line: another line's (or another ward's) is not found. */
    private EntryRow entry(Ward ward, long lineId, Kind kind, long id, String notFound) {
        wardLines.line(ward, lineId);
        return entries.find(kind, id).filter(e -> e.budgetLineId() == lineId)
                .orElseThrow(() -> new NotFoundException(notFound, null, String.valueOf(id)));
    }

    /** The line's adjusted estimate after a change of the given amount: not below 0, not below what is paid. */
    private void checkAdjusted(long lineId, long change, String field) {
        lines.lock(lineId);
        var line = lines.find(lineId).orElseThrow();
        long after = line.adjusted() + change;
        if (after < 0) {
            throw new InvalidInputException("budget.adjustment.below-zero", field, line.code(),
                    VietnameseFormat.dong(after));
        }
        if (after < line.disbursed()) {
            throw new InvalidInputException("budget.adjustment.below-disbursed", field, line.code(),
                    VietnameseFormat.dong(after), VietnameseFormat.dong(line.disbursed()));
        }
    }
}
