package vn.ward57.report.document;

import vn.ward57.report.ReportContent;
import vn.ward57.report.ReportKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.ward57.report.ReportContent.Appendix;
import vn.ward57.report.ReportContent.Figure;
import vn.ward57.report.ReportContent.Row;
import vn.ward57.report.ReportContent.Section;

/** The 18-month NQ57 report of Trung Thành (seed 004) as ReportContent, with all ten appendices, for the preview. */
final class Nq57Sample {

    private static final String LINE = "(Kèm theo Báo cáo số      /BC-UBND ngày    /6/2026 của UBND phường Trung Thành)";

    private Nq57Sample() {
    }

    static ReportContent content() {
        Map<String, Figure> figures = Map.of(
                "dossier.received", new Figure("dossier.received", "Tổng số hồ sơ tiếp nhận", BigDecimal.valueOf(12456),
                        "12.456", "/wards/trung-thanh/dossiers"),
                "dossier.onTimeRate", new Figure("dossier.onTimeRate", "Tỷ lệ giải quyết đúng hạn",
                        new BigDecimal("98.70"), "98,70%", "/wards/trung-thanh/dossiers"));
        return new ReportContent(ReportKind.NQ57_RESULTS, ReportSamples.header(LINE), figures, sections(), appendices());
    }

