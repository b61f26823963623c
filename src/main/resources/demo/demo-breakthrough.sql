-- Breakthrough models (Phụ lục IX) and recommendations (Phụ lục X) of the demo wards (issue 7).
-- Runs after demo-data.sql and demo-tasks.sql and the indicator catalogue; rows are found by codes, never by id.
--
-- trung-thanh: seed 004 (Báo cáo sơ kết 01 năm 06 tháng NQ 57), Phần 2 and Phụ lục IX: the models
--   “TDP hưởng ứng phong trào Bình dân học vụ số”, “TDP tiếp cận và sử dụng AI” and “Camera an ninh tại
--   49 tổ dân phố” in the seed's words; the camera project's 499 triệu đồng is task KH96-07 (demo-tasks.sql).
--   Phụ lục X: one recommendation the ward resolves itself, four for higher levels (both versions of the
--   seed's table together). The follow-up (sent with the report before 15/6/2026, as the review meeting of
--   09/6/2026 asked) is made up.
-- an-hai: seed 002 (report of 11/2025): the models “Tổ dân phố số” and the pilot “Phòng làm việc không giấy
--   tờ”, and three of its recommendations (VI.1 and VI.3); deadlines and follow-up are made up. The one for
--   funds (deadline 30/6/2026, still SENT) is overdue as of the demo's day 20/11/2026; every other one is not.

insert into breakthrough (ward_id, code, title, field, problem, solution, mechanisms_resources, cost_and_time, cost_vnd,
                          quantified_result, impact, lessons_and_scaling, risks, head_role, contact_name, started_on,
                          status, report_year)
select w.id, b.code, b.title, b.field, b.problem, b.solution, b.mechanisms, b.cost_and_time, b.cost_vnd, b.result,
       b.impact, b.lessons, b.risks, b.head_role, b.contact, b.started_on::date, b.status, b.report_year
