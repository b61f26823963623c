package vn.ward57.budget.domain;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.budget.BudgetLine;
import vn.ward57.budget.BudgetLineDetail;
import vn.ward57.budget.Category;
import vn.ward57.budget.domain.BudgetEntryRepository.EntryRow;
import vn.ward57.budget.domain.BudgetEntryRepository.Kind;
import vn.ward57.common.VietnameseFormat;
import vn.ward57.common.database.VersionedRecords;
import vn.ward57.common.error.ConflictException;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.table.TableColumn;
import vn.ward57.org.Ward;

/** The register of estimate lines: list with filters, a line with its entries, create, edit, delete. */
@Service
@Transactional(readOnly = true)
public class BudgetLines {

    private final WardLines wardLines;
    private final BudgetInput input;
    private final BudgetLineRepository lines;
    private final BudgetEntryRepository entries;
    private final DisbursementRepository disbursements;
    private final VersionedRecords.Kind<BudgetLine> records;

    BudgetLines(WardLines wardLines, BudgetInput input, BudgetLineRepository lines,
                BudgetEntryRepository entries, DisbursementRepository disbursements, VersionedRecords versioned) {
        this.records = versioned.of("budget_line", BudgetLine::version);
        this.wardLines = wardLines;
        this.input = input;
        this.lines = lines;
        this.entries = entries;
        this.disbursements = disbursements;
    }

    /** q matches code, name or funding source regardless of case and diacritics ("chuyen doi so"). */
    public List<BudgetLine> list(Ward ward, BudgetLine.Filter filter) {
        String q = filter.q() == null || filter.q().isBlank() ? null : TableColumn.normalise(filter.q());
        return lines.list(ward.id().value(), filter.year(), filter.category() == null ? null : filter.category().name())
                .stream()
                .filter(r -> q == null || TableColumn.normalise(r.code() + " " + r.name() + " "
                        + (r.fundingSource() == null ? "" : r.fundingSource())).contains(q))
                .map(r -> WardLines.view(ward.code(), r)).toList();
    }

    /** The years with lines, with this year and the next always among them, newest first. */
    public List<Integer> years(Ward ward) {
        var years = new java.util.TreeSet<Integer>(java.util.Comparator.reverseOrder());
        years.addAll(lines.years(ward.id().value()));
        years.add(vn.ward57.common.WardTime.thisYear());
        years.add(vn.ward57.common.WardTime.thisYear() + 1);
        return List.copyOf(years);
    }

    public BudgetLineDetail get(Ward ward, long lineId) {
        var line = wardLines.line(ward, lineId);
        return new BudgetLineDetail(WardLines.view(ward.code(), line),
                entries.list(Kind.ADJUSTMENT, lineId).stream().map(EntryRow::adjustment).toList(),
                disbursements.list(ward.id().value(), null, lineId, null, null).stream()
                        .map(d -> DisbursementService.view(ward.code(), d)).toList(),
                entries.list(Kind.COMMITMENT, lineId).stream().map(EntryRow::commitment).toList());
    }

    @Transactional
    @PreAuthorize("@access.enterWardWide(#ward)")
    public BudgetLine create(Ward ward, BudgetLine.Form form) {
        var values = values(form);
        if (lines.findByCode(ward.id().value(), values.fiscalYear(), values.code()).isPresent()) {
            throw duplicate(values);
        }
        input.plausible(values.estimate(), medianOfOthers(ward.id().value(), 0), PlausibleAmount.Basis.LINES,
                form.confirmAmount(), "estimate");
        long id = lines.insert(ward.id().value(), values);
        return records.created(ward, id,
                WardLines.view(ward.code(), lines.find(id).orElseThrow()));
    }

