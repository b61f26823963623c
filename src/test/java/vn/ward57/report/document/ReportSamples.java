package vn.ward57.report.document;

import vn.ward57.report.ReportContent;
import vn.ward57.report.ReportKind;
import vn.ward57.report.Report;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ward57.report.ReportContent.Appendix;
import vn.ward57.report.ReportContent.Figure;
import vn.ward57.report.ReportContent.Header;
import vn.ward57.report.ReportContent.Row;
import vn.ward57.report.ReportContent.Section;

/** Report contents built by hand for the document tests: a small one, and the 18-month report of seed 004. */
final class ReportSamples {

    private ReportSamples() {
    }

    static Header header(String appendixLine) {
        return new Header("UBND TỈNH THÁI NGUYÊN", "UBND PHƯỜNG TRUNG THÀNH", "Số:      /BC-UBND",
                "Trung Thành, ngày 06 tháng 6 năm 2026", "BÁO CÁO",
                "Sơ kết 01 năm 06 tháng thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá"
                        + " phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia",
                List.of("Thực hiện Công văn số 6641/UBND-KGVX ngày 06/6/2026 của UBND tỉnh Thái Nguyên về việc tham mưu"
                                + " xây dựng báo cáo sơ kết 01 năm 06 tháng triển khai Nghị quyết số 57-NQ/TW.",
                        "UBND phường Trung Thành báo cáo kết quả như sau:"),
                "Trên đây là Báo cáo kết quả sơ kết 01 năm 06 tháng triển khai thực hiện Nghị quyết số 57-NQ/TW của"
                        + " UBND phường Trung Thành./.",
                List.of("Sở Khoa học và Công nghệ", "Thường trực Đảng ủy", "Thường trực HĐND phường",
                        "Lãnh đạo UBND phường", "Lưu: VT, VHXH"),
                "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Ngô Mạnh Tài", appendixLine);
    }

    /** Two sections with generated lines and narrative, a portrait appendix and a landscape one. */
    static ReportContent small() {
        Map<String, Figure> figures = new LinkedHashMap<>();
        figures.put("dossier.received", new Figure("dossier.received", "Tổng số hồ sơ tiếp nhận",
                BigDecimal.valueOf(12456), "12.456", "/wards/trung-thanh/dossiers"));
        List<Section> sections = List.of(
                new Section("part1", 1, "Phần 1\nTình hình, kết quả thực hiện", List.of(), "", null),
                new Section("dossiers", 2, "I. KẾT QUẢ NỔI BẬT",
                        List.of("Tổng số hồ sơ tiếp nhận là 12.456 hồ sơ, tỷ lệ giải quyết đúng hạn đạt 98,70%."),
                        "<p>Công tác <strong>chuyển đổi số</strong> có <em>chuyển biến tích cực</em>.</p>"
                                + "<ul><li>Mục một</li><li>Mục hai</li></ul><ol><li>Bước đầu</li></ol>"
                                + "<p>Dòng một<br>Dòng hai <span class=\"x\">giữ chữ</span></p>",
                        "(Có Phụ lục I kèm theo)."),
                new Section("tasks", 4, "a) Nhiệm vụ được giao", List.of("Tổng số nhiệm vụ được giao: 34."), null, null));
        List<Appendix> appendices = List.of(
                new Appendix("I", "Phụ lục I. Công tác chỉ đạo, điều hành", false,
                        List.of("STT", "Nội dung", "Số lượng"),
                        List.of(new Row(List.of("I", "Văn bản"), true), Row.of("1", "Văn bản do người đứng đầu ký", "696"),
                                Row.of("2", "=1+1", "1.963")), null),
                new Appendix("IX", "Phụ lục IX. Danh mục một số kết quả đột phá", true,
                        List.of("STT", "Vấn đề", "Giải pháp", "Cơ chế", "Nguồn lực", "Kết quả", "Tác động",
                                "Bài học", "Rủi ro", "Vai trò người đứng đầu", "Đầu mối"),
                        List.of(Row.of("1", "Nâng cao kỹ năng số", "Bình dân học vụ số", "Tổ CNSCĐ", "Năm 2026",
                                "Người dân được hướng dẫn", "Tiếp cận dịch vụ số", "Hướng dẫn trực tiếp",
                                "Người cao tuổi", "Chủ tịch chỉ đạo", "UBND phường")), null),
                new Appendix("III", "Phụ lục III. Thể chế, chính sách", false, List.of(), List.of(), null));
        return new ReportContent(ReportKind.NQ57_RESULTS, header("(Kèm theo Báo cáo số      /BC-UBND ngày    /6/2026"
                + " của UBND phường Trung Thành)"), figures, sections, appendices);
    }
}
