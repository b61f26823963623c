package vn.ward57.report.domain;

import vn.ward57.report.ReportKind;
import static vn.ward57.report.domain.SectionSpec.figures;
import static vn.ward57.report.domain.SectionSpec.heading;
import static vn.ward57.report.domain.SectionSpec.part;
import static vn.ward57.report.domain.SectionSpec.text;

import java.util.List;

/**
 * The outline of each report kind. NQ57_RESULTS follows the province's template (seed 004: Parts 1–5);
 * the figures' lines say what seed 002 and 004 say, in their words.
 */
final class Outlines {

    private Outlines() {
    }

    static List<SectionSpec> of(ReportKind kind, int year) {
        return of(kind, year, year);
    }

    /** @param firstYear the year the period starts in: section VI states the budget of each year from it to year */
    static List<SectionSpec> of(ReportKind kind, int firstYear, int year) {
        return switch (kind) {
            case NQ57_RESULTS -> nq57(firstYear, year);
            case PLAN_BUDGET -> plan(year);
            case MONTHLY -> MONTHLY;
            case WEEKLY_BULLETIN -> WEEKLY;
        };
    }

    private static List<SectionSpec> nq57(int firstYear, int year) {
        return List.of(
                part("p1", "PHẦN 1. TÌNH HÌNH, KẾT QUẢ THỰC HIỆN"),
                text("p1.1", 2, "I. KẾT QUẢ NỔI BẬT NHẤT TRONG KỲ"),
                heading("p1.2", 2, "II. VỀ CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"),
                figures("p1.2.1", 3, "1. Công tác lãnh đạo, chỉ đạo triển khai thực hiện",
                        "Trong kỳ báo cáo, UBND phường đã ban hành {direction.documents} văn bản chỉ đạo, điều hành "
                                + "(người đứng đầu trực tiếp ký {direction.documentsByHead} văn bản, cấp phó ký "
                                + "{direction.documentsByDeputy} văn bản); tổ chức {direction.meetings} phiên họp, cuộc họp "
                                + "(người đứng đầu chủ trì {direction.meetingsByHead}, cấp phó chủ trì {direction.meetingsByDeputy}).")
                        .appendix("I"),
                figures("p1.2.2", 3, "2. Về việc thực thi nhiệm vụ được giao",
                        "Tổng số nhiệm vụ được giao: {task.assigned}, trong đó:",
                        "- (1) Số nhiệm vụ đã hoàn thành: {task.done}/{task.assigned} (số nhiệm vụ hoàn thành trong hạn: "
                                + "{task.doneOnTime}/{task.assigned}, số nhiệm vụ hoàn thành quá hạn: {task.doneLate} nhiệm vụ);",
                        "- (2) Số nhiệm vụ quá hạn chưa hoàn thành: {task.overdue} nhiệm vụ;",
                        "- (3) Số nhiệm vụ đang thực hiện trong hạn: {task.inProgress} nhiệm vụ."),
                figures("p1.2.3", 3, "3. Về tiếp nhận, xử lý phản ánh, kiến nghị, sáng kiến, giải pháp (PAKN, SKGP)",
                        "Tổng số PAKN, SKGP đã nhận được (chỉ tính phản ánh, kiến nghị thuộc lĩnh vực KHCN, ĐMST, CĐS): "
                                + "{feedback.received}.",
                        "Số PAKN, SKGP đã giải quyết: {feedback.resolved} (đúng hạn {feedback.resolvedOnTime}, "
                                + "tỷ lệ {feedback.onTimeRate}).",
                        "Số PAKN, SKGP tồn đọng/chưa được giải quyết: {feedback.backlog}.").appendix("II"),
                text("p1.3", 2, "III. VỀ HOÀN THIỆN THỂ CHẾ, CƠ CHẾ, CHÍNH SÁCH").appendix("III"),
                heading("p1.4", 2, "IV. VỀ CHUYỂN ĐỔI SỐ"),
                figures("p1.4.1", 3, "1. Về thủ tục hành chính (TTHC) và dịch vụ công trực tuyến (DVCTT)",
                        "- Tổng số thủ tục hành chính: {procedure.total} thủ tục (cấp xã {procedure.ward}, cấp tỉnh "
                                + "{procedure.province}, cấp Trung ương {procedure.central}); dịch vụ công trực tuyến toàn trình "
                                + "{procedure.full}, một phần {procedure.partial}; {procedure.nonResidence} thủ tục phi địa giới.",
                        "- Tổng số hồ sơ tiếp nhận: {dossier.received} hồ sơ (kỳ trước chuyển sang {dossier.carriedOver}, "
                                + "tiếp nhận mới {dossier.newlyReceived}), trong đó trực tuyến {dossier.newOnline}/"
                                + "{dossier.newlyReceived} hồ sơ, đạt {dossier.onlineRate}.",
                        "- Đã giải quyết {dossier.resolved} hồ sơ (trước hạn {dossier.resolvedEarly}, đúng hạn "
                                + "{dossier.resolvedOnTime}), trước và đúng hạn đạt {dossier.onTimeRate}; quá hạn "
                                + "{dossier.resolvedLate}; đang giải quyết {dossier.pending} (quá hạn {dossier.pendingOverdue}); "
                                + "rút {dossier.withdrawn}.",
                        "- Tỷ lệ số hóa hồ sơ đầu vào {dossier.digitisedInputRate}, cấp kết quả điện tử "
                                + "{dossier.digitisedResultRate}, thanh toán trực tuyến {dossier.onlinePaymentRate}.")
                        .appendix("IV"),
                figures("p1.4.2", 3, "2. Về hạ tầng, kiến trúc số",
                        "Có {asset.cameras} camera an ninh đang hoạt động tại {asset.cameraGroups}/{community.groups} tổ dân phố."),
                text("p1.4.3", 3, "3. Về các nền tảng số quốc gia, nền tảng số dùng chung ngành, lĩnh vực").appendix("V"),
                text("p1.4.4", 3, "4. Về dữ liệu số").appendix("VI"),
                figures("p1.4.5", 3, "5. Công tác phát triển nhân lực cho chuyển đổi số",
                        "Tổ chức {training.events} lớp tập huấn với {training.participants} lượt người tham gia; "
                                + "{training.staffTrained}/{training.inPost} cán bộ, công chức đã được tập huấn, đạt "
                                + "{training.staffTrainedRate}.",
                        "Số biên chế được giao: {staff.allotted}; đã bố trí: {staff.filled}; còn thiếu: {staff.missing}.")
                        .appendix("VII"),
                figures("p1.4.6", 3, "6. Về phát triển kinh tế số, xã hội số",
                        "Toàn phường có {community.teams} Tổ công nghệ số cộng đồng với {community.members} thành viên; "
                                + "trong kỳ đã hỗ trợ {community.residentsHelped} lượt người dân."),
                text("p1.5", 2, "V. VỀ KHOA HỌC, CÔNG NGHỆ VÀ ĐỔI MỚI SÁNG TẠO").appendix("VIII"),
                figures("p1.6", 2, "VI. VỀ TÀI CHÍNH, KINH PHÍ CHO KHCN, ĐMST, CĐS",
                        BudgetOfPeriod.lines(firstYear, year)).appendix(BudgetOfPeriod.APPENDIX),
                text("p1.7", 2, "VII. HỢP TÁC QUỐC TẾ VỀ KHCN, ĐMST, CĐS"),
                figures("p1.8", 2, "VIII. NHẬN XÉT, ĐÁNH GIÁ CHUNG",
                        "Trong {indicator.total} chỉ tiêu theo dõi: {indicator.green} chỉ tiêu đạt, {indicator.amber} gần đạt, "
                                + "{indicator.red} chưa đạt, {indicator.unassessed} chỉ tiêu chưa đủ số liệu để đánh giá."),
                part("p2", "PHẦN 2. HÀNH ĐỘNG ĐỘT PHÁ, LAN TỎA KẾT QUẢ"),
                text("p2.1", 2, "I. HÀNH ĐỘNG ĐỘT PHÁ, LAN TỎA KẾT QUẢ").appendix("IX"),
                part("p3", "PHẦN 3. MỘT SỐ NỘI DUNG CHƯA THỰC CHẤT, ĐIỂM NGHẼN"),
                text("p3.1", 2, "I. CÁC NỘI DUNG CÒN HÌNH THỨC, CHƯA THỰC CHẤT"),
                figures("p3.2", 2, "II. NHỮNG TỒN TẠI, ĐIỂM NGHẼN VÀ TRÁCH NHIỆM CỦA CÁC BÊN LIÊN QUAN",
                        "Số nhiệm vụ quá hạn chưa hoàn thành: {task.overdue}; hồ sơ đang giải quyết quá hạn: "
                                + "{dossier.pendingOverdue}; PAKN quá hạn: {feedback.overdue}."),
                part("p4", "PHẦN 4. NGHỊ QUYẾT SỐ 57-NQ/TW VÀ MỤC TIÊU TĂNG TRƯỞNG HAI CON SỐ"),
                text("p4.1", 2, "I. MỘT SỐ NỘI DUNG NỔI BẬT, ĐÓNG GÓP CHO TĂNG TRƯỞNG HAI CON SỐ"),
                part("p5", "PHẦN 5. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỜI GIAN TỚI"),
                text("p5.1", 2, "I. NHIỆM VỤ, GIẢI PHÁP"),
                text("p5.2", 2, "II. ĐỀ XUẤT, KIẾN NGHỊ").appendix("X"));
    }