from (values
    ('trung-thanh', 'MH-01', 'Mô hình “TDP hưởng ứng phong trào Bình dân học vụ số”', 'Kỹ năng số cho người dân',
     'Một bộ phận người dân còn hạn chế kỹ năng số, chưa thành thạo trong sử dụng các nền tảng số và dịch vụ số trong đời sống hằng ngày.',
     'UBND phường triển khai mô hình gắn với phong trào “Bình dân học vụ số”; hướng dẫn hội viên tham gia, học tập trên nền tảng “Bình dân học vụ số” tại địa chỉ https://binhdanhocvuso.gov.vn; đồng thời tổ chức hướng dẫn thực hành kỹ năng số cơ bản theo hình thức “cầm tay chỉ việc” phù hợp với từng đối tượng.',
     'Nền tảng https://binhdanhocvuso.gov.vn; Tổ công nghệ số cộng đồng', 'Triển khai năm 2026', null,
     'Người dân được hướng dẫn kỹ năng số cơ bản; người dân từng bước nâng cao kỹ năng số, tăng khả năng tiếp cận và sử dụng các nền tảng số trong đời sống.',
     'Nâng cao khả năng tiếp cận dịch vụ số cho người dân; tạo hiệu ứng lan tỏa trong cộng đồng về học tập kỹ năng số và tham gia chuyển đổi số.',
     'Hướng dẫn trực tiếp, phù hợp từng đối tượng; nội dung dễ hiểu giúp người dân dễ tiếp cận và tham gia hiệu quả hơn.',
     'Người cao tuổi còn khó tiếp cận công nghệ', 'Chủ tịch UBND phường trực tiếp chỉ đạo', 'UBND phường Trung Thành',
     '2026-01-01', 'RUNNING', 2026),
    ('trung-thanh', 'MH-02', 'Mô hình “Tổ dân phố tiếp cận và sử dụng AI”', 'Ứng dụng trí tuệ nhân tạo tại cộng đồng',
     'Một bộ phận người dân tại cơ sở còn hạn chế trong tiếp cận công nghệ mới, trí tuệ nhân tạo (AI) và kỹ năng số.',
     'UBND phường triển khai mô hình hướng dẫn nhân dân TDP tiếp cận, sử dụng AI phục vụ tra cứu thông tin, học tập và đời sống; tổ chức hướng dẫn trực tiếp theo hình thức cầm tay chỉ việc.',
     'Nền tảng https://aicongdong.ptit.edu.vn; Tổ công nghệ số cộng đồng', 'Triển khai năm 2026', null,
     'Người dân bước đầu sử dụng AI trong học tập, đời sống; bước đầu biết sử dụng các công cụ AI phục vụ nhu cầu thực tế.',
     'Tạo hiệu ứng lan tỏa về ứng dụng AI tại cơ sở; góp phần thúc đẩy phong trào học tập kỹ năng số tại địa phương.',
     'Tăng cường hướng dẫn thực hành; việc triển khai mô hình cần phù hợp với nhu cầu thực tế của người dân.',
     'Thiết bị của một số người dân còn hạn chế', 'Chủ tịch UBND phường trực tiếp chỉ đạo', 'UBND phường Trung Thành',
     '2026-01-01', 'PILOT', 2026),
    ('trung-thanh', 'MH-03', 'Mô hình camera an ninh tại 49 tổ dân phố', 'An ninh trật tự, quản lý địa bàn',
     'Tình hình an ninh trật tự tại một số tổ dân phố còn tiềm ẩn nhiều yếu tố phức tạp (trộm cắp tài sản, vi phạm trật tự công cộng, lấn chiếm lòng lề đường, xả rác không đúng nơi quy định); công tác theo dõi, giám sát chủ yếu thủ công; lực lượng chức năng tại cơ sở còn mỏng, địa bàn rộng.',
     'UBND phường phối hợp với Công an phường khảo sát, lựa chọn vị trí lắp đặt camera; vận động Nhân dân, hộ kinh doanh, doanh nghiệp tham gia xã hội hóa kinh phí; thành lập tổ quản lý, vận hành hệ thống camera; kết nối hệ thống với lực lượng công an; thường xuyên kiểm tra, bảo trì.',
     'Xã hội hóa kinh phí; tổ quản lý, vận hành hệ thống camera; kết nối với Công an phường',
     'Dự án Camera an ninh tại 49 tổ dân phố (499 triệu đồng)', 499000000,
     'Đã lắp đặt hệ thống camera an ninh tại 49/49 tổ dân phố; hệ thống hoạt động ổn định, kịp thời phát hiện, xử lý nhiều vụ việc về an ninh trật tự, trộm cắp tài sản, vi phạm giao thông.',
     'Nâng cao hiệu quả quản lý nhà nước về an ninh trật tự tại cơ sở; tăng tính răn đe, phòng ngừa vi phạm; tạo môi trường sống an toàn, văn minh; là nền tảng để triển khai các mô hình đô thị thông minh.',
     'Cần sự lãnh đạo, chỉ đạo quyết liệt của cấp ủy, chính quyền; làm tốt tuyên truyền để tạo đồng thuận; lựa chọn vị trí lắp đặt phù hợp; phân công rõ trách nhiệm quản lý, vận hành, khai thác dữ liệu; thường xuyên duy tu, bảo dưỡng.',
     null, null, 'UBND phường; phối hợp: Công an phường và các tổ dân phố', null, 'SCALED', 2026),
    ('an-hai', 'MH-01', 'Mô hình “Tổ dân phố số”', 'Chuyển đổi số cộng đồng',
     'Người dân chưa quen cài đặt, sử dụng các ứng dụng số phục vụ đời sống và dịch vụ công trực tuyến.',
     'Phường phối hợp với đơn vị cung cấp dịch vụ viễn thông triển khai mô hình “Tổ dân phố số”, hướng dẫn người dân cài đặt và sử dụng các ứng dụng số phục vụ đời sống (VNeID, thanh toán không tiền mặt, hộp thư điện tử, Cổng dịch vụ công).',
     'Doanh nghiệp viễn thông; Tổ công nghệ số cộng đồng; Thông báo kết luận số 45-TB/TGV ngày 30/9/2025', 'Năm 2025', null,
     'Các mô hình chuyển đổi số cộng đồng hoạt động tại 100% tổ dân phố.',
     'Người dân được hướng dẫn sử dụng dịch vụ công trực tuyến, số hóa giấy tờ, cập nhật thông tin dân cư.',
     'Huy động sự tham gia của doanh nghiệp viễn thông, trường học, đoàn thể và người dân; nhân rộng ra các tổ dân phố còn lại.',
     null, null, 'UBND phường An Hải', '2025-09-30', 'SCALED', 2025),
    ('an-hai', 'MH-02', 'Thí điểm “Phòng làm việc không giấy tờ”', 'Chính quyền số',
     'Văn bản, tài liệu giấy còn nhiều, tốn thời gian xử lý và lưu trữ.',
     'Triển khai thí điểm mô hình “Phòng làm việc không giấy tờ”, tăng cường sử dụng tài liệu điện tử, họp trực tuyến.',
     'Hệ thống quản lý văn bản điện tử; phòng họp trực tuyến', 'Năm 2025', null,
     'Đang thí điểm; chưa có số liệu định lượng.', null, null, null, null, 'UBND phường An Hải', null, 'PILOT', 2025)
    ) as b(ward, code, title, field, problem, solution, mechanisms, cost_and_time, cost_vnd, result, impact, lessons,
           risks, head_role, contact, started_on, status, report_year)
join ward w on w.code = b.ward;

