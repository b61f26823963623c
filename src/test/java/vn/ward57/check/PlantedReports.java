package vn.ward57.check;

import java.util.List;
import vn.ward57.check.Finding.Kind;

/**
 * Two reports of a made-up ward written for PlantedErrorsTest, each with its planted errors listed: a Word report
 * with headings, tables and appendices, and a several-page PDF in other words. Each error is a kind, the number
 * the finding must name, and a fragment of the sentence (or table row) that holds it.
 */
final class PlantedReports {

    record Planted(Kind kind, String number, String fragment) {
    }

    private PlantedReports() {
    }

    static final String WORD = """
            ỦY BAN NHÂN DÂN PHƯỜNG HÒA KHÁNH
            Số: 214/BC-UBND
            Hòa Khánh, ngày 05 tháng 12 năm 2025
            # BÁO CÁO
            Kết quả thực hiện Nghị quyết số 57-NQ/TW ngày 22/01/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia năm 2025
            Căn cứ Nghị quyết số 03/NQ-CP ngày 09/02/2025 của Chính phủ ban hành Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW; Kế hoạch số 02-KH/BCĐTW ngày 19 tháng 7 năm 2025 của Ban Chỉ đạo Trung ương; Kế hoạch số 15-KH/UBND ngày 10/3/2025 của UBND phường về chuyển đổi số năm 2025, UBND phường Hòa Khánh báo cáo như sau:
            # I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO
            Năm 2025, UBND phường đã ban hành 46 văn bản chỉ đạo, điều hành, trong đó: 12 kế hoạch, 21 công văn, 9 thông báo và 6 quyết định.
            Đảng ủy phường ban hành Nghị quyết số 09/NQ-ĐU ngày 14/02/2025 về lãnh đạo thực hiện chuyển đổi số trên địa bàn.
            UBND phường ban hành Quyết định số 27/KH-UBND ngày 02/4/2025 về việc kiện toàn Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số của phường.
            Tổng số nhiệm vụ được giao trong năm là 38 nhiệm vụ, cụ thể: 29 nhiệm vụ hoàn thành đúng hạn, 5 nhiệm vụ hoàn thành quá hạn và 6 nhiệm vụ đang thực hiện trong hạn.
            Chương trình chuyển đổi số của phường giai đoạn 2026 - 2021 đã được Đảng ủy thông qua tại kỳ họp thường kỳ.
            # II. KẾT QUẢ CHUYỂN ĐỔI SỐ
            ## 1. Thủ tục hành chính và dịch vụ công trực tuyến
            Tổng số thủ tục hành chính thuộc thẩm quyền giải quyết của phường là 312 thủ tục, gồm 185 thủ tục cung cấp dịch vụ công trực tuyến toàn trình, 104 thủ tục cung cấp một phần và 19 thủ tục chưa cung cấp trực tuyến.
            Năm 2024, Bộ phận Một cửa phường tiếp nhận 6.310 hồ sơ, đã giải quyết 6.223 hồ sơ.
            Từ ngày 01/01/2025 đến ngày 30/11/2025, phường tiếp nhận 5.204 hồ sơ (gồm 87 hồ sơ kỳ trước chuyển sang), đã giải quyết 5.060 hồ sơ.
            Trong 11 tháng, số hồ sơ mới tiếp nhận là 5.117 hồ sơ (3.902 hồ sơ trực tuyến và 1.205 hồ sơ trực tiếp). Tỷ lệ hồ sơ tiếp nhận trực tuyến đạt 78,4% (3.902/5.117 hồ sơ).
            Trong tổng số hồ sơ tiếp nhận mới, hồ sơ trực tuyến chiếm 74,9%, hồ sơ trực tiếp chiếm 27,3% và hồ sơ qua bưu chính công ích chiếm 1,2%.
            Số hồ sơ giải quyết đúng hạn và trước hạn là 4.987/5.060 hồ sơ, đạt tỷ lệ 99,56%.
            Tính đến ngày 30/11/2025, còn 144 hồ sơ đang giải quyết, trong đó 140 hồ sơ trong hạn và 4 hồ sơ quá hạn.
            Như vậy, qua gần hai năm triển khai, tổng số hồ sơ phường đã tiếp nhận là 11.514 hồ sơ.
            Kết quả số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 2.140/3.200 = 72,5%.
            Việc giải quyết hồ sơ trên môi trường điện tử thực hiện theo Nghị định số 45/2020/NĐ-CP ngày 08/4/2021 của Chính phủ. Chi tiết số liệu hồ sơ tại Phụ lục I kèm theo.
            Về kết quả xử lý 1.240 phản ánh, kiến nghị: 820 phản ánh (66,13%) đã xử lý xong, 310 phản ánh (25%) đang xử lý, 150 phản ánh (12,1%) chuyển cơ quan có thẩm quyền.
            ## 2. Hạ tầng số và xã hội số
            Phường đã lắp đặt 214 camera giám sát an ninh trật tự tại các tuyến đường, khu dân cư (chi tiết tại Phụ lục II).
            Tính đến ngày 30/11/2025, trên địa bàn phường có 18.450 tài khoản định danh điện tử được kích hoạt.
            Đợt cao điểm hỗ trợ người dân cài đặt ứng dụng được tổ chức từ ngày 15/10/2025 đến ngày 20/7/2025 tại các tổ dân phố.
            Theo Quyết định số 766/QĐ-TTg ngày 23/6/2023 của Thủ tướng Chính phủ, phường được đánh giá chỉ số phục vụ người dân hằng tháng.
            # III. KINH PHÍ THỰC HIỆN
            Tổng kinh phí được bố trí cho nhiệm vụ chuyển đổi số năm 2025 là 945.000 đồng, trong đó đã giải ngân 612.500.000 đồng để mua sắm thiết bị và 180.000.000 đồng để thuê dịch vụ công nghệ thông tin. Dự toán chi tiết tại Phụ lục III.
            # IV. ĐÁNH GIÁ CHUNG
            Đến ngày 30/11/2025, phường còn 141 hồ sơ đang giải quyết, chủ yếu thuộc lĩnh vực đất đai.
            Tính đến ngày 30/11/2025, số tài khoản định danh điện tử được kích hoạt là 18.045 tài khoản. Danh mục nền tảng số dùng chung tại Phụ lục IV.
            # PHỤ LỤC I. SỐ LIỆU HỒ SƠ THỦ TỤC HÀNH CHÍNH
            | STT | Chỉ tiêu | Năm 2024 | Lũy kế đến 30/11/2025
            | 1 | Hồ sơ tiếp nhận trực tuyến | 4.410 | 3.902
            | 2 | Hồ sơ tiếp nhận trực tiếp | 1.900 | 1.125
            | 3 | Hồ sơ đã giải quyết | 6.223 | 5.060
            # PHỤ LỤC II. HẠ TẦNG SỐ
            | STT | Hạng mục | Đơn vị tính | Số lượng
            | 1 | Camera giám sát an ninh trật tự | camera | 241
            | 2 | Máy tính tại Bộ phận Một cửa | máy | 18
            # PHỤ LỤC II. DỰ TOÁN KINH PHÍ
            | STT | Nội dung | Số tiền (đồng)
            | 1 | Mua sắm thiết bị | 612.500.000
            | 2 | Thuê dịch vụ công nghệ thông tin | 180.000.000
            """;