    private static List<SectionSpec> plan(int year) {
        return List.of(
                part("k1", "I. ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN KẾ HOẠCH NĂM " + year),
                figures("k1.1", 3, "1. Kết quả thực hiện",
                        "Hồ sơ tiếp nhận trực tuyến đạt {dossier.onlineRate}; giải quyết trước và đúng hạn đạt "
                                + "{dossier.onTimeRate}; nhiệm vụ hoàn thành {task.done}/{task.assigned}.",
                        "Kinh phí năm " + year + ": dự toán sau điều chỉnh {budget.TOTAL.adjusted}, đã giải ngân "
                                + "{budget.TOTAL.disbursed}, đạt {budget.TOTAL.disbursementRate}."),
                text("k1.2", 3, "2. Tồn tại, hạn chế và nguyên nhân"),
                part("k2", "II. KẾ HOẠCH NĂM " + (year + 1)),
                text("k2.1", 3, "1. Mục tiêu").appendix("I"),
                text("k2.2", 3, "2. Nhiệm vụ, giải pháp"),
                part("k3", "III. DỰ TOÁN NGÂN SÁCH NĂM " + (year + 1)),
                text("k3.1", 3, "1. Dự toán kinh phí theo lĩnh vực và nhiệm vụ").appendix("II"),
                part("k4", "IV. TỔ CHỨC THỰC HIỆN"),
                text("k4.1", 3, "Phân công thực hiện"));
    }