    /**
     * The new estimate must still cover what is paid (estimate + adjustments ≥ disbursed); a line
     * with payments keeps its year, since its payments are dated in it.
     */
    @Transactional
    @PreAuthorize("@access.enterWardWide(#ward)")
    public BudgetLine update(Ward ward, long lineId, BudgetLine.Form form, Long version) {
        var before = locked(ward, lineId, version);
        var values = values(form);
        var sameCode = lines.findByCode(ward.id().value(), values.fiscalYear(), values.code());
        if (sameCode.isPresent() && sameCode.get().id() != lineId) {
            throw duplicate(values);
        }
        if (values.fiscalYear() != before.fiscalYear() && before.disbursed() > 0) {
            throw new InvalidInputException("budget.line.year-fixed", "fiscalYear", String.valueOf(before.fiscalYear()));
        }
        long adjusted = values.estimate() + (before.adjusted() - before.estimate());
        if (adjusted < before.disbursed()) {
            throw new InvalidInputException("budget.line.below-disbursed", "estimate", VietnameseFormat.dong(adjusted),
                    VietnameseFormat.dong(before.disbursed()));
        }
        if (values.estimate() != before.estimate()) {   // an amount confirmed once is not asked about again
            input.plausible(values.estimate(), medianOfOthers(ward.id().value(), lineId),
                    PlausibleAmount.Basis.LINES, form.confirmAmount(), "estimate");
        }
        records.written(lineId, lines.update(lineId, before.version(), values));
        return records.updated(ward, lineId, WardLines.view(ward.code(), before),
                WardLines.view(ward.code(), lines.find(lineId).orElseThrow()));
    }

    /** A line with payments stays (they are the ward's accounts); its adjustments and commitments go with it. */
    @Transactional
    @PreAuthorize("@access.enterWardWide(#ward)")
    public void delete(Ward ward, long lineId, Long version) {
        var line = locked(ward, lineId, version);
        if (disbursements.anyOfLine(lineId)) {
            throw new ConflictException("budget.line.has-disbursements", null, line.code(),
                    VietnameseFormat.dong(line.disbursed()));
        }
        records.written(lineId, lines.delete(lineId, line.version()));
        records.deleted(ward, lineId, WardLines.view(ward.code(), line));
    }

    /**
     * The line as it stands, locked until the change commits (as payments lock it), if the person read this
     * version (null: any); else refused with who changed it and when.
     */
    private BudgetLineRepository.Row locked(Ward ward, long lineId, Long version) {
        wardLines.line(ward, lineId);
        lines.lock(lineId);
        var now = lines.find(lineId).orElseThrow();
        records.checked(lineId, version, WardLines.view(ward.code(), now));
        return now;
    }

    /** The median estimate of the ward's lines of every year but the one edited. */
    private Long medianOfOthers(long wardId, long exceptId) {
        return PlausibleAmount.median(lines.list(wardId, null, null).stream().filter(r -> r.id() != exceptId)
                .map(BudgetLineRepository.Row::estimate).toList());
    }

    BudgetLineRepository.Values values(BudgetLine.Form form) {
        int year = input.year(form.fiscalYear(), "fiscalYear");
        Category category = Category.of(input.required(form.category(), "category"));
        if (category == null) {
            throw new InvalidInputException("budget.category.unknown", "category", form.category());
        }
        String code = input.text(input.required(form.code(), "code"), "code", 50);
        if (!code.matches(CODE)) {
            throw new InvalidInputException("budget.code.pattern", "code", code);
        }
        String name = input.text(input.required(form.name(), "name"), "name", 1000);
        long estimate = input.money(form.estimate(), "estimate");
        return new BudgetLineRepository.Values(year, category.name(), code, name, estimate,
                input.text(form.fundingSource(), "fundingSource", 300), input.text(form.note(), "note", 2000));
    }

    /** Letters, digits and . _ - / (e.g. CDS-01, KHCN.2), starting with a letter or digit. */
    static final String CODE = "[\\p{L}\\p{N}][\\p{L}\\p{N}._/-]*";

    private static ConflictException duplicate(BudgetLineRepository.Values v) {
        return new ConflictException("budget.line.duplicate", "code", v.code(), String.valueOf(v.fiscalYear()));
    }
}
