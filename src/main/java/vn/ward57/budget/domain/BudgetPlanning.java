package vn.ward57.budget.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.budget.BudgetLine;
import vn.ward57.budget.NextYearForm;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.web.Messages;
import vn.ward57.org.Ward;

/** Next year's estimate prepared from this year's lines (seed 003: the 2026 estimate is built on 2025's). */
@Service
@Transactional(readOnly = true)
public class BudgetPlanning {

    private static final BigDecimal HUNDRED_THOUSAND = BigDecimal.valueOf(100_000);
    private static final BigDecimal MAX_PERCENT = BigDecimal.valueOf(1000);

    private final WardLines wardLines;
    private final BudgetInput input;
    private final BudgetLineRepository lines;
    private final Messages messages;
    private final ApplicationEventPublisher events;

    BudgetPlanning(WardLines wardLines, BudgetInput input, BudgetLineRepository lines, Messages messages,
                   ApplicationEventPublisher events) {
        this.wardLines = wardLines;
        this.input = input;
        this.lines = lines;
        this.messages = messages;
        this.events = events;
    }

    /**
     * Creates the lines of fromYear + 1 from fromYear's: same code, category, name and funding source;
     * estimate = the line's adjusted estimate × percent / 100, rounded HALF_UP to a whole thousand đồng.
     * Codes next year already has are left as they are. Answers the lines created.
     */
    @Transactional
    @PreAuthorize("@access.enterWardWide(#ward)")
    public List<BudgetLine> prepareNextYear(Ward ward, NextYearForm form) {
        int from = input.year(form.fromYear(), "fromYear");
        int next = input.year(from + 1, "fromYear");
        BigDecimal percent = input.required(form.percent(), "percent");
        if (percent.signum() < 0 || percent.compareTo(MAX_PERCENT) > 0) {
            throw new InvalidInputException("budget.next-year.bad-percent", "percent",
                    vn.ward57.common.Decimals.shown(percent));
        }
        var source = lines.list(ward.id().value(), from, null);
        if (source.isEmpty()) {
            throw new InvalidInputException("budget.next-year.no-lines", "fromYear", String.valueOf(from));
        }
        String note = messages.get(Locale.forLanguageTag("vi"), "budget.next-year.note", String.valueOf(from),
                percent.stripTrailingZeros().toPlainString().replace('.', ','));
        List<BudgetLine> created = new ArrayList<>();
        for (var line : source) {
            if (lines.findByCode(ward.id().value(), next, line.code()).isPresent()) {
                continue;
            }
            long id = lines.insert(ward.id().value(), new BudgetLineRepository.Values(next, line.category(),
                    line.code(), line.name(), nextEstimate(line.adjusted(), percent), line.fundingSource(), note));
            BudgetLine made = WardLines.view(ward.code(), lines.find(id).orElseThrow());
            events.publishEvent(ChangeRecorded.created("budget_line", String.valueOf(id), ward, made));
            created.add(made);
        }
        return created;
    }

    /** adjusted × percent / 100, to the nearest thousand đồng (HALF_UP): 123.456.500 × 100% → 123.457.000. */
    static long nextEstimate(long adjusted, BigDecimal percent) {
        return BigDecimal.valueOf(adjusted).multiply(percent).divide(HUNDRED_THOUSAND, 0, RoundingMode.HALF_UP)
                .longValueExact() * 1000;
    }
}
