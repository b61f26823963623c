package vn.ward57.report.domain;

import static vn.ward57.common.VietnameseFormat.count;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ward57.org.Ward;
import vn.ward57.breakthrough.Breakthrough;
import vn.ward57.breakthrough.BreakthroughService;
import vn.ward57.breakthrough.Recommendation;
import vn.ward57.breakthrough.RecommendationScope;
import vn.ward57.breakthrough.RecommendationService;
import vn.ward57.common.VietnameseFormat;
import vn.ward57.feedback.CategoryStats;
import vn.ward57.feedback.FeedbackStatsService;
import vn.ward57.initiative.CallService;
import vn.ward57.initiative.Initiative;
import vn.ward57.initiative.InitiativeService;
import vn.ward57.org.StaffingRow;
import vn.ward57.org.StaffingService;
import vn.ward57.report.ReportContent.Appendix;
import vn.ward57.report.ReportContent.Figure;
import vn.ward57.report.ReportContent.Row;

/**
 * Phụ lục I–X of the NQ57 report (seed 004), filled from the registers. The count cells take their text
 * from the report's figures, so the body and its appendix state one number; III, V, VI and VIII are the
 * officer's text (the system holds no register for them).
 */
@Component
class Nq57Appendices {

    private final FeedbackStatsService feedback;
    private final CallService calls;
    private final InitiativeService initiatives;
    private final StaffingService staffing;
    private final BreakthroughService breakthroughs;
    private final RecommendationService recommendations;

    Nq57Appendices(FeedbackStatsService feedback, CallService calls, InitiativeService initiatives,
                   StaffingService staffing, BreakthroughService breakthroughs,
                   RecommendationService recommendations) {
        this.feedback = feedback;
        this.calls = calls;
        this.initiatives = initiatives;
        this.staffing = staffing;
        this.breakthroughs = breakthroughs;
        this.recommendations = recommendations;
    }

    /** @param notes the officer's text of the appendices without a table, by number ("III" → text) */
    List<Appendix> build(Ward ward, LocalDate from, LocalDate to, Map<String, Figure> f, Map<String, String> notes) {
        List<Appendix> list = new ArrayList<>();
        list.add(new Appendix("I", "Phụ lục I. Công tác chỉ đạo, điều hành, hiệu quả đem lại", true,
                List.of("STT", "Số văn bản người đứng đầu trực tiếp ký", "Số văn bản cấp phó người đứng đầu ký",
                        "Số phiên họp, cuộc họp người đứng đầu chủ trì", "Số phiên họp, cuộc họp cấp phó người đứng đầu chủ trì",
                        "Các phương thức chỉ đạo, điều hành dựa trên dữ liệu đã áp dụng"),
                List.of(Row.of("1", t(f, "direction.documentsByHead"), t(f, "direction.documentsByDeputy"),
                        t(f, "direction.meetingsByHead"), t(f, "direction.meetingsByDeputy"), notes.getOrDefault("I", ""))),
                null));
        list.add(feedbackAppendix(ward, from, to, f));
        list.add(initiativeAppendix(ward, from, to));
        list.add(noteOnly("III", "Phụ lục III. Danh sách thể chế, chính sách đã ban hành, cần ban hành", notes));
        list.add(new Appendix("IV", "Phụ lục IV. Bảng số liệu thủ tục hành chính, dịch vụ công trực tuyến", true,
                List.of("STT", "Cấp", "Số TTHC", "Số DVCTT toàn trình", "Số DVCTT một phần"),
                List.of(Row.of("1", "Cấp Trung ương", t(f, "procedure.central"), t(f, "procedure.central.full"), t(f, "procedure.central.partial")),
                        Row.of("2", "Cấp tỉnh", t(f, "procedure.province"), t(f, "procedure.province.full"), t(f, "procedure.province.partial")),
                        Row.of("3", "Cấp xã", t(f, "procedure.ward"), t(f, "procedure.ward.full"), t(f, "procedure.ward.partial")),
                        new Row(List.of("", "Tổng cộng", t(f, "procedure.total"), t(f, "procedure.full"), t(f, "procedure.partial")), true)),
                null));
        list.add(new Appendix("IV (tiếp)", "Phụ lục IV (tiếp). Số hồ sơ tiếp nhận trong kỳ và lũy kế từ 22/12/2024", true,
                List.of("STT", "Cấp", "Hồ sơ trực tuyến trong kỳ", "Hồ sơ trực tuyến lũy kế",
                        "Hồ sơ trực tiếp và hình thức khác trong kỳ", "Hồ sơ trực tiếp và hình thức khác lũy kế"),
                List.of(Row.of("1", "Cấp xã", t(f, "dossier.newOnline"), t(f, "dossier.cumulative.newOnline"),
                        t(f, "dossier.newOffline"), t(f, "dossier.cumulative.newOffline"))),
                null));
        list.add(noteOnly("V", "Phụ lục V. Danh mục nền tảng số quốc gia, chuyên ngành, dùng chung", notes));
        list.add(noteOnly("VI", "Phụ lục VI. Tiến độ triển khai các cơ sở dữ liệu quốc gia, chuyên ngành", notes));
        list.add(staffAppendix(ward, to));
        list.add(noteOnly("VIII", "Phụ lục VIII. Danh mục công nghệ chiến lược/sản phẩm công nghệ chiến lược", notes));
        list.add(breakthroughAppendix(ward));
        list.add(recommendationAppendix(ward));
        list.add(BudgetOfPeriod.appendix(from, to, f));
        return list;
    }