insert into breakthrough_task (breakthrough_id, task_id)
select b.id, t.id
from (values ('trung-thanh', 'MH-01', 'KH96-03'), ('trung-thanh', 'MH-02', 'KH96-03'),
             ('trung-thanh', 'MH-03', 'KH96-07')) as l(ward, model, task)
join ward w on w.code = l.ward
join breakthrough b on b.ward_id = w.id and b.code = l.model
join task t on t.ward_id = w.id and t.code = l.task;

insert into breakthrough_indicator (breakthrough_id, indicator_code)
select b.id, l.indicator
from (values ('trung-thanh', 'MH-01', 'DS-SDDVS'), ('trung-thanh', 'MH-02', 'DS-TCDVS'),
             ('trung-thanh', 'MH-03', 'CAM-TDP'), ('an-hai', 'MH-01', 'DS-SDDVS')) as l(ward, model, indicator)
join ward w on w.code = l.ward
join breakthrough b on b.ward_id = w.id and b.code = l.model;

insert into recommendation (ward_id, code, content, deciding_authority, lead_body, coordinating_bodies, expected_output,
                            deadline, deadline_text, scope, status)
select w.id, r.code, r.content, r.authority, r.lead, r.coordinating, r.output, r.deadline::date, r.deadline_text,
       r.scope, r.status
from (values
    ('trung-thanh', 'KN-01', 'Tiếp tục tuyên truyền, hướng dẫn người dân tham gia “Bình dân học vụ số”, sử dụng dịch vụ công trực tuyến và nền tảng số',
     'UBND phường Trung Thành', 'UBND phường Trung Thành', 'Tổ công nghệ số cộng đồng, các đoàn thể',
     'Nâng cao kỹ năng số cho người dân', '2026-12-31', '6 tháng cuối năm 2026', 'SELF', 'IN_PROGRESS'),
    ('trung-thanh', 'KN-02', 'Đề nghị tiếp tục quan tâm bố trí nguồn lực đầu tư cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tại cấp cơ sở',
     'Sở Khoa học và Công nghệ', 'Sở Khoa học và Công nghệ', 'Sở Tài chính', 'Bổ sung kinh phí', '2026-12-31',
     'Năm 2026', 'HIGHER', 'SENT'),
    ('trung-thanh', 'KN-03', 'Đề nghị tiếp tục nâng cấp, hoàn thiện các nền tảng số dùng chung, hệ thống thông tin giải quyết thủ tục hành chính nhằm bảo đảm hoạt động ổn định, đồng bộ dữ liệu và thuận lợi trong quá trình khai thác, sử dụng tại cơ sở',
     'Sở Khoa học và Công nghệ', 'Sở Khoa học và Công nghệ', 'Các Sở, ngành cấp tỉnh', 'Hệ thống thông tin đồng bộ',
     '2026-12-31', 'Năm 2026', 'HIGHER', 'SENT'),
    ('trung-thanh', 'KN-04', 'Đề nghị nghiên cứu ban hành cơ chế hỗ trợ kinh phí hoạt động đối với các Tổ công nghệ số cộng đồng tại các xã, phường nhằm phát huy hiệu quả vai trò tuyên truyền, hướng dẫn người dân sử dụng dịch vụ công trực tuyến, các nền tảng số và tham gia chuyển đổi số tại cơ sở',
     'Sở Khoa học và Công nghệ', 'Sở Khoa học và Công nghệ', 'Sở Tài chính', 'Kinh phí hỗ trợ', '2026-12-31',
     'Năm 2026', 'HIGHER', 'SENT'),
    ('trung-thanh', 'KN-05', 'Đề nghị hỗ trợ tập huấn, nâng cao kỹ năng ứng dụng AI và kỹ năng số cho cán bộ, người dân',
     'Sở Khoa học và Công nghệ', 'UBND phường Trung Thành', 'Các cơ quan chuyên môn cấp trên',
     'Tổ chức các lớp tập huấn, hướng dẫn', '2026-12-31', 'Năm 2026', 'HIGHER', 'ACCEPTED'),
    ('an-hai', 'KN-01', 'Đề nghị UBND thành phố và Sở Tài chính bố trí kinh phí bổ sung cho phường để đầu tư hạ tầng CNTT, đặc biệt là máy chủ, lưu trữ dữ liệu, thiết bị bảo mật',
     'UBND thành phố', 'Sở Tài chính', 'Sở Khoa học và Công nghệ', 'Kinh phí bổ sung đầu tư hạ tầng CNTT',
     '2026-06-30', null, 'HIGHER', 'SENT'),
    ('an-hai', 'KN-02', 'Đề nghị Sở Khoa học và Công nghệ tổ chức chương trình đào tạo chuyên sâu cho cán bộ chuyển đổi số cấp cơ sở',
     'Sở Khoa học và Công nghệ', 'Sở Khoa học và Công nghệ', 'UBND phường An Hải',
     'Chương trình đào tạo chuyên sâu cho cán bộ chuyển đổi số', '2026-12-31', 'Năm 2026', 'HIGHER', 'ACCEPTED'),
    ('an-hai', 'KN-03', 'Nâng cấp, thay thế máy tính, thiết bị CNTT cũ để đảm bảo vận hành phần mềm dịch vụ công trực tuyến ổn định',
     'UBND phường An Hải', 'Phòng Kinh tế, Hạ tầng và Đô thị', 'Văn phòng HĐND và UBND phường',
     'Máy tính, thiết bị CNTT cũ được thay thế', '2026-12-31', 'Trong năm 2026', 'SELF', 'IN_PROGRESS')
    ) as r(ward, code, content, authority, lead, coordinating, output, deadline, deadline_text, scope, status)
