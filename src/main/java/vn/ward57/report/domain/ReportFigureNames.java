package vn.ward57.report.domain;

import vn.ward57.report.ReportContent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.ward57.check.KnownDocument;
import vn.ward57.check.KnownFigure;
import vn.ward57.check.KnownFigures;
import vn.ward57.check.Measure;

/**
 * The report's figures as the narrative check knows them: each with the words an officer names it by. A name
 * holds the counted noun and what tells the figure from its neighbours ("hồ sơ đang giải quyết", not "đang
 * giải quyết"), so a number is matched only when its sentence says what it counts. The figure catalogue of
 * issue 20 will replace this table. The documents are the ward's directive register, whose dates the text's
 * citations are checked against besides the national table's.
 */
record ReportFigureNames(Map<String, ReportContent.Figure> computed, LocalDate from, LocalDate to,
                         List<KnownDocument> documents) implements KnownFigures {

    private static final Map<String, List<String>> NAMES = Map.ofEntries(
            Map.entry("dossier.received", List.of("hồ sơ tiếp nhận", "tổng số hồ sơ", "tiếp nhận hồ sơ")),
            Map.entry("dossier.carriedOver", List.of("hồ sơ kỳ trước chuyển sang", "hồ sơ chuyển từ kỳ trước", "hồ sơ tồn kỳ trước")),
            Map.entry("dossier.newlyReceived", List.of("hồ sơ tiếp nhận mới", "hồ sơ mới tiếp nhận")),
            Map.entry("dossier.newOnline", List.of("hồ sơ trực tuyến", "hồ sơ tiếp nhận trực tuyến", "hồ sơ nộp trực tuyến")),
            Map.entry("dossier.newInPerson", List.of("hồ sơ trực tiếp", "hồ sơ tiếp nhận trực tiếp", "hồ sơ nộp trực tiếp")),
            Map.entry("dossier.newPostal", List.of("hồ sơ qua bưu chính công ích", "hồ sơ tiếp nhận qua bưu chính công ích")),
            Map.entry("dossier.resolved", List.of("hồ sơ đã giải quyết", "hồ sơ được giải quyết", "hồ sơ giải quyết xong")),
            Map.entry("dossier.resolvedEarly", List.of("hồ sơ giải quyết trước hạn")),
            Map.entry("dossier.resolvedOnTime", List.of("hồ sơ giải quyết đúng hạn")),
            Map.entry("dossier.resolvedLate", List.of("hồ sơ giải quyết quá hạn", "hồ sơ giải quyết trễ hạn")),
            Map.entry("dossier.withdrawn", List.of("hồ sơ rút", "rút hồ sơ")),
            Map.entry("dossier.pending", List.of("hồ sơ đang giải quyết", "hồ sơ chưa giải quyết", "hồ sơ tồn",
                    "hồ sơ đang trong quá trình giải quyết", "hồ sơ đang xử lý")),
            Map.entry("dossier.pendingWithinDeadline", List.of("hồ sơ đang giải quyết trong hạn", "hồ sơ còn trong thời hạn",
                    "hồ sơ chưa đến hạn", "hồ sơ đang giải quyết chưa đến hạn")),
            Map.entry("dossier.pendingOverdue", List.of("hồ sơ đang giải quyết quá hạn", "hồ sơ quá hạn chưa giải quyết",
                    "hồ sơ tồn quá hạn")),
            Map.entry("dossier.onlineRate", List.of("tỷ lệ hồ sơ trực tuyến", "hồ sơ trực tuyến", "tỷ lệ tiếp nhận trực tuyến")),
            Map.entry("dossier.onTimeRate", List.of("tỷ lệ giải quyết đúng hạn", "giải quyết đúng hạn", "đúng hạn",
                    "giải quyết trước và đúng hạn", "giải quyết đúng và trước hạn", "trước hạn và đúng hạn")),
            Map.entry("dossier.digitisedInputRate", List.of("tỷ lệ số hóa hồ sơ", "số hóa hồ sơ đầu vào", "số hóa thành phần hồ sơ")),
            Map.entry("dossier.digitisedResultRate", List.of("cấp kết quả điện tử", "số hóa kết quả giải quyết")),
            Map.entry("dossier.onlinePaymentRate", List.of("thanh toán trực tuyến")),
            Map.entry("procedure.total", List.of("tổng số thủ tục hành chính")),
            Map.entry("procedure.full", List.of("dịch vụ công trực tuyến toàn trình")),
            Map.entry("procedure.partial", List.of("dịch vụ công trực tuyến một phần")),
            Map.entry("procedure.nonResidence", List.of("thủ tục hành chính phi địa giới")),
            Map.entry("task.assigned", List.of("nhiệm vụ được giao")),
            Map.entry("task.done", List.of("nhiệm vụ đã hoàn thành", "hoàn thành nhiệm vụ")),
            Map.entry("task.doneOnTime", List.of("nhiệm vụ hoàn thành trong hạn", "nhiệm vụ hoàn thành đúng hạn")),
            Map.entry("task.doneLate", List.of("nhiệm vụ hoàn thành quá hạn")),
            Map.entry("task.inProgress", List.of("nhiệm vụ đang thực hiện trong hạn", "nhiệm vụ đang thực hiện")),
            Map.entry("task.overdue", List.of("nhiệm vụ quá hạn chưa hoàn thành", "nhiệm vụ quá hạn")),
            Map.entry("task.completionRate", List.of("tỷ lệ hoàn thành nhiệm vụ", "hoàn thành nhiệm vụ")),
            Map.entry("feedback.received", List.of("phản ánh kiến nghị đã nhận được", "tiếp nhận phản ánh kiến nghị",
                    "phản ánh kiến nghị sáng kiến giải pháp đã nhận được")),
            Map.entry("feedback.resolved", List.of("phản ánh kiến nghị đã giải quyết", "giải quyết xong phản ánh kiến nghị")),
            Map.entry("feedback.backlog", List.of("phản ánh kiến nghị tồn đọng", "phản ánh kiến nghị chưa giải quyết",
                    "phản ánh kiến nghị tồn")),
            Map.entry("feedback.onTimeRate", List.of("phản ánh kiến nghị giải quyết đúng hạn")),
            Map.entry("staff.allotted", List.of("biên chế được giao", "biên chế giao")),
            Map.entry("staff.filled", List.of("biên chế có mặt")),
            Map.entry("training.staffTrained", List.of("cán bộ được tập huấn", "cán bộ công chức đã được tập huấn")),
            Map.entry("training.staffTrainedRate", List.of("cán bộ được tập huấn", "tỷ lệ cán bộ được tập huấn")),
            Map.entry("training.events", List.of("lớp tập huấn")),
            Map.entry("training.participants", List.of("lượt người tham gia tập huấn")),
            Map.entry("community.teams", List.of("toàn phường tổ công nghệ số cộng đồng", "tổng số tổ công nghệ số cộng đồng")),
            Map.entry("community.members", List.of("thành viên tổ công nghệ số cộng đồng")),
            Map.entry("community.residentsHelped", List.of("lượt người dân được hỗ trợ")),
            Map.entry("community.groups", List.of("toàn phường tổ dân phố", "tổng số tổ dân phố")),
            Map.entry("asset.cameras", List.of("camera an ninh đang hoạt động")),
            Map.entry("budget.TOTAL.estimate", List.of("tổng dự toán", "dự toán ngân sách được giao")),
            Map.entry("budget.TOTAL.adjusted", List.of("dự toán sau điều chỉnh", "tổng dự toán sau điều chỉnh")),
            Map.entry("budget.TOTAL.disbursed", List.of("tổng kinh phí đã giải ngân", "tổng số kinh phí đã giải ngân")));

    @Override
    public List<KnownFigure> figures() {
        List<KnownFigure> out = new ArrayList<>();
        NAMES.forEach((key, names) -> {
            ReportContent.Figure f = computed.get(key);
            if (f != null && f.value() != null) {
                out.add(known(f, names));
            }
        });
        ReportContent.Figure early = computed.get("dossier.resolvedEarly");
        ReportContent.Figure onTime = computed.get("dossier.resolvedOnTime");
        if (early != null && onTime != null && early.value() != null && onTime.value() != null) {
            // "đúng và trước hạn" counts both; named apart so it is never taken for either
            var sum = early.value().add(onTime.value());
            out.add(new KnownFigure("dossier.resolvedInTime", List.of("hồ sơ giải quyết trước và đúng hạn",
                    "hồ sơ giải quyết đúng và trước hạn", "hồ sơ giải quyết trước hạn và đúng hạn"), sum, Measure.COUNT,
                    vn.ward57.common.VietnameseFormat.count(sum), early.link()));
        }
        return out;
    }

    private KnownFigure known(ReportContent.Figure f, List<String> names) {
        Measure measure = f.text().endsWith("%") ? Measure.PERCENT : f.text().endsWith("đồng") ? Measure.MONEY : Measure.COUNT;
        // the label is not a name: "Tổ dân phố" alone would match any "12 tổ dân phố"
        List<String> all = names;
        if (f.key().startsWith("budget.")) {
            // the budget is of a year: a sentence about that year is about these figures
            LocalDate year = LocalDate.of(to.getYear(), 1, 1);
            return new KnownFigure(f.key(), all, f.value(), measure, f.text(), f.link(), year, year.withDayOfYear(year.lengthOfYear()));
        }
        return new KnownFigure(f.key(), all, f.value(), measure, f.text(), f.link());
    }
}