    private static List<Section> sections() {
        List<Section> s = new ArrayList<>();
        s.add(new Section("p1", 1, "Phần 1\nTình hình, kết quả thực hiện", List.of(), null, null));
        s.add(new Section("p1.I", 2, "I. KẾT QUẢ NỔI BẬT NHẤT QUA 1 NĂM 6 THÁNG TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW",
                List.of("Tổng số hồ sơ tiếp nhận là 12.456 hồ sơ, trong đó có 98 hồ sơ kỳ trước chuyển sang, 1.615 hồ sơ"
                                + " tiếp nhận trực tiếp, 10.743 hồ sơ tiếp nhận trực tuyến, không phát sinh hồ sơ tiếp nhận qua BCCI.",
                        "Kết quả giải quyết, UBND phường đã giải quyết 12.294 hồ sơ, đạt tỷ lệ 98,70% trên tổng số hồ sơ"
                                + " tiếp nhận; 100% hồ sơ được giải quyết đúng và trước hạn."),
                "<p>Qua 01 năm 06 tháng triển khai thực hiện Nghị quyết số 57-NQ/TW, công tác chuyển đổi số trên địa bàn"
                        + " phường có <strong>nhiều chuyển biến tích cực</strong>. Phong trào <em>Bình dân học vụ số</em> được"
                        + " triển khai sâu rộng; UBND phường đã tổ chức 4 hội nghị tập huấn nâng cao kỹ năng số, ứng dụng AI"
                        + " và cải cách hành chính cho 150 cán bộ, công chức, viên chức.</p>"
                        + "<p>Bên cạnh đó, phường đã xây dựng mô hình Camera an ninh tại 49 TDP ứng dụng công nghệ số vào"
                        + " đảm bảo an ninh trật tự an toàn xã hội trên địa bàn.</p>", null));
        s.add(new Section("p1.I.1", 3, "1. Chuyển biến quan trọng nhất so với thời điểm mới ban hành Nghị quyết số 57-NQ/TW",
                List.of(), "<p>Nhận thức và hành động của cán bộ, công chức và người dân về vai trò của khoa học công nghệ,"
                + " đổi mới sáng tạo và chuyển đổi số đã được nâng lên rõ rệt. Việc sử dụng văn bản điện tử, chữ ký số,"
                + " dịch vụ công trực tuyến, thanh toán không dùng tiền mặt ngày càng trở nên phổ biến.</p>", null));
        s.add(new Section("p1.II", 2, "II. VỀ CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", List.of(), null, null));
        s.add(new Section("p1.II.1", 3, "1. Công tác lãnh đạo, chỉ đạo triển khai thực hiện", List.of(), null, null));
        s.add(new Section("p1.II.1.1", 4, "1.1. Kết quả nổi bật trong công tác chỉ đạo, điều hành gắn với vai trò của cấp"
                + " ủy, tổ chức đảng, người đứng đầu", List.of("Trong kỳ, người đứng đầu trực tiếp ký 696 văn bản, cấp phó"
                + " ký 1.963 văn bản; người đứng đầu chủ trì 25 cuộc họp."),
                "<p>Công tác lãnh đạo, chỉ đạo tiếp tục được thực hiện quyết liệt, gắn với phương châm <strong>“rõ người, rõ"
                        + " việc, rõ tiến độ, rõ trách nhiệm, rõ hiệu quả”</strong>.</p><ul><li>Ban hành kế hoạch, phân công"
                        + " trách nhiệm cụ thể cho các cơ quan, đơn vị;</li><li>Đẩy mạnh ứng dụng nền tảng số trong quản lý,"
                        + " điều hành;</li><li>Tăng cường phối hợp, chia sẻ thông tin, khai thác dữ liệu.</li></ul>",
                "(Có Phụ lục I kèm theo)."));
        s.add(new Section("p1.II.2", 3, "2. Về việc thực thi nhiệm vụ được giao", List.of("Tổng số nhiệm vụ được giao: 34,"
                + " trong đó:", "- (1) Số nhiệm vụ đã hoàn thành: 34/34 (hoàn thành trong hạn: 34/34, hoàn thành quá hạn:"
                + " 0 nhiệm vụ);", "- (2) Số nhiệm vụ quá hạn chưa hoàn thành: 0 nhiệm vụ;",
                "- (3) Số nhiệm vụ đang thực hiện trong hạn: 0 nhiệm vụ."), null, null));
        s.add(new Section("p1.II.3", 3, "3. Về tiếp nhận, xử lý phản ánh, kiến nghị, sáng kiến, giải pháp (PAKN, SKGP)",
                List.of("Tổng số PAKN, SKGP đã nhận được: 0.", "Số PAKN, SKGP đã giải quyết: 0.",
                        "Số PAKN, SKGP tồn đọng/chưa được giải quyết: 0."), null, "(Có Phụ lục II kèm theo)."));
        s.add(new Section("p1.III", 2, "III. VỀ HOÀN THIỆN THỂ CHẾ, CƠ CHẾ, CHÍNH SÁCH", List.of(),
                "<p>Đối với lĩnh vực khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số, đến nay địa phương chưa ban"
                        + " hành văn bản quy phạm pháp luật thuộc thẩm quyền.</p>", "(Có Phụ lục III kèm theo)."));
        s.add(new Section("p1.IV", 2, "IV. VỀ CHUYỂN ĐỔI SỐ", List.of(), null, null));
        s.add(new Section("p1.IV.1", 3, "1. Về thủ tục hành chính (TTHC) và dịch vụ công trực tuyến (DVCTT)",
                List.of("- Tổng số thủ tục hành chính thuộc thẩm quyền giải quyết của cấp xã: 358 thủ tục, trong đó 196"
                        + " dịch vụ công trực tuyến toàn trình, 162 dịch vụ công trực tuyến một phần."),
                "<p><em>Đánh giá kết quả đạt được:</em> việc tiếp nhận hồ sơ trực tuyến, số hóa hồ sơ và cấp kết quả"
                        + " điện tử góp phần giảm hồ sơ giấy, giảm số lần đi lại, giảm thời gian thực hiện thủ tục hành chính.</p>",
                "(Có Phụ lục IV kèm theo)."));
        s.add(new Section("p1.IV.3", 3, "3. Về các nền tảng số quốc gia, nền tảng số dùng chung ngành, lĩnh vực", List.of(),
                "<p>UBND phường tiếp tục khai thác Hệ thống thông tin giải quyết thủ tục hành chính, Cổng Dịch vụ công quốc"
                        + " gia, Hệ thống quản lý văn bản và điều hành, tài khoản định danh điện tử VNeID.</p>",
                "(Có Phụ lục V kèm theo)."));
        s.add(new Section("p1.IV.4", 3, "4. Về dữ liệu số", List.of(), "<p>Tỷ lệ số hóa hồ sơ đạt 100%; tỷ lệ tái sử dụng"
                + " dữ liệu đạt 100%.</p>", "(Có Phụ lục VI kèm theo)."));
        s.add(new Section("p1.IV.5", 3, "5. Công tác phát triển nhân lực cho chuyển đổi số", List.of("UBND phường đã bố trí"
                + " 01 cán bộ phụ trách công nghệ thông tin, chuyển đổi số."), null, "(Có Phụ lục VII kèm theo)."));
        s.add(new Section("p1.V", 2, "V. VỀ KHOA HỌC, CÔNG NGHỆ VÀ ĐỔI MỚI SÁNG TẠO", List.of(), "<p>Địa phương đã triển"
                + " khai mô hình Ứng dụng công nghệ vào trồng rau VietGAP tại TDP Soi Trại và mô hình “Camera an ninh tại 49"
                + " TDP”.</p>", "(Có Phụ lục VIII kèm theo)."));
        s.add(new Section("p1.VI", 2, "VI. VỀ TÀI CHÍNH, KINH PHÍ CHO KHCN, ĐMST, CĐS", List.of("Năm 2026, tổng kinh phí"
                + " bố trí là 1.056.000.000 đồng; đã giải ngân 120.000.000 đồng, đạt 11,36%."), null, null));
        s.add(new Section("p2", 1, "Phần 2\nCác hành động đột phá", List.of(), "<p>Triển khai mô hình “TDP hưởng ứng phong"
                + " trào Bình dân học vụ số” và “TDP tiếp cận và sử dụng AI”.</p>", "(Có Phụ lục IX kèm theo)."));
        s.add(new Section("p5", 1, "Phần 5\nNhiệm vụ, giải pháp trọng tâm 6 tháng cuối năm 2026", List.of(), null, null));
        s.add(new Section("p5.I.1", 3, "1. Tiếp tục nâng cao hiệu quả công tác lãnh đạo, chỉ đạo", List.of(),
                "<p>Cơ quan chủ trì: UBND phường Trung Thành.<br>Cơ quan phối hợp: Các cơ quan, đơn vị, các tổ dân phố."
                        + "<br>Thời gian thực hiện: Thường xuyên trong 6 tháng cuối năm 2026.</p>", null));
        s.add(new Section("p5.II", 2, "II. ĐỀ XUẤT, KIẾN NGHỊ", List.of(), "<ol><li>Đề nghị tiếp tục quan tâm bố trí nguồn"
                + " lực đầu tư cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tại cấp cơ sở.</li><li>Đề nghị"
                + " nghiên cứu ban hành cơ chế hỗ trợ kinh phí hoạt động đối với các Tổ công nghệ số cộng đồng.</li></ol>",
                "(Có Phụ lục X kèm theo)."));
        return s;
    }

