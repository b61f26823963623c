-- A draft of the 18-month review (Báo cáo sơ kết 01 năm 06 tháng, issue 8) for trung-thanh, framed and
-- partly written as seed 004 is: its opening, recipients and signer, and its narrative for the sections
-- the system holds no data for. The figures are not typed: the first section inserts them as live fields.

insert into report (ward_id, kind, period_from, period_to, place, title, opening, recipients, signer_mode,
                    signer_name, created_by)
select w.id, 'NQ57_RESULTS', date '2025-01-01', date '2026-06-30', 'Trung Thành',
       'Sơ kết 01 năm 06 tháng thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển '
           || 'khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia',
       'Thực hiện Công văn số 6641/UBND-KGVX ngày 06/6/2026 của UBND tỉnh Thái Nguyên về việc tham mưu xây dựng báo cáo '
           || 'và tự đánh giá kết quả thực hiện phục vụ Hội nghị sơ kết 01 năm 06 tháng triển khai Nghị quyết số 57-NQ/TW '
           || 'của Bộ Chính trị.' || chr(10)
           || 'UBND phường Trung Thành báo cáo kết quả sơ kết 01 năm 06 tháng triển khai thực hiện Nghị quyết số 57-NQ/TW '
           || 'ngày 22/12/2024 của Bộ Chính trị như sau:',
       'Sở Khoa học và Công nghệ;' || chr(10) || 'Thường trực Đảng ủy;' || chr(10) || 'Thường trực HĐND phường;'
           || chr(10) || 'Lãnh đạo UBND phường;' || chr(10) || 'Các cơ quan, đơn vị trên địa bàn phường;' || chr(10)
           || 'Các tổ dân phố trên địa bàn phường;' || chr(10) || 'Lưu: VT, VHXH.',
       'KT', 'Ngô Mạnh Tài', 'canbo.trungthanh'
from ward w where w.code = 'trung-thanh';

insert into report_section (report_id, ward_id, section_key, html, updated_by)
select r.id, r.ward_id, s.key, s.html, 'canbo.trungthanh'
from report r join ward w on w.id = r.ward_id and w.code = 'trung-thanh'
cross join (values
    ('p1.1', '<p>Qua 01 năm 06 tháng triển khai thực hiện Nghị quyết số 57-NQ/TW, công tác chuyển đổi số trên địa bàn phường '
        || 'có nhiều chuyển biến tích cực. Tổng số hồ sơ tiếp nhận là <span data-field="dossier.received">0</span> hồ sơ, '
        || 'trong đó <span data-field="dossier.newOnline">0</span> hồ sơ tiếp nhận trực tuyến, đạt '
        || '<span data-field="dossier.onlineRate">0</span>; tỷ lệ giải quyết trước và đúng hạn đạt '
        || '<span data-field="dossier.onTimeRate">0</span>.</p>'
        || '<p>Phong trào <b>Bình dân học vụ số</b> được triển khai sâu rộng trên địa bàn phường; phường đã xây dựng mô hình '
        || 'Camera an ninh tại 49 TDP ứng dụng công nghệ số vào đảm bảo an ninh trật tự an toàn xã hội.</p>'),
    ('p1.2.1', '<p>Công tác lãnh đạo, chỉ đạo triển khai Nghị quyết số 57-NQ/TW tiếp tục được Đảng ủy, HĐND, UBND phường '
        || 'quan tâm thực hiện quyết liệt, đồng bộ, gắn với phương châm <i>“rõ người, rõ việc, rõ tiến độ, rõ trách nhiệm, '
        || 'rõ hiệu quả”</i>.</p>'),
    ('p1.3', '<p>Đối với lĩnh vực khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số, đến nay địa phương chưa ban hành '
        || 'văn bản quy phạm pháp luật thuộc thẩm quyền. UBND phường đã ban hành nhiều kế hoạch, quyết định, văn bản chỉ đạo, '
        || 'điều hành liên quan đến chuyển đổi số, Đề án 06, phong trào Bình dân học vụ số.</p>'),
    ('p3.1', '<ul><li>Hạ tầng công nghệ thông tin tại cơ sở chưa thực sự đồng bộ; một số trang thiết bị cần được nâng cấp, '
        || 'thay thế.</li><li>Công chức phụ trách công nghệ thông tin, chuyển đổi số còn kiêm nhiệm nhiều lĩnh vực.</li></ul>'),
    ('p5.1', '<ol><li>Tiếp tục nâng cao hiệu quả công tác lãnh đạo, chỉ đạo thực hiện các nhiệm vụ về khoa học, công nghệ, '
        || 'đổi mới sáng tạo và chuyển đổi số.</li><li>Tiếp tục đẩy mạnh chuyển đổi số trong hoạt động của cơ quan nhà '
        || 'nước.</li><li>Nâng cao chất lượng phong trào Bình dân học vụ số và kỹ năng số cho người dân.</li></ol>'),
    ('pl.III', '<p>Không có.</p>'),
    ('pl.V', '<p>UBND phường chủ yếu khai thác, sử dụng các nền tảng số quốc gia, nền tảng số chuyên ngành và nền tảng dùng '
        || 'chung do Trung ương, cấp tỉnh triển khai phục vụ công tác quản lý nhà nước và giải quyết thủ tục hành chính.</p>'),
    ('pl.VI', '<p>UBND phường không trực tiếp triển khai xây dựng cơ sở dữ liệu quốc gia, cơ sở dữ liệu chuyên ngành; hiện '
        || 'chủ yếu khai thác, sử dụng các cơ sở dữ liệu, nền tảng dùng chung do Trung ương và cấp tỉnh triển khai.</p>'),
    ('pl.VIII', '<p>Không có.</p>')
) as s (key, html)
where r.kind = 'NQ57_RESULTS';