join ward w on w.code = r.ward;

insert into recommendation_followup (recommendation_id, status, on_date, note, actor)
select r.id, f.status, f.on_date::date, f.note, f.actor
from (values
    ('trung-thanh', 'KN-01', 'PROPOSED', '2026-06-09', 'Nêu tại Hội nghị sơ kết 01 năm 06 tháng', 'canbo.trungthanh'),
    ('trung-thanh', 'KN-01', 'IN_PROGRESS', '2026-07-01', 'Giao theo Kế hoạch 96/KH-UBND (nhiệm vụ KH96-03)', 'canbo.trungthanh'),
    ('trung-thanh', 'KN-02', 'PROPOSED', '2026-06-09', 'Nêu tại Hội nghị sơ kết 01 năm 06 tháng', 'canbo.trungthanh'),
    ('trung-thanh', 'KN-02', 'SENT', '2026-06-12', 'Gửi Sở Khoa học và Công nghệ kèm Báo cáo sơ kết (Phụ lục X)', 'canbo.trungthanh'),
    ('trung-thanh', 'KN-03', 'PROPOSED', '2026-06-09', 'Nêu tại Hội nghị sơ kết 01 năm 06 tháng', 'canbo.trungthanh'),
    ('trung-thanh', 'KN-03', 'SENT', '2026-06-12', 'Gửi Sở Khoa học và Công nghệ kèm Báo cáo sơ kết (Phụ lục X)', 'canbo.trungthanh'),
    ('trung-thanh', 'KN-04', 'PROPOSED', '2026-06-09', 'Nêu tại Hội nghị sơ kết 01 năm 06 tháng', 'canbo.trungthanh'),
    ('trung-thanh', 'KN-04', 'SENT', '2026-06-12', 'Gửi Sở Khoa học và Công nghệ kèm Báo cáo sơ kết (Phụ lục X)', 'canbo.trungthanh'),
    ('trung-thanh', 'KN-05', 'PROPOSED', '2026-06-09', 'Nêu tại Hội nghị sơ kết 01 năm 06 tháng', 'canbo.trungthanh'),
    ('trung-thanh', 'KN-05', 'SENT', '2026-06-12', 'Gửi Sở Khoa học và Công nghệ kèm Báo cáo sơ kết (Phụ lục X)', 'canbo.trungthanh'),
    ('trung-thanh', 'KN-05', 'ACCEPTED', '2026-07-20', 'Sở tiếp nhận, đưa vào kế hoạch tập huấn 6 tháng cuối năm', 'canbo.trungthanh'),
    ('an-hai', 'KN-01', 'PROPOSED', '2025-11-10', 'Nêu tại báo cáo kết quả thực hiện NQ 57 (mục VI.1)', 'canbo.anhai'),
    ('an-hai', 'KN-01', 'SENT', '2025-11-20', 'Gửi UBND thành phố, Sở Tài chính', 'canbo.anhai'),
    ('an-hai', 'KN-02', 'PROPOSED', '2025-11-10', 'Nêu tại báo cáo kết quả thực hiện NQ 57 (mục VI.1)', 'canbo.anhai'),
    ('an-hai', 'KN-02', 'SENT', '2025-11-20', null, 'canbo.anhai'),
    ('an-hai', 'KN-02', 'ACCEPTED', '2026-02-05', 'Sở đưa vào chương trình đào tạo năm 2026', 'canbo.anhai'),
    ('an-hai', 'KN-03', 'PROPOSED', '2025-11-10', 'Giải pháp khắc phục hạn chế (mục VI.3)', 'canbo.anhai'),
    ('an-hai', 'KN-03', 'IN_PROGRESS', '2026-03-02', 'Đưa vào dự toán mua sắm năm 2026', 'canbo.anhai')
    ) as f(ward, code, status, on_date, note, actor)
join ward w on w.code = f.ward
join recommendation r on r.ward_id = w.id and r.code = f.code;