    private static List<Appendix> appendices() {
        return List.of(
                new Appendix("I", "Phụ lục I. Công tác chỉ đạo, điều hành, hiệu quả đem lại", true,
                        List.of("STT", "Văn bản người đứng đầu trực tiếp ký", "Văn bản cấp phó người đứng đầu ký",
                                "Cuộc họp người đứng đầu chủ trì", "Cuộc họp cấp phó chủ trì",
                                "Các phương thức chỉ đạo, điều hành dựa trên dữ liệu đã áp dụng",
                                "Những chuyển biến cụ thể, hiệu quả thực chất đem lại",
                                "Khó khăn, vướng mắc đã được tháo gỡ", "Tác động đối với cơ quan nhà nước, người dân, doanh nghiệp"),
                        List.of(Row.of("1", "696", "1.963", "25", "0", "Chỉ đạo, điều hành thông qua hệ thống quản lý văn bản"
                                + " điện tử, hệ thống thông tin giải quyết TTHC, nền tảng số", "Nâng cao tỷ lệ hồ sơ trực tuyến,"
                                + " kỹ năng số cho người dân", "Từng bước hỗ trợ người dân tiếp cận dịch vụ công trực tuyến",
                                "Nâng cao hiệu quả xử lý công việc tại cơ quan nhà nước")), null),
                new Appendix("II", "Phụ lục II. Phản ánh, kiến nghị, sáng kiến, giải pháp tốt, có giá trị thực tiễn", false,
                        List.of("STT", "Nhóm PAKN/SKGP xuất hiện nhiều", "PAKN/SKGP mới", "PAKN/SKGP kéo dài hoặc lặp lại",
                                "Đã giải quyết dứt điểm chưa?"),
                        List.of(Row.of("1", "Không phát sinh", "0", "0", "")), null),
                new Appendix("III", "Phụ lục III. Danh sách thể chế, chính sách đã ban hành, cần ban hành", false,
                        List.of(), List.of(), null),
                new Appendix("IV", "Phụ lục IV. Bảng số liệu thủ tục hành chính, dịch vụ công trực tuyến", true,
                        List.of("STT", "Cấp", "Số TTHC", "DVCTT toàn trình", "DVCTT một phần", "Hồ sơ trực tuyến trong kỳ",
                                "Hồ sơ trực tuyến lũy kế", "Hồ sơ trực tiếp và hình thức khác trong kỳ",
                                "Hồ sơ trực tiếp và hình thức khác lũy kế"),
                        List.of(Row.of("1", "Cấp tỉnh", "1.752", "1.134", "608", "", "", "", ""),
                                Row.of("2", "Cấp xã", "358", "196", "162", "4.740", "10.743", "0", "1.615")), null),
                new Appendix("V", "Phụ lục V. Danh mục nền tảng số quốc gia, chuyên ngành, dùng chung", false, List.of(),
                        List.of(), "UBND phường chủ yếu khai thác, sử dụng các nền tảng số quốc gia, nền tảng số chuyên"
                        + " ngành và nền tảng dùng chung do Trung ương, cấp tỉnh triển khai."),
                new Appendix("VI", "Phụ lục VI. Tiến độ triển khai các cơ sở dữ liệu quốc gia, chuyên ngành", false,
                        List.of(), List.of(), "UBND phường không trực tiếp triển khai xây dựng cơ sở dữ liệu quốc gia, cơ"
                        + " sở dữ liệu chuyên ngành."),
                new Appendix("VII", "Phụ lục VII. Việc bố trí cán bộ chuyên trách công nghệ thông tin, chuyển đổi số", false,
                        List.of("STT", "Số biên chế được giao", "Số người đã được bố trí", "Số người còn thiếu",
                                "Lý do chưa bố trí đủ", "Ghi chú"),
                        List.of(Row.of("1", "55", "1", "0", "", "Kiêm nhiệm")), null),
                new Appendix("VIII", "Phụ lục VIII. Danh mục công nghệ chiến lược/sản phẩm công nghệ chiến lược", false,
                        List.of(), List.of(), null),
                new Appendix("IX", "Phụ lục IX. Danh mục một số kết quả đột phá", true,
                        List.of("STT", "Vấn đề cần giải quyết", "Giải pháp thực hiện", "Cơ chế, chính sách, nền tảng, dữ"
                                + " liệu, hạ tầng, nhân lực đã sử dụng", "Nguồn lực, kinh phí và thời gian triển khai",
                                "Kết quả định lượng", "Tác động đối với người dân, doanh nghiệp, bộ máy nhà nước",
                                "Bài học và điều kiện nhân rộng", "Đánh giá tác động rủi ro khi nhân rộng",
                                "Vai trò người đứng đầu", "Đầu mối liên hệ"),
                        List.of(Row.of("1", "Nâng cao kỹ năng số cho người dân", "Triển khai mô hình “TDP hưởng ứng phong"
                                        + " trào Bình dân học vụ số”", "Nền tảng https://binhdanhocvuso.gov.vn; Tổ công nghệ số"
                                        + " cộng đồng", "Triển khai năm 2026", "Người dân được hướng dẫn kỹ năng số cơ bản",
                                        "Nâng cao khả năng tiếp cận dịch vụ số cho người dân", "Hướng dẫn trực tiếp, phù hợp"
                                        + " từng đối tượng", "Người cao tuổi còn khó tiếp cận công nghệ",
                                        "Chủ tịch UBND phường trực tiếp chỉ đạo", "UBND phường Trung Thành"),
                                Row.of("2", "Nâng cao khả năng ứng dụng AI tại cộng đồng", "Triển khai mô hình “TDP tiếp cận"
                                        + " và sử dụng AI”", "Nền tảng https://aicongdong.ptit.edu.vn; Tổ công nghệ số cộng"
                                        + " đồng", "Triển khai năm 2026", "Người dân bước đầu sử dụng AI trong học tập, đời"
                                        + " sống", "Tạo hiệu ứng lan tỏa về ứng dụng AI tại cơ sở", "Tăng cường hướng dẫn"
                                        + " thực hành", "Thiết bị của một số người dân còn hạn chế", "Chủ tịch UBND phường"
                                        + " trực tiếp chỉ đạo", "UBND phường Trung Thành")), null),
                new Appendix("X", "Phụ lục X. Danh mục đề xuất kiến nghị của các cơ quan, địa phương", true,
                        List.of("STT", "Nội dung đề xuất, kiến nghị", "Thẩm quyền xem xét, quyết định",
                                "Cơ quan chủ trì xử lý", "Cơ quan phối hợp xử lý", "Sản phẩm/kết quả đầu ra mong muốn",
                                "Thời hạn hoàn thành"),
                        List.of(new Row(List.of("I", "Nhóm vấn đề cơ quan, địa phương tự xử lý được, nêu rõ cam kết và"
                                        + " thời hạn hoàn thành"), true),
                                Row.of("1", "Tiếp tục tuyên truyền, hướng dẫn người dân tham gia “Bình dân học vụ số”",
                                        "UBND phường Trung Thành", "UBND phường Trung Thành",
                                        "Tổ công nghệ số cộng đồng, các đoàn thể", "Nâng cao kỹ năng số cho người dân",
                                        "6 tháng cuối năm 2026"),
                                new Row(List.of("II", "Nhóm vấn đề cần sở, ngành hướng dẫn, phối hợp hoặc tháo gỡ"), true),
                                Row.of("1", "Đề nghị tiếp tục quan tâm bố trí nguồn lực đầu tư cho khoa học, công nghệ,"
                                        + " đổi mới sáng tạo và chuyển đổi số tại cấp cơ sở", "Sở Khoa học và Công nghệ",
                                        "Sở Khoa học và Công nghệ", "Sở Tài chính", "Bổ sung kinh phí", "Năm 2026"),
                                Row.of("2", "Đề nghị nghiên cứu ban hành cơ chế hỗ trợ kinh phí hoạt động đối với các Tổ"
                                        + " công nghệ số cộng đồng", "Sở Khoa học và Công nghệ", "Sở Khoa học và Công nghệ",
                                        "Sở Tài chính", "Kinh phí hỗ trợ", "Năm 2026")), null));
    }
}