    private Appendix feedbackAppendix(Ward ward, LocalDate from, LocalDate to, Map<String, Figure> f) {
        List<Row> rows = new ArrayList<>();
        int n = 1;
        for (CategoryStats c : feedback.byCategory(ward, from, to)) {
            if (c.nq57Area() && c.figures().received() + c.figures().backlog() > 0) {   // issue 20: the area only
                rows.add(Row.of(String.valueOf(n++), c.name(), count(c.figures().received()), count(c.figures().resolved()),
                        count(c.figures().backlog()), count(c.figures().overdue())));
            }
        }
        rows.add(new Row(List.of("", "Tổng cộng", t(f, "feedback.received"), t(f, "feedback.resolved"),
                t(f, "feedback.backlog"), t(f, "feedback.overdue")), true));
        return new Appendix("II", "Phụ lục II. Phản ánh, kiến nghị, sáng kiến, giải pháp tốt, có giá trị thực tiễn", false,
                List.of("STT", "Nhóm PAKN/SKGP", "PAKN/SKGP mới", "Đã giải quyết", "Tồn đọng", "Quá hạn"), rows,
                "Chỉ tính phản ánh, kiến nghị thuộc lĩnh vực KHCN, ĐMST, CĐS.");
    }

    private Appendix initiativeAppendix(Ward ward, LocalDate from, LocalDate to) {
        List<Row> rows = new ArrayList<>();
        for (var call : calls.list(ward)) {
            for (Initiative i : initiatives.list(ward, call.id(), null)) {
                if (i.submittedOn() != null && !i.submittedOn().isBefore(from) && !i.submittedOn().isAfter(to)) {
                    rows.add(Row.of(String.valueOf(rows.size() + 1), i.title(),
                            i.authors() + (i.unitName() == null ? "" : " (" + i.unitName() + ")"),
                            nz(i.results()), ""));
                }
            }
        }
        return new Appendix("II (tiếp)", "Phụ lục II (tiếp). Những sáng kiến, giải pháp", false,
                List.of("STT", "Nội dung PAKN/SKGP", "Cơ quan/Tổ chức/Cá nhân đề xuất", "Giá trị thực tiễn có thể mang lại",
                        "Kiến nghị của cơ quan giải quyết để SKGP có thể triển khai, áp dụng"), rows, null);
    }

