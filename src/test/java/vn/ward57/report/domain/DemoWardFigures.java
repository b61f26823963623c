package vn.ward57.report.domain;

import vn.ward57.report.ReportContent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of the demo ward An Hải for the report of 01/12/2025 – 20/11/2026, as the demo profile computes
 * them (drafted at /wards/an-hai/reports): the figures the clean report text and the planted-error text are
 * written from.
 */
final class DemoWardFigures {

    static final LocalDate FROM = LocalDate.of(2025, 12, 1);
    static final LocalDate TO = LocalDate.of(2026, 11, 20);

    private DemoWardFigures() {
    }

    static ReportFigureNames known() {
        return new ReportFigureNames(figures(), FROM, TO, List.of());
    }

    static Map<String, ReportContent.Figure> figures() {
        Map<String, ReportContent.Figure> f = new LinkedHashMap<>();
        put(f, "asset.cameraGroups", "Tổ dân phố có camera", "0", "0");
        put(f, "asset.cameras", "Camera an ninh đang hoạt động", "0", "0");
        put(f, "budget.CDS.adjusted", "Dự toán sau điều chỉnh CDS", "1250000000", "1.250.000.000 đồng");
        put(f, "budget.CDS.disbursed", "Đã giải ngân CDS", "490000000", "490.000.000 đồng");
        put(f, "budget.CDS.disbursementRate", "Tỷ lệ giải ngân CDS", "39.2", "39,20%");
        put(f, "budget.CDS.estimate", "Dự toán CDS năm 2026", "1220000000", "1.220.000.000 đồng");
        put(f, "budget.DMST.adjusted", "Dự toán sau điều chỉnh DMST", "100000000", "100.000.000 đồng");
        put(f, "budget.DMST.disbursed", "Đã giải ngân DMST", "12000000", "12.000.000 đồng");
        put(f, "budget.DMST.disbursementRate", "Tỷ lệ giải ngân DMST", "12.0", "12,00%");
        put(f, "budget.DMST.estimate", "Dự toán DMST năm 2026", "100000000", "100.000.000 đồng");
        put(f, "budget.KHCN.adjusted", "Dự toán sau điều chỉnh KHCN", "260000000", "260.000.000 đồng");
        put(f, "budget.KHCN.disbursed", "Đã giải ngân KHCN", "45000000", "45.000.000 đồng");
        put(f, "budget.KHCN.disbursementRate", "Tỷ lệ giải ngân KHCN", "17.31", "17,31%");
        put(f, "budget.KHCN.estimate", "Dự toán KHCN năm 2026", "280000000", "280.000.000 đồng");
        put(f, "budget.TOTAL.adjusted", "Dự toán sau điều chỉnh", "1610000000", "1.610.000.000 đồng");
        put(f, "budget.TOTAL.disbursed", "Đã giải ngân", "547000000", "547.000.000 đồng");
        put(f, "budget.TOTAL.disbursementRate", "Tỷ lệ giải ngân", "33.98", "33,98%");
        put(f, "budget.TOTAL.estimate", "Dự toán năm 2026", "1600000000", "1.600.000.000 đồng");
        put(f, "community.groups", "Tổ dân phố", "247", "247");
        put(f, "community.members", "Thành viên Tổ công nghệ số cộng đồng", "946", "946");
        put(f, "community.residentsHelped", "Lượt người dân được hỗ trợ", "7050", "7.050");
        put(f, "community.teams", "Tổ công nghệ số cộng đồng", "247", "247");
        put(f, "direction.documents", "Văn bản chỉ đạo, điều hành đã ban hành", "0", "0");
        put(f, "direction.documentsByDeputy", "Văn bản cấp phó người đứng đầu ký", "0", "0");
        put(f, "direction.documentsByHead", "Văn bản người đứng đầu trực tiếp ký", "0", "0");
        put(f, "direction.meetings", "Phiên họp, cuộc họp", "2", "2");
        put(f, "direction.meetingsByDeputy", "Cuộc họp cấp phó người đứng đầu chủ trì", "2", "2");
        put(f, "direction.meetingsByHead", "Cuộc họp người đứng đầu chủ trì", "0", "0");
        put(f, "dossier.carriedOver", "Hồ sơ kỳ trước chuyển sang", "124", "124");
        put(f, "dossier.cumulative.newOffline", "Hồ sơ trực tiếp và hình thức khác lũy kế từ 22/12/2024", "1398", "1.398");
        put(f, "dossier.cumulative.newOnline", "Hồ sơ trực tuyến lũy kế từ 22/12/2024", "5957", "5.957");
        put(f, "dossier.digitisedInputRate", "Tỷ lệ số hóa hồ sơ đầu vào", "89.51", "89,51%");
        put(f, "dossier.digitisedResultRate", "Tỷ lệ cấp kết quả điện tử", "84.78", "84,78%");
        put(f, "dossier.newInPerson", "Hồ sơ tiếp nhận trực tiếp", "1249", "1.249");
        put(f, "dossier.newOffline", "Hồ sơ trực tiếp và hình thức khác", "1367", "1.367");
        put(f, "dossier.newOnline", "Hồ sơ tiếp nhận trực tuyến", "5772", "5.772");
        put(f, "dossier.newPostal", "Hồ sơ tiếp nhận qua BCCI", "118", "118");
        put(f, "dossier.newlyReceived", "Hồ sơ tiếp nhận mới", "7139", "7.139");
        put(f, "dossier.onTimeRate", "Tỷ lệ hồ sơ giải quyết trước và đúng hạn", "94.8", "94,80%");
        put(f, "dossier.onlinePaymentRate", "Tỷ lệ thanh toán trực tuyến", "60.09", "60,09%");
        put(f, "dossier.onlineRate", "Tỷ lệ hồ sơ trực tuyến", "80.85", "80,85%");
        put(f, "dossier.pending", "Hồ sơ đang giải quyết", "114", "114");
        put(f, "dossier.pendingOverdue", "Hồ sơ đang giải quyết quá hạn", "6", "6");
        put(f, "dossier.pendingWithinDeadline", "Hồ sơ đang giải quyết trong hạn", "108", "108");
        put(f, "dossier.received", "Hồ sơ tiếp nhận", "7263", "7.263");
        put(f, "dossier.resolved", "Hồ sơ đã giải quyết", "7095", "7.095");
        put(f, "dossier.resolvedEarly", "Hồ sơ giải quyết trước hạn", "4307", "4.307");
        put(f, "dossier.resolvedLate", "Hồ sơ giải quyết quá hạn", "369", "369");
        put(f, "dossier.resolvedOnTime", "Hồ sơ giải quyết đúng hạn", "2419", "2.419");
        put(f, "dossier.withdrawn", "Hồ sơ rút", "54", "54");
        put(f, "feedback.backlog", "PAKN, SKGP tồn đọng, chưa giải quyết", "3", "3");
        put(f, "feedback.onTimeRate", "Tỷ lệ PAKN giải quyết đúng hạn", "50.0", "50,00%");
        put(f, "feedback.overdue", "PAKN quá hạn", "2", "2");
        put(f, "feedback.received", "PAKN, SKGP đã nhận được", "8", "8");
        put(f, "feedback.resolved", "PAKN, SKGP đã giải quyết", "5", "5");
        put(f, "feedback.resolvedOnTime", "PAKN giải quyết đúng hạn", "4", "4");
        put(f, "indicator.amber", "Chỉ tiêu gần đạt", "1", "1");
        put(f, "indicator.green", "Chỉ tiêu đạt", "0", "0");
        put(f, "indicator.red", "Chỉ tiêu chưa đạt", "1", "1");
        put(f, "indicator.total", "Chỉ tiêu theo dõi", "30", "30");
        put(f, "indicator.unassessed", "Chỉ tiêu chưa đủ số liệu để đánh giá", "28", "28");
        put(f, "procedure.central", "Thủ tục cấp Trung ương", "0", "0");
        put(f, "procedure.central.full", "DVCTT toàn trình cấp Trung ương", "0", "0");
        put(f, "procedure.central.partial", "DVCTT một phần cấp Trung ương", "0", "0");
        put(f, "procedure.full", "Dịch vụ công trực tuyến toàn trình", "0", "0");
        put(f, "procedure.nonResidence", "Thủ tục phi địa giới", "0", "0");
        put(f, "procedure.online", "Dịch vụ công trực tuyến", "0", "0");
        put(f, "procedure.partial", "Dịch vụ công trực tuyến một phần", "0", "0");
        put(f, "procedure.province", "Thủ tục cấp tỉnh", "0", "0");
        put(f, "procedure.province.full", "DVCTT toàn trình cấp tỉnh", "0", "0");
        put(f, "procedure.province.partial", "DVCTT một phần cấp tỉnh", "0", "0");
        put(f, "procedure.total", "Số thủ tục hành chính", "0", "0");
        put(f, "procedure.ward", "Thủ tục cấp xã", "0", "0");
        put(f, "procedure.ward.full", "DVCTT toàn trình cấp xã", "0", "0");
        put(f, "procedure.ward.partial", "DVCTT một phần cấp xã", "0", "0");
        put(f, "staff.allotted", "Số biên chế được giao", "54", "54");
        put(f, "staff.filled", "Số người đã được bố trí", "53", "53");
        put(f, "staff.missing", "Số người còn thiếu", "1", "1");
        put(f, "task.assigned", "Nhiệm vụ được giao", "60", "60");
        put(f, "task.completionRate", "Tỷ lệ hoàn thành nhiệm vụ", "91.67", "91,67%");
        put(f, "task.done", "Nhiệm vụ đã hoàn thành", "55", "55");
        put(f, "task.doneLate", "Nhiệm vụ hoàn thành quá hạn", "0", "0");
        put(f, "task.doneOnTime", "Nhiệm vụ hoàn thành trong hạn", "55", "55");
        put(f, "task.inProgress", "Nhiệm vụ đang thực hiện trong hạn", "5", "5");
        put(f, "task.overdue", "Nhiệm vụ quá hạn chưa hoàn thành", "0", "0");
        put(f, "training.events", "Lớp tập huấn, bồi dưỡng", "2", "2");
        put(f, "training.inPost", "Cán bộ, công chức đang công tác", "53", "53");
        put(f, "training.participants", "Lượt người tham gia tập huấn", "229", "229");
        put(f, "training.staffTrained", "Cán bộ, công chức đã được tập huấn", "40", "40");
        put(f, "training.staffTrainedRate", "Tỷ lệ cán bộ được tập huấn", "75.47", "75,47%");
        return f;
    }

    private static void put(Map<String, ReportContent.Figure> f, String key, String label, String value, String text) {
        f.put(key, new ReportContent.Figure(key, label, new BigDecimal(value), text, "/wards/an-hai/dossiers"));
    }
}
