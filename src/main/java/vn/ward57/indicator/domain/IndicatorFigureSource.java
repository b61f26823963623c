package vn.ward57.indicator.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.ward57.common.ReportingPeriod;
import vn.ward57.figure.Figure.Basis;
import vn.ward57.figure.FigureList;
import vn.ward57.figure.MetricSource;
import vn.ward57.indicator.FormCompleteness;
import vn.ward57.indicator.ReportForm;
import vn.ward57.indicator.ValidationService;
import vn.ward57.org.Ward;

/**
 * The figures of the indicator module's own records: the units' report forms and the validation rules.
 * The services come through providers because validation reads the catalogue itself.
 */
@Component
class IndicatorFigureSource extends MetricSource {

    private static final String FORMS = "Biểu báo cáo số liệu của các đơn vị";

    private static final FigureList FIGURES = FigureList.of("indicator", FORMS)
            .count("FORMS_EXPECTED", "Số biểu báo cáo phải nộp", "Report forms owed", Basis.OVER_PERIOD,
                    "Biểu của các kỳ nằm trong kỳ báo cáo đã kết thúc, mỗi đơn vị chủ trì chỉ tiêu nhập tay.")
            .count("FORMS_SUBMITTED", "Số biểu báo cáo đã nộp", "Report forms submitted", Basis.OVER_PERIOD,
                    "Những biểu đó đã nộp hoặc đã duyệt.")
            .percent("FORMS_SUBMITTED_SHARE", "Tỷ lệ biểu báo cáo đã nộp", "Share of report forms submitted",
                    Basis.OVER_PERIOD, "Biểu đã nộp × 100 / biểu phải nộp.")
            .records("Quy tắc kiểm tra số liệu của phường")
            .count("VALIDATION_BROKEN", "Số quy tắc kiểm tra số liệu bị vi phạm", "Validation rules broken",
                    Basis.OVER_PERIOD, "Quy tắc bị vi phạm trong đúng kỳ này (tháng, quý, 6 tháng hay năm).");

    private final ObjectProvider<FormCompleteness> forms;
    private final ObjectProvider<ValidationService> validation;

    IndicatorFigureSource(ObjectProvider<FormCompleteness> forms, ObjectProvider<ValidationService> validation) {
        super(FIGURES);
        this.forms = forms;
        this.validation = validation;
    }

    @Override
    public BigDecimal value(Ward ward, String code, LocalDate from, LocalDate to) {
        return code.equals("VALIDATION_BROKEN") ? broken(ward, from, to) : formFigures(ward, from, to).get(code);
    }

    @Override
    public Map<String, BigDecimal> values(Ward ward, LocalDate from, LocalDate to) {
        Map<String, BigDecimal> values = formFigures(ward, from, to);
        values.put("VALIDATION_BROKEN", broken(ward, from, to));
        return values;
    }

    /** Rules are checked for a named period: a range that is none has no figure. */
    private BigDecimal broken(Ward ward, LocalDate from, LocalDate to) {
        return ReportingPeriod.exactly(from, to).filter(p -> !p.cutOff())
                .map(p -> MetricSource.of(validation.getObject().violations(ward, p.code()).size()))
                .orElse(null);
    }

    private Map<String, BigDecimal> formFigures(Ward ward, LocalDate from, LocalDate to) {
        long expected = 0;
        long submitted = 0;
        for (ReportForm.Completeness c : forms.getObject().of(ward, from, to)) {
            expected += c.expected();
            submitted += c.submitted();
        }
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        values.put("FORMS_EXPECTED", MetricSource.of(expected));
        values.put("FORMS_SUBMITTED", MetricSource.of(submitted));
        values.put("FORMS_SUBMITTED_SHARE", MetricSource.share(submitted, expected));
        return values;
    }
}