    static final List<Planted> IN_WORD = List.of(
            new Planted(Kind.DATE, "22/01/2024", "Nghị quyết số 57-NQ/TW ngày 22/01/2024"),
            new Planted(Kind.DATE, "09/02/2025", "Nghị quyết số 03/NQ-CP"),
            new Planted(Kind.DATE, "ngày 19 tháng 7 năm 2025", "02-KH/BCĐTW"),
            new Planted(Kind.FORMAT, "15-KH/UBND", "Kế hoạch số 15-KH/UBND"),
            new Planted(Kind.SUM, "46", "46 văn bản chỉ đạo"),
            new Planted(Kind.FORMAT, "09/NQ-ĐU", "Đảng ủy phường ban hành"),
            new Planted(Kind.FORMAT, "27/KH-UBND", "kiện toàn Ban Chỉ đạo"),
            new Planted(Kind.SUM, "38", "38 nhiệm vụ"),
            new Planted(Kind.DATE, "2026 - 2021", "giai đoạn 2026 - 2021"),
            new Planted(Kind.SUM, "312", "312 thủ tục"),
            new Planted(Kind.DOUBLE_COUNT, "11.514", "tổng số hồ sơ phường đã tiếp nhận"),
            new Planted(Kind.SUM, "5.117", "số hồ sơ mới tiếp nhận"),
            new Planted(Kind.RATE, "78,4%", "Tỷ lệ hồ sơ tiếp nhận trực tuyến"),
            new Planted(Kind.SUM, "27,3%", "hồ sơ trực tiếp chiếm 27,3%"),
            new Planted(Kind.RATE, "99,56%", "4.987/5.060"),
            new Planted(Kind.RATE, "72,5%", "2.140/3.200"),
            new Planted(Kind.DATE, "08/4/2021", "45/2020/NĐ-CP"),
            new Planted(Kind.SUM, "1.240", "1.240 phản ánh"),
            new Planted(Kind.DATE, "15/10/2025 đến ngày 20/7/2025", "Đợt cao điểm"),
            new Planted(Kind.DATE, "23/6/2023", "766/QĐ-TTg"),
            new Planted(Kind.MAGNITUDE, "945.000 đồng", "Tổng kinh phí được bố trí"),
            new Planted(Kind.REPEATED_FIGURE, "141", "phường còn 141"),
            new Planted(Kind.REPEATED_FIGURE, "18.045", "18.045 tài khoản"),
            new Planted(Kind.FORMAT, "IV", "Phụ lục IV"),
            new Planted(Kind.FORMAT, "III", "Dự toán chi tiết tại Phụ lục III"),
            new Planted(Kind.FORMAT, "II", "PHỤ LỤC II"),
            new Planted(Kind.TABLE_TEXT, "1.125", "Hồ sơ tiếp nhận trực tiếp"),
            new Planted(Kind.TABLE_TEXT, "241", "Camera giám sát"));

