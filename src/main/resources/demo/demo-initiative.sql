-- Demo initiatives and council (issue 7). Seed 000 (An Hải, Đà Nẵng), part II.2.a: the ward set up its
-- "Hội đồng xét duyệt sáng kiến cấp cơ sở", which "đã nhận được 13 đề tài, mô hình, giải pháp mới" and
-- "đang tiến hành họp xét, chấm điểm" them — so the 2025 call holds 13 initiatives and scoring is OPEN.
-- SK-01…SK-08 are the titles the seed's footnote 11 lists; SK-09…SK-13 are made up from activities the
-- seed describes (Trợ lý số Danang AI, support for vulnerable people, AI in office work, cashless markets).
-- Authors, units, dates, the council's ordinary members and every score are made up.
-- Council of 5: chair lanhdao.anhai; members canbo.anhai, vhxh.anhai and two demo users created here.
-- Trương Thị Mai (vhxh.anhai) declared a conflict on SK-08 (her unit's initiative).
-- Scores: everyone has scored SK-01…SK-10 (except Mai on SK-08); SK-11 only the chair and canbo.anhai;
-- SK-12 and SK-13 nobody yet — so the chair cannot close scoring yet.

insert into app_user (username, password_hash, full_name, role, ward_id, unit_id)
select x.username, '{bcrypt}$2a$10$yV4RPkpW.R68xwx9mEOgZuORIy2H3/s5yxoFwo0s1D410DCXLKMqa', x.full_name,
       'WARD_OFFICER', w.id, u.id
from (values ('kinhte.anhai', 'Đỗ Minh Tuấn', 'kinh-te'),
             ('pvhcc.anhai', 'Huỳnh Thị Ngọc Ánh', 'pvhcc')) as x(username, full_name, unit)
join ward w on w.code = 'an-hai'
join unit u on u.ward_id = w.id and u.code = x.unit;

insert into initiative_call (ward_id, year, title, opens_on, closes_on)
select id, 2025, 'Xét duyệt đề tài, sáng kiến cấp cơ sở năm 2025', date '2025-07-15', date '2025-11-30'
from ward where code = 'an-hai';

insert into initiative_criterion (ward_id, call_id, code, name, weight, max_score, position)
select c.ward_id, c.id, x.code, x.name, 1, 10, x.position
from initiative_call c join ward w on w.id = c.ward_id and w.code = 'an-hai'
cross join (values ('NOVELTY', 'Tính mới', 0), ('EFFECTIVENESS', 'Hiệu quả', 1),
                   ('SCOPE', 'Phạm vi ảnh hưởng', 2)) as x(code, name, position)
where c.year = 2025;

insert into initiative_member (ward_id, call_id, username, full_name, role)
select c.ward_id, c.id, u.username, u.full_name, x.role
from initiative_call c join ward w on w.id = c.ward_id and w.code = 'an-hai'
cross join (values ('lanhdao.anhai', 'CHAIR'), ('canbo.anhai', 'MEMBER'), ('vhxh.anhai', 'MEMBER'),
                   ('kinhte.anhai', 'MEMBER'), ('pvhcc.anhai', 'MEMBER')) as x(username, role)
join app_user u on u.username = x.username
where c.year = 2025;

insert into initiative (ward_id, call_id, code, title, authors, unit_id, problem, solution, results, submitted_on)
select c.ward_id, c.id, x.code, x.title, x.authors, u.id, x.problem, x.solution, x.results, x.submitted_on::date
from initiative_call c join ward w on w.id = c.ward_id and w.code = 'an-hai'
cross join (values
    ('SK-01', 'Thiết kế tài liệu hướng dẫn nộp hồ sơ trực tuyến thủ tục hành chính trên Cổng Dịch vụ công quốc gia',
     'Trần Thị Thu Hà', 'pvhcc', 'Người dân lúng túng khi nộp hồ sơ trực tuyến, phải đến Trung tâm nhờ hướng dẫn.',
     'Bộ tài liệu hướng dẫn từng bước có hình minh họa và mã QR cho các thủ tục thường gặp.',
     'Tỷ lệ hồ sơ trực tuyến tăng, giảm lượt hướng dẫn trực tiếp tại quầy.', '2025-09-10'),
    ('SK-02', 'Ứng dụng chuyển đổi số trong công tác phối hợp nội bộ giữa các phòng chuyên môn thuộc UBND phường nhằm nâng cao hiệu quả phục vụ hành chính',
     'Nguyễn Văn Phúc', 'vp-hdnd-ubnd', 'Văn bản, phiếu chuyển giữa các phòng còn bằng giấy, chậm và khó theo dõi.',
     'Luân chuyển phiếu phối hợp trên hệ thống quản lý văn bản, có hạn xử lý và nhắc việc.',
     'Thời gian phối hợp giữa các phòng rút ngắn, theo dõi được tiến độ.', '2025-09-18'),
    ('SK-03', 'Giải pháp nâng cao hiệu quả công tác thu hằng tháng đối với các hộ kinh doanh tại các chợ trên địa bàn phường',
     'Lê Thị Kim Oanh', 'kinh-te', 'Thu tiền thuê điểm kinh doanh tại chợ bằng tiền mặt, dễ sót, khó đối chiếu.',
     'Lập danh bạ hộ kinh doanh, thu qua chuyển khoản có mã QR theo từng ki-ốt.',
     'Số thu đúng hạn tăng, đối chiếu được hằng tháng.', '2025-09-22'),
    ('SK-04', 'Giải pháp xử lý, thu hồi nợ đọng tại các chợ trên địa bàn phường An Hải',
     'Phạm Văn Long', 'kinh-te', 'Nợ đọng tiền thuê điểm kinh doanh kéo dài nhiều năm.',
     'Phân loại nợ, lập lộ trình trả, phối hợp Ban quản lý chợ đôn đốc.',
     'Thu hồi được một phần nợ đọng, không phát sinh nợ mới.', '2025-09-25'),
    ('SK-05', 'Tổng hợp bản tin hằng tuần phục vụ cho việc điều hành công tác của UBND phường',
     'Võ Thị Hồng Nhung', 'vp-hdnd-ubnd', 'Lãnh đạo thiếu thông tin tổng hợp kịp thời từ các bộ phận.',
     'Bản tin tuần tổng hợp số liệu hồ sơ, nhiệm vụ, phản ánh gửi lãnh đạo mỗi sáng thứ Hai.',
     'Lãnh đạo nắm tình hình đầu tuần, giao việc kịp thời.', '2025-10-02'),
    ('SK-06', 'Giải pháp "Nâng cao hiệu quả năng lực phục vụ công dân trong công tác tiếp nhận, trả kết quả và giải quyết hồ sơ công dân qua Cổng dịch vụ công quốc gia"',
     'Đặng Quốc Việt', 'pvhcc', 'Hồ sơ trực tuyến bị trả lại nhiều do thiếu thành phần.',
     'Kiểm tra trước hồ sơ, nhắn tin hướng dẫn bổ sung, trả kết quả điện tử.',
     'Giảm hồ sơ bị trả lại; 100% hồ sơ giải quyết đúng hạn.', '2025-10-06'),
    ('SK-07', 'Một số giải pháp nâng cao hiệu quả "Ứng dụng công nghệ thông tin trong công tác Hội" của Hội LHPN phường An Hải',
     'Hội Liên hiệp Phụ nữ phường (Nguyễn Thị Bích)', null, 'Sinh hoạt Hội và truyền thông còn phụ thuộc họp trực tiếp.',
     'Nhóm Zalo chi hội, biểu mẫu trực tuyến, truyền thông trên mạng xã hội.',
     'Hội viên nhận thông tin nhanh, tham gia hoạt động đông hơn.', '2025-10-08'),
    ('SK-08', 'Một số giải pháp nâng cao hiệu quả tổ chức các hoạt động văn hóa, văn nghệ, thể dục thể thao gắn với hỗ trợ phụ nữ phát triển trên địa bàn phường',
     'Hồ Thị Thanh Tâm', 'van-hoa-xa-hoi', 'Phong trào văn hóa, thể thao ở tổ dân phố chưa đều.',
     'Kết hợp hội thi văn nghệ, thể thao với giới thiệu mô hình sinh kế cho phụ nữ.',
     'Nhiều tổ dân phố tham gia; một số mô hình sinh kế được nhân rộng.', '2025-10-10'),
    ('SK-09', 'Ứng dụng Trợ lý số Danang AI hỗ trợ tra cứu, giải đáp thủ tục hành chính tại Trung tâm Phục vụ hành chính công phường',
     'Đặng Quốc Việt, Trần Thị Thu Hà', 'pvhcc', 'Câu hỏi lặp lại về thủ tục chiếm nhiều thời gian của công chức.',
     'Hướng dẫn người dân dùng Trợ lý số Danang AI tại quầy và qua mã QR.',
     'Giảm thời gian giải đáp, người dân tự tra cứu được.', '2025-10-14'),
    ('SK-10', 'Hỗ trợ người dân yếu thế thực hiện thủ tục hành chính trực tuyến, bảo đảm không ai bị bỏ lại phía sau trong chuyển đổi số',
     'Ngô Thị Lệ', 'pvhcc', 'Người cao tuổi, người khuyết tật khó tiếp cận dịch vụ công trực tuyến.',
     'Tổ công nghệ số cộng đồng hỗ trợ tận nhà, ưu tiên tại quầy.', 'Người yếu thế được hỗ trợ đầy đủ.', '2025-10-20'),
    ('SK-11', 'Số hóa sổ theo dõi cư trú của tổ dân phố phục vụ cập nhật dữ liệu dân cư',
     'Phan Quốc Bảo', 'cong-an', 'Sổ theo dõi giấy ở tổ dân phố không khớp dữ liệu dân cư.',
     'Bảng tính dùng chung cho tổ trưởng, đối chiếu định kỳ với dữ liệu dân cư.',
     'Dữ liệu cập nhật kịp thời hơn.', '2025-11-03'),
    ('SK-12', 'Ứng dụng trí tuệ nhân tạo hỗ trợ soạn thảo văn bản hành chính văn phòng',
     'Võ Thị Hồng Nhung, Nguyễn Văn Phúc', 'vp-hdnd-ubnd', 'Soạn thảo văn bản mất nhiều thời gian, dễ sai thể thức.',
     'Mẫu câu lệnh AI cho các loại văn bản thường gặp, kiểm tra thể thức theo Nghị định 30.',
     'Rút ngắn thời gian soạn thảo.', '2025-11-12'),
    ('SK-13', 'Bản đồ số các điểm thanh toán không dùng tiền mặt tại các chợ trên địa bàn phường',
     'Lê Thị Kim Oanh', 'kinh-te', 'Người mua chưa biết ki-ốt nào nhận chuyển khoản.',
     'Bản đồ số trên nền bản đồ trực tuyến, cập nhật theo đăng ký của hộ kinh doanh.',
     'Tăng giao dịch không dùng tiền mặt tại chợ.', '2025-11-25')
) as x(code, title, authors, unit, problem, solution, results, submitted_on)
left join unit u on u.ward_id = c.ward_id and u.code = x.unit
where c.year = 2025;

insert into initiative_conflict (ward_id, member_id, initiative_id, reason)
select m.ward_id, m.id, i.id, 'Sáng kiến của đơn vị tôi phụ trách (Phòng Văn hóa - Xã hội)'
from initiative_member m join initiative i on i.call_id = m.call_id and i.code = 'SK-08'
join initiative_call c on c.id = m.call_id and c.year = 2025
join ward w on w.id = c.ward_id and w.code = 'an-hai'
where m.username = 'vhxh.anhai';

-- score = the initiative's base + the member's leaning + the criterion's, within 0..10 (all in steps of 0,5)
insert into initiative_score (ward_id, member_id, initiative_id, criterion_id, value)
select i.ward_id, m.id, i.id, k.id, least(10, greatest(0, b.base + d.delta + e.delta))
from initiative i
join initiative_call c on c.id = i.call_id and c.year = 2025
join ward w on w.id = c.ward_id and w.code = 'an-hai'
join (values ('SK-01', 8.5), ('SK-02', 8.0), ('SK-03', 7.5), ('SK-04', 7.0), ('SK-05', 6.5), ('SK-06', 9.0),
             ('SK-07', 6.0), ('SK-08', 7.0), ('SK-09', 8.5), ('SK-10', 9.0), ('SK-11', 6.5)) as b(code, base)
  on b.code = i.code
join initiative_member m on m.call_id = c.id
join (values ('lanhdao.anhai', 0.0), ('canbo.anhai', 0.5), ('vhxh.anhai', -0.5), ('kinhte.anhai', 0.0),
             ('pvhcc.anhai', -1.0)) as d(username, delta) on d.username = m.username
join initiative_criterion k on k.call_id = c.id
join (values ('NOVELTY', 0.0), ('EFFECTIVENESS', 0.5), ('SCOPE', -0.5)) as e(code, delta) on e.code = k.code
where not exists (select 1 from initiative_conflict x where x.member_id = m.id and x.initiative_id = i.id)
  and (i.code <> 'SK-11' or m.username in ('lanhdao.anhai', 'canbo.anhai'));
