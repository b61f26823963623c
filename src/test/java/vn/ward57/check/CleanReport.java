package vn.ward57.check;

/**
 * A consistent year report of a made-up ward, in WrittenReport's markup, for CleanReportTest: every total is the
 * sum of its parts, every rate its fraction, every national document its real date, every appendix present; and
 * it is full of numbers that are no results: targets, list numbers, document numbers, years, months, ages.
 */
final class CleanReport {

    private CleanReport() {
    }

    static final String TEXT = """
            ỦY BAN NHÂN DÂN PHƯỜNG TÂN LẬP
            Số: 231/BC-UBND
            Tân Lập, ngày 08 tháng 12 năm 2025
            # BÁO CÁO
            Kết quả thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia năm 2025; phương hướng, nhiệm vụ năm 2026
            Thực hiện Nghị quyết số 03/NQ-CP ngày 09/01/2025 của Chính phủ ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW, được sửa đổi, bổ sung tại Nghị quyết số 71/NQ-CP ngày 01/4/2025; Kế hoạch số 02-KH/BCĐTW ngày 19/6/2025 của Ban Chỉ đạo Trung ương về thúc đẩy chuyển đổi số liên thông, đồng bộ, nhanh, hiệu quả; Kế hoạch số 12/KH-UBND ngày 05/3/2025 của UBND phường về thực hiện chuyển đổi số năm 2025, UBND phường Tân Lập báo cáo kết quả thực hiện năm 2025 như sau:
            # I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, ĐIỀU HÀNH
            Ngay sau khi Nghị quyết số 57-NQ/TW được ban hành, Đảng ủy phường đã ban hành Nghị quyết số 05-NQ/ĐU ngày 20/01/2025 về lãnh đạo thực hiện đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số trên địa bàn phường. UBND phường ban hành Quyết định số 45/QĐ-UBND ngày 18/3/2025 kiện toàn Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số của phường do Chủ tịch UBND phường làm Trưởng ban, gồm 15 thành viên.
            Trong năm 2025, UBND phường đã ban hành 52 văn bản chỉ đạo, điều hành về chuyển đổi số, trong đó: 14 kế hoạch, 25 công văn, 8 thông báo và 5 quyết định. Các văn bản được ký số và gửi nhận hoàn toàn trên Hệ thống quản lý văn bản và điều hành, không sử dụng văn bản giấy đối với các văn bản gửi cơ quan nhà nước.
            Ban Chỉ đạo phường đã tổ chức 12 cuộc họp chuyên đề, trong đó Chủ tịch UBND phường chủ trì 7 cuộc và Phó Chủ tịch UBND phường chủ trì 5 cuộc. Theo Công văn số 318/UBND-VP ngày 22/7/2025, các bộ phận báo cáo kết quả thực hiện trước ngày 15 hằng tháng để tổng hợp báo cáo Ban Chỉ đạo.
            Tổng số nhiệm vụ UBND phường được giao trong năm 2025 là 36 nhiệm vụ, gồm 31 nhiệm vụ hoàn thành đúng hạn, 3 nhiệm vụ hoàn thành quá hạn và 2 nhiệm vụ đang thực hiện trong hạn. Tỷ lệ nhiệm vụ đã hoàn thành đạt 94,44% (34/36 nhiệm vụ). Các nhiệm vụ hoàn thành quá hạn chủ yếu do phải chờ hướng dẫn về nền tảng dùng chung của thành phố.
            Công tác tuyên truyền được đẩy mạnh với 46 tin, bài trên Trang thông tin điện tử của phường và 128 tin trên nhóm Zalo của 38 tổ dân phố. Đường dây nóng 0236.3822.123 của UBND phường hoạt động thường xuyên trong giờ hành chính, tiếp nhận và hướng dẫn người dân sử dụng dịch vụ công trực tuyến.
            # II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CHUYỂN ĐỔI SỐ
            ## 1. Thủ tục hành chính và dịch vụ công trực tuyến
            Tổng số thủ tục hành chính thuộc thẩm quyền giải quyết của UBND phường là 298 thủ tục, gồm 176 thủ tục cung cấp dịch vụ công trực tuyến toàn trình, 101 thủ tục cung cấp dịch vụ công trực tuyến một phần và 21 thủ tục chưa cung cấp trực tuyến do yêu cầu người dân phải có mặt. Có 64 thủ tục được tiếp nhận không phụ thuộc địa giới hành chính trong phạm vi thành phố.
            Từ ngày 01/01/2025 đến ngày 30/11/2025, Trung tâm Phục vụ hành chính công phường đã tiếp nhận 6.482 hồ sơ (gồm 64 hồ sơ kỳ trước chuyển sang và 6.418 hồ sơ tiếp nhận mới). Trong số hồ sơ tiếp nhận mới có 4.957 hồ sơ trực tuyến, 1.398 hồ sơ trực tiếp và 63 hồ sơ qua dịch vụ bưu chính công ích. Tỷ lệ hồ sơ tiếp nhận trực tuyến đạt 77,24% (4.957/6.418 hồ sơ), tăng 15,94 điểm phần trăm so với năm 2024 (61,3%).
            Trong số hồ sơ tiếp nhận mới, hồ sơ trực tuyến chiếm 77,24%, hồ sơ trực tiếp chiếm 21,78% và hồ sơ qua bưu chính công ích chiếm 0,98%; riêng hồ sơ trực tiếp được số hóa chiếm 95,1% số hồ sơ trực tiếp.
            Kết quả giải quyết: đã giải quyết 6.301 hồ sơ, đang giải quyết 166 hồ sơ và 15 hồ sơ người dân rút. Trong số hồ sơ đã giải quyết, có 6.254/6.301 hồ sơ giải quyết trước hạn và đúng hạn, đạt 99,25%; 47 hồ sơ giải quyết quá hạn đều đã có văn bản xin lỗi người dân theo quy định. Tính đến ngày 30/11/2025, còn 166 hồ sơ đang giải quyết, trong đó 159 hồ sơ còn trong hạn và 7 hồ sơ đã quá hạn, chủ yếu thuộc lĩnh vực đất đai.
            Công tác số hóa hồ sơ được thực hiện đồng thời với việc tiếp nhận: 5.812/6.418 hồ sơ tiếp nhận mới được số hóa thành phần hồ sơ, đạt 90,56%. Tỷ lệ thanh toán trực tuyến đạt 87,5% (2.730/3.120 hồ sơ có thu phí, lệ phí). Kết quả đánh giá theo Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ, phường xếp thứ 12/68 phường, xã của thành phố trong tháng 10/2025. Chi tiết số liệu tại Phụ lục I kèm theo.
            Về phản ánh, kiến nghị: trong năm, UBND phường tiếp nhận 214 phản ánh, kiến nghị của người dân qua các kênh; đã xử lý 205 phản ánh (95,79%), đang xử lý 9 phản ánh (4,21%) đều còn trong thời hạn. Không có phản ánh, kiến nghị quá hạn xử lý.
            ## 2. Hạ tầng số và an toàn thông tin
            Hạ tầng mạng của phường được nâng cấp với đường truyền số liệu chuyên dùng cấp II kết nối đến 100% bộ phận. Phường đã lắp đặt 186 camera giám sát an ninh trật tự tại các nút giao thông và khu dân cư; hình ảnh được kết nối về Trung tâm giám sát, điều hành thông minh của thành phố. Trang bị mới 24 máy tính cho Trung tâm Phục vụ hành chính công và các bộ phận chuyên môn (chi tiết tại Phụ lục II).
            Công tác bảo đảm an toàn thông tin được chú trọng; 100% máy tính của cán bộ, công chức được cài đặt phần mềm phòng chống mã độc tập trung. Trong 11 tháng, không xảy ra sự cố mất an toàn thông tin nghiêm trọng trên địa bàn. Phường phối hợp tổ chức 2 đợt kiểm tra an toàn thông tin, đợt thứ nhất từ ngày 10/4/2025 đến ngày 15/4/2025 và đợt thứ hai từ ngày 06/10/2025 đến ngày 10/10/2025.
            ## 3. Nền tảng số, dữ liệu số
            UBND phường sử dụng hiệu quả các nền tảng dùng chung của thành phố gồm Hệ thống quản lý văn bản và điều hành, Hệ thống thông tin giải quyết thủ tục hành chính, nền tảng họp trực tuyến và ứng dụng công dân số. Cơ sở dữ liệu hộ tịch của phường đã được số hóa đầy đủ từ năm 1975 đến nay, với 38.620 bản ghi được kiểm tra, làm sạch và đồng bộ với Cơ sở dữ liệu quốc gia về dân cư.
            Phường thực hiện thu thập, cập nhật dữ liệu về hộ kinh doanh, cơ sở lưu trú và nhà trọ trên địa bàn; đến nay đã cập nhật thông tin của 1.146 hộ kinh doanh và 87 cơ sở lưu trú lên bản đồ số của phường. Dữ liệu được chia sẻ cho Công an phường phục vụ công tác quản lý cư trú.
            ## 4. Phát triển nhân lực số
            Phường đã tổ chức 18 lớp tập huấn kỹ năng số, gồm 6 lớp cho cán bộ công chức, 7 lớp cho người dân và 5 lớp cho hộ kinh doanh, với 1.260 lượt người tham gia. Có 42/45 cán bộ, công chức (đạt 93,33%) được tập huấn kỹ năng số cơ bản và kỹ năng sử dụng trí tuệ nhân tạo trong công việc; 3 công chức còn lại đang nghỉ chế độ thai sản.
            Phong trào Bình dân học vụ số được triển khai tại 38 tổ dân phố. Mỗi tổ dân phố có một Tổ công nghệ số cộng đồng; toàn phường có 214 thành viên Tổ công nghệ số cộng đồng (gồm 38 tổ trưởng và 176 tổ viên). Người từ 60 tuổi trở lên được các tổ hướng dẫn tận nhà cách cài đặt và sử dụng ứng dụng định danh điện tử.
            ## 5. Kinh tế số và xã hội số
            Tính đến ngày 30/11/2025, trên địa bàn phường có 21.340 tài khoản định danh điện tử được kích hoạt và 4.215 người dân được cấp chữ ký số công cộng. Có 1.146 hộ kinh doanh đã được hướng dẫn mở tài khoản thanh toán, trong đó 918 hộ (80,1%) thường xuyên sử dụng thanh toán không dùng tiền mặt. Chợ Tân Lập triển khai mô hình chợ 4.0 với 126 tiểu thương sử dụng mã QR để thanh toán.
            ## 6. Cải cách hành chính gắn với chuyển đổi số
            UBND phường đã rà soát, đề xuất đơn giản hóa 9 thủ tục hành chính trong các lĩnh vực hộ tịch, chứng thực và văn hóa; đồng thời công bố công khai đầy đủ quy trình nội bộ giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công và trên Cổng dịch vụ công. Việc tái sử dụng dữ liệu đã số hóa giúp người dân không phải nộp lại giấy tờ đã được cơ quan nhà nước cấp trước đó.
            Trung tâm Phục vụ hành chính công phường bố trí 2 máy tính và 1 nhân viên hỗ trợ người dân tự nộp hồ sơ trực tuyến tại chỗ; trung bình mỗi ngày làm việc có khoảng 30 lượt người dân được hướng dẫn. Đoàn viên thanh niên tham gia hỗ trợ vào sáng thứ Bảy hằng tuần trong các tháng cao điểm.
            Kết quả khảo sát sự hài lòng của người dân trong quý III năm 2025 với 420 phiếu cho thấy 412 phiếu đánh giá hài lòng và rất hài lòng, đạt 98,1% (412/420 phiếu); 8 phiếu còn lại góp ý về thời gian chờ đợi tại bộ phận đất đai. UBND phường đã tiếp thu, bổ sung một quầy tiếp nhận vào các buổi sáng thứ Hai và thứ Sáu.
            Công tác kiểm tra nội bộ được duy trì thường xuyên; trong năm đã kiểm tra 6 bộ phận chuyên môn và 4 tổ dân phố về việc cập nhật dữ liệu, qua đó nhắc nhở 2 trường hợp chậm cập nhật thông tin hộ kinh doanh. Các tồn tại sau kiểm tra đều đã được khắc phục trong tháng 9/2025.
            ## 7. Chuyển đổi số trong giáo dục, y tế và văn hóa
            Trên địa bàn phường có 5 trường học công lập, trong đó 2 trường mầm non, 2 trường tiểu học và 1 trường trung học cơ sở; 100% trường học sử dụng sổ điểm điện tử và thu học phí không dùng tiền mặt. Trạm Y tế phường triển khai hồ sơ sức khỏe điện tử cho 18.920 người dân và khám chữa bệnh bằng căn cước công dân gắn chip. Nhà văn hóa của 38 tổ dân phố được kết nối mạng không dây miễn phí để người dân truy cập các dịch vụ số.
            # III. KHOA HỌC, CÔNG NGHỆ VÀ ĐỔI MỚI SÁNG TẠO
            Hội đồng xét duyệt sáng kiến của phường đã xem xét 9 sáng kiến, giải pháp, trong đó công nhận 6 sáng kiến có phạm vi ảnh hưởng cấp phường, 3 sáng kiến chưa đủ điều kiện công nhận và được đề nghị tiếp tục hoàn thiện. Sáng kiến "Bản đồ số quản lý nhà trọ" được áp dụng từ tháng 8/2025 và giảm 40% thời gian kiểm tra cư trú so với cách làm thủ công.
            # IV. KINH PHÍ THỰC HIỆN
            Tổng kinh phí được bố trí cho nhiệm vụ khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số năm 2025 là 1,45 tỷ đồng, trong đó đã giải ngân 1.180.000.000 đồng, đạt 81,38% (1.180/1.450 triệu đồng). Phần kinh phí chưa giải ngân là 270.000.000 đồng dùng cho gói thuê dịch vụ dự kiến nghiệm thu trong tháng 12/2025.
            Kinh phí hỗ trợ hoạt động của Tổ công nghệ số cộng đồng được bố trí 95.000.000 đồng, mức hỗ trợ 2.500.000 đồng cho mỗi tổ trong năm. Chi tiết tại Phụ lục III.
            # V. ĐÁNH GIÁ CHUNG
            ## 1. Kết quả đạt được
            Năm 2025, các chỉ tiêu chuyển đổi số chủ yếu của phường đều đạt và vượt kế hoạch: tỷ lệ hồ sơ tiếp nhận trực tuyến đạt 77,24%, vượt chỉ tiêu 70% được giao tại Kế hoạch số 12/KH-UBND; tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,25%; tỷ lệ số hóa hồ sơ đạt 90,56%. Nhận thức của cán bộ, công chức và người dân về chuyển đổi số có chuyển biến rõ nét sau 11 tháng triển khai.
            ## 2. Tồn tại, hạn chế
            Một số thủ tục hành chính trong lĩnh vực đất đai còn tỷ lệ trực tuyến thấp; 7 hồ sơ đất đai quá hạn do phải xác minh nguồn gốc sử dụng đất. Hạ tầng tại một số tổ dân phố chưa đồng bộ; kinh phí cho chuyển đổi số còn hạn chế so với yêu cầu. Kỹ năng số của một bộ phận người cao tuổi còn hạn chế.
            # VI. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026
            1. Phấn đấu tỷ lệ hồ sơ tiếp nhận trực tuyến đạt tối thiểu 80%; 100% hồ sơ được số hóa khi tiếp nhận; tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 99%.
            2. Chỉ tiêu thanh toán trực tuyến đạt 90% số hồ sơ có thu phí, lệ phí; 95% hộ kinh doanh sử dụng thanh toán không dùng tiền mặt.
            3. Triển khai Chương trình chuyển đổi số của phường giai đoạn 2026 - 2030, tầm nhìn đến năm 2045; hoàn thành trước ngày 30/6/2026 việc số hóa dữ liệu đất đai của 12 tổ dân phố còn lại.
            4. Tổ chức tối thiểu 20 lớp tập huấn kỹ năng số trong 12 tháng; bảo đảm 100% cán bộ, công chức được bồi dưỡng kỹ năng số.
            Văn bản này được trình bày theo Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư.
            # PHỤ LỤC I. SỐ LIỆU GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH NĂM 2025
            | STT | Chỉ tiêu | Đơn vị tính | Từ 01/01/2025 đến 30/11/2025
            | 1 | Hồ sơ kỳ trước chuyển sang | hồ sơ | 64
            | 2 | Hồ sơ tiếp nhận mới | hồ sơ | 6.418
            | 3 | Hồ sơ tiếp nhận trực tuyến | hồ sơ | 4.957
            | 4 | Hồ sơ tiếp nhận trực tiếp | hồ sơ | 1.398
            | 5 | Hồ sơ qua bưu chính công ích | hồ sơ | 63
            | 6 | Hồ sơ đã giải quyết | hồ sơ | 6.301
            | 7 | Hồ sơ đang giải quyết | hồ sơ | 166
            | 8 | Tỷ lệ hồ sơ trực tuyến | % | 77,24%
            # PHỤ LỤC II. HẠ TẦNG SỐ CỦA PHƯỜNG
            | STT | Hạng mục | Đơn vị tính | Số lượng
            | 1 | Camera giám sát an ninh trật tự | camera | 186
            | 2 | Máy tính trang bị mới | máy | 24
            | 3 | Tổ dân phố có Tổ công nghệ số cộng đồng | tổ | 38
            # PHỤ LỤC III. KINH PHÍ NĂM 2025
            | STT | Nội dung | Được bố trí (triệu đồng) | Đã giải ngân (triệu đồng)
            | 1 | Thuê dịch vụ công nghệ thông tin | 620 | 350
            | 2 | Mua sắm thiết bị | 735 | 735
            | 3 | Hỗ trợ Tổ công nghệ số cộng đồng | 95 | 95
            | | Tổng cộng | 1.450 | 1.180
            """;
}