    private Appendix staffAppendix(Ward ward, LocalDate to) {
        var summary = staffing.summary(ward, to.getYear());
        List<Row> rows = new ArrayList<>();
        for (StaffingRow r : summary.units()) {
            if (r.allotted() != null) {
                rows.add(Row.of(String.valueOf(rows.size() + 1), r.unitName(), count(r.allotted()), count(r.filled()),
                        count(r.missing()), nz(r.note())));
            }
        }
        rows.add(new Row(List.of("", "Tổng cộng", count(summary.allotted()), count(summary.filled()),
                count(summary.missing()), ""), true));
        return new Appendix("VII", "Phụ lục VII. Việc bố trí cán bộ, công chức của cơ quan, địa phương năm " + to.getYear(),
                false, List.of("STT", "Cơ quan, đơn vị", "Số biên chế được giao", "Số người đã được bố trí",
                "Số người còn thiếu", "Lý do chưa bố trí đủ, ghi chú"), rows, null);
    }

    private Appendix breakthroughAppendix(Ward ward) {
        List<Row> rows = new ArrayList<>();
        for (Breakthrough b : breakthroughs.list(ward)) {
            rows.add(Row.of(String.valueOf(rows.size() + 1), b.problem(), b.solution(), nz(b.mechanismsResources()),
                    nz(b.costAndTime()), b.quantifiedResult(), nz(b.impact()), nz(b.lessonsAndScaling()), nz(b.risks()),
                    nz(b.headRole()), b.contactName() + (b.contactPhone() == null ? "" : ", " + b.contactPhone())));
        }
        return new Appendix("IX", "Phụ lục IX. Danh mục một số kết quả đột phá", true,
                List.of("STT", "Vấn đề cần giải quyết", "Giải pháp thực hiện",
                        "Cơ chế, chính sách, nền tảng, dữ liệu, hạ tầng, nhân lực... đã sử dụng",
                        "Nguồn lực, kinh phí và thời gian triển khai", "Kết quả định lượng",
                        "Tác động đối với người dân, doanh nghiệp, bộ máy nhà nước", "Bài học và điều kiện nhân rộng",
                        "Đánh giá tác động rủi ro khi nhân rộng (nếu có)", "Vai trò người đứng đầu (nếu có)", "Đầu mối liên hệ"),
                rows, null);
    }

    private Appendix recommendationAppendix(Ward ward) {
        List<Recommendation> all = recommendations.list(ward);
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(List.of("I", "Nhóm vấn đề cơ quan, địa phương tự xử lý được, nêu rõ cam kết và thời hạn hoàn thành",
                "", "", "", "", ""), true));
        addRecommendations(rows, all, RecommendationScope.SELF);
        rows.add(new Row(List.of("II", "Nhóm vấn đề cần sở, ngành hướng dẫn, phối hợp hoặc tháo gỡ", "", "", "", "", ""), true));
        addRecommendations(rows, all, RecommendationScope.HIGHER);
        return new Appendix("X", "Phụ lục X. Danh mục đề xuất, kiến nghị của các cơ quan, địa phương", true,
                List.of("STT", "Nội dung đề xuất, kiến nghị", "Thẩm quyền xem xét, quyết định",
                        "Cơ quan chủ trì xử lý đề xuất, kiến nghị", "Cơ quan phối hợp xử lý đề xuất, kiến nghị",
                        "Sản phẩm/kết quả đầu ra mong muốn", "Thời hạn hoàn thành"), rows, null);
    }

    private static void addRecommendations(List<Row> rows, List<Recommendation> all, RecommendationScope scope) {
        int n = 1;
        for (Recommendation r : all) {
            if (r.scope() == scope) {
                String deadline = r.deadlineText() != null ? r.deadlineText() : VietnameseFormat.date(r.deadline());
                rows.add(Row.of(String.valueOf(n++), r.content(), nz(r.decidingAuthority()), nz(r.leadBody()),
                        nz(r.coordinatingBodies()), nz(r.expectedOutput()), deadline));
            }
        }
    }

    private static Appendix noteOnly(String number, String title, Map<String, String> notes) {
        String note = notes.getOrDefault(number, "");
        return new Appendix(number, title, false, List.of(), List.of(), note.isBlank() ? "Không có." : note);
    }

    static String t(Map<String, Figure> f, String key) {
        Figure figure = f.get(key);
        return figure == null ? "" : figure.text();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
