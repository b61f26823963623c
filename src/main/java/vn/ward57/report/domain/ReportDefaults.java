package vn.ward57.report.domain;

import vn.ward57.report.ReportKind;
import vn.ward57.report.Report;
import java.util.Optional;
import vn.ward57.org.Ward;

/** The frame of a new report: carried over from the ward's previous report of the kind, else the seeds' usual one. */
final class ReportDefaults {

    static final String RECIPIENTS = """
            Sở Khoa học và Công nghệ;
            Thường trực Đảng ủy phường;
            Thường trực HĐND phường;
            Lãnh đạo UBND phường;
            Lưu: VT.""";

    private ReportDefaults() {
    }

    static Report.HeaderForm header(ReportKind kind, ReportPeriod period, Ward ward, Optional<Report> previous) {
        String place = ward.name().replaceFirst("^(Phường|Xã|Thị trấn|Đặc khu) ", "");
        String title = title(kind, period);
        String opening = previous.map(Report::opening).orElse(
                "UBND %s báo cáo %s như sau:".formatted(lowerFirst(ward.name()), lowerFirst(title)));
        return new Report.HeaderForm(null, previous.map(Report::place).orElse(place), null, title, opening,
                previous.map(r -> String.join("\n", r.recipients())).orElse(RECIPIENTS),
                previous.map(Report::signerMode).orElse(Report.SignerMode.KT),
                previous.map(Report::signerName).orElse(null));
    }

    static String title(ReportKind kind, ReportPeriod period) {
        return switch (kind) {
            case NQ57_RESULTS -> "Kết quả thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát "
                    + "triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia " + period.phrase();
            case PLAN_BUDGET -> "Triển khai thực hiện khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và dự toán ngân "
                    + "sách khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số năm " + (period.to().getYear() + 1);
            case MONTHLY -> "Tình hình thực hiện Nghị quyết số 57-NQ/TW " + period.phrase();
            case WEEKLY_BULLETIN -> "Tình hình vận hành " + period.phrase();
        };
    }

    private static String lowerFirst(String s) {
        return s.substring(0, 1).toLowerCase(java.util.Locale.forLanguageTag("vi")) + s.substring(1);
    }
}