    static final String PDF = """
            # BÁO CÁO NHANH KẾT QUẢ CHUYỂN ĐỔI SỐ 10 THÁNG NĂM 2025
            Thực hiện Nghị quyết 57 ngày 12/12/2024 của Bộ Chính trị và Nghị quyết số 71/NQ-CP ngày 01/5/2025 của Chính phủ, phường báo cáo nhanh kết quả 10 tháng năm 2025 như sau.
            # I. XÃ HỘI SỐ
            Toàn phường có 276 thành viên Tổ công nghệ số cộng đồng (gồm 58 tổ trưởng, 142 đoàn viên thanh niên và 70 thành viên khác).
            Trong 9 tháng, phường đã tổ chức 27 lớp tập huấn kỹ năng số, chia ra: 11 lớp cho cán bộ công chức, 9 lớp cho học sinh và 5 lớp cho hộ kinh doanh.
            Tính đến ngày 31/10/2025, số người dân được cấp chữ ký số công cộng là 3.420 người.
            Năm 2025 phường có 2.400 hộ kinh doanh, trong đó 1.560 hộ (65%) đã sử dụng thanh toán không dùng tiền mặt và 960 hộ (40%) chưa sử dụng.
            Đã có 41/45 công chức (đạt 93,3%) được tập huấn kỹ năng số trong năm.
            ---
            # II. DỊCH VỤ CÔNG TRỰC TUYẾN
            Quý I/2025, phường tiếp nhận 1.420 hồ sơ.
            Quý II/2025, phường tiếp nhận 1.655 hồ sơ, trong đó có 36 hồ sơ tồn từ kỳ trước.
            Lũy kế 6 tháng đầu năm 2025, phường đã tiếp nhận 3.075 hồ sơ.
            Tỷ lệ hồ sơ có phí được thanh toán trực tuyến đạt 64% (1.120/1.850 hồ sơ).
            Về tiến độ, hồ sơ giải quyết trước hạn chiếm 61,5%, đúng hạn chiếm 40,2%, quá hạn chiếm 0,8%.
            Đợt kiểm tra an toàn thông tin tại các bộ phận diễn ra từ 15/9 đến 10/8/2025.
            Thông báo số 19/KL-UBND ngày 04/8/2025 truyền đạt ý kiến của Chủ tịch UBND phường về dịch vụ công trực tuyến.
            Chỉ thị số 05-CT/UBND ngày 12/3/2025 của Chủ tịch UBND phường về tăng cường thanh toán trực tuyến.
            ---
            # III. KINH PHÍ
            Dự toán kinh phí cho nhiệm vụ khoa học, công nghệ năm 2025 là 1,25 triệu đồng; đến ngày 31/10/2025 đã giải ngân 870 triệu đồng.
            Tính đến ngày 31/10/2025, đã có 3.240 người dân được cấp chữ ký số công cộng.
            Số liệu chi tiết tại Phụ lục 3 kèm theo.
            # PHỤ LỤC 1. SỐ LIỆU HỒ SƠ
            | STT | Quý | Hồ sơ tiếp nhận
            | 1 | Quý I | 1.420
            | 2 | Quý II | 1.655
            # PHỤ LỤC 2. TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG
            | STT | Nội dung | Số lượng
            | 1 | Số tổ | 58
            """;

    static final List<Planted> IN_PDF = List.of(
            new Planted(Kind.DATE, "12/12/2024", "Nghị quyết 57 ngày 12/12/2024"),
            new Planted(Kind.DATE, "01/5/2025", "71/NQ-CP"),
            new Planted(Kind.SUM, "276", "276 thành viên"),
            new Planted(Kind.SUM, "27", "27 lớp tập huấn"),
            new Planted(Kind.SUM, "2.400", "2.400 hộ kinh doanh"),
            new Planted(Kind.RATE, "93,3%", "41/45 công chức"),
            new Planted(Kind.DOUBLE_COUNT, "3.075", "Lũy kế 6 tháng"),
            new Planted(Kind.RATE, "64%", "1.120/1.850"),
            new Planted(Kind.SUM, "40,2%", "đúng hạn chiếm 40,2%"),
            new Planted(Kind.DATE, "15/9 đến 10/8/2025", "Đợt kiểm tra an toàn thông tin"),
            new Planted(Kind.FORMAT, "19/KL-UBND", "Thông báo số 19/KL-UBND"),
            new Planted(Kind.FORMAT, "05-CT/UBND", "Chỉ thị số 05-CT/UBND"),
            new Planted(Kind.MAGNITUDE, "1,25 triệu đồng", "Dự toán kinh phí cho nhiệm vụ khoa học"),
            new Planted(Kind.REPEATED_FIGURE, "3.240", "3.240 người dân"),
            new Planted(Kind.FORMAT, "3", "Phụ lục 3"));
}