    private static final List<SectionSpec> MONTHLY = List.of(
            figures("m1", 2, "I. GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH",
                    "Tiếp nhận {dossier.newlyReceived} hồ sơ mới (trực tuyến {dossier.newOnline}, đạt {dossier.onlineRate}); "
                            + "giải quyết {dossier.resolved} hồ sơ, trước và đúng hạn đạt {dossier.onTimeRate}; "
                            + "{dossier.pendingOverdue} hồ sơ đang quá hạn."),
            figures("m2", 2, "II. THỰC HIỆN NHIỆM VỤ",
                    "Đã hoàn thành {task.done}/{task.assigned} nhiệm vụ ({task.completionRate}); {task.overdue} nhiệm vụ "
                            + "quá hạn; {task.inProgress} nhiệm vụ đang thực hiện trong hạn."),
            figures("m3", 2, "III. PHẢN ÁNH, KIẾN NGHỊ",
                    "Nhận {feedback.received} PAKN, đã giải quyết {feedback.resolved}, tồn đọng {feedback.backlog} "
                            + "(quá hạn {feedback.overdue})."),
            figures("m4", 2, "IV. CHỈ TIÊU",
                    "{indicator.green} chỉ tiêu đạt, {indicator.amber} gần đạt, {indicator.red} chưa đạt, "
                            + "{indicator.unassessed} chưa đủ số liệu, trên {indicator.total} chỉ tiêu theo dõi."),
            text("m5", 2, "V. NHIỆM VỤ THÁNG TỚI"));

    private static final List<SectionSpec> WEEKLY = List.of(
            figures("w1", 2, "1. Hồ sơ thủ tục hành chính",
                    "Tiếp nhận {dossier.newlyReceived} hồ sơ (trực tuyến {dossier.onlineRate}); giải quyết "
                            + "{dossier.resolved}, đúng hạn {dossier.onTimeRate}; đang quá hạn {dossier.pendingOverdue}."),
            figures("w2", 2, "2. Nhiệm vụ",
                    "Hoàn thành {task.done}/{task.assigned}; quá hạn {task.overdue}."),
            figures("w3", 2, "3. Phản ánh, kiến nghị",
                    "Nhận {feedback.received}; tồn đọng {feedback.backlog}; quá hạn {feedback.overdue}."),
            text("w4", 2, "4. Việc cần chú ý tuần tới"));
}
