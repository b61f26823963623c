-- Directives, meetings and tasks of the demo wards (issue 4), modelled on the seed reports.
-- Runs after demo-data.sql in the same transaction; rows are found by codes and numbers, never by id.
--
-- Numbers, dates and issuers of documents are as the seeds write them (000-004), with two
-- exceptions: seed 004 does not number Trung Thành's own plans, so 25/KH-UBND and 96/KH-UBND are
-- made up, and the signers of the wards' own documents are the seeds' chairmen and deputies but the
-- seeds do not say who signed which. The demo's An Hải is a blend of the two An Hải wards of the
-- seeds: Đà Nẵng's documents (000, 001, 003) and Hải Phòng's plan 70/KH-UBND and task figures (002).
--
-- The figures these tasks give, worked out by hand (DemoDataTest asserts them):
--   an-hai, 02-KH/BCĐTW as of 20/11/2026 (and already as of 06/11/2025, the cut-off of seed 002):
--     phase 1: 16 assigned, 16 done on time; phase 2: 34 assigned, 34 done on time, 0 overdue.
--   an-hai, whole ward as of 20/11/2026: 60 assigned (50 + 8 of 70/KH-UBND + 2 of meetings),
--     55 done on time, 0 late, 5 in progress (one due 27/11/2026, within 7 days: YELLOW), 0 overdue,
--     rate 91,67%. The Wi-Fi task's deadline 30/9/2026 was extended on 22/9/2026 to 15/12/2026.
--   trung-thanh, 02-KH/BCĐTW as of 20/11/2026: phase 1: 16 assigned, 13 on time, 3 late (YELLOW);
--     phase 2: 34/34 on time, as seed 004 reports on 06/6/2026.
--   trung-thanh, whole ward as of 20/11/2026: 59 assigned (50 + 7 of 96/KH-UBND + 2 of meetings),
--     49 on time, 4 late, 4 in progress, 2 overdue (due 15/10 and 20/10/2026): RED, rate 89,83%.

-- Văn bản chỉ đạo ----------------------------------------------------------------------------

-- the two documents every ward of the seeds carries out
insert into directive (ward_id, type, number, issued_on, issuer, title, summary, issued_by_ward)
select w.id, d.type, d.number, d.issued_on::date, d.issuer, d.title, d.summary, false
from ward w cross join (values
    ('NQ', '57-NQ/TW', '2024-12-22', 'Bộ Chính trị',
     'Về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia', null),
    ('KH', '02-KH/BCĐTW', '2025-06-19',
     'Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số',
     'Thúc đẩy chuyển đổi số liên thông, đồng bộ, nhanh, hiệu quả đáp ứng yêu cầu sắp xếp tổ chức bộ máy của hệ thống chính trị',
     'UBND phường được giao 16 nhiệm vụ giai đoạn 1 và 34 nhiệm vụ giai đoạn 2, theo dõi trên Hệ thống theo dõi, đánh giá việc thực hiện Nghị quyết số 57-NQ/TW (nq57.vn).')
    ) as d(type, number, issued_on, issuer, title, summary)
where w.code in ('an-hai', 'trung-thanh');

-- An Hải: seeds 000, 002, 003
insert into directive (ward_id, type, number, issued_on, issuer, title, summary, signer_name, signer_role, issued_by_ward)
select w.id, d.type, d.number, d.issued_on::date, d.issuer, d.title, d.summary, d.signer_name, d.signer_role, d.by_ward
from ward w cross join (values
    ('NQ', '71/NQ-CP', '2025-04-01', 'Chính phủ',
     'Sửa đổi, bổ sung, cập nhật Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị',
     null, null, null, false),
    ('KH', '01-KH/BCĐ', '2025-06-23', 'Ban Chỉ đạo 57 thành phố Đà Nẵng',
     'Thực hiện Kế hoạch số 02-KH/BCĐTW ngày 19/6/2025 của Ban Chỉ đạo Trung ương',
     null, null, null, false),
    ('KH', '03/KH-UBND', '2025-07-16', 'Ủy ban nhân dân thành phố Đà Nẵng',
     'Triển khai Kế hoạch số 02-KH/BCĐTW ngày 19/6/2025 của Ban Chỉ đạo Trung ương và Kế hoạch số 01-KH/BCĐ của Ban Chỉ đạo 57 thành phố',
     null, null, null, false),
    ('CV', '382/KHCN-KHTC', '2025-07-25', 'Sở Khoa học và Công nghệ thành phố Đà Nẵng',
     'Về xây dựng kế hoạch khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và dự toán ngân sách khoa học và công nghệ năm 2026',
     null, null, null, false),
    ('KH', '21-KH/TU', '2025-09-10', 'Ban Thường vụ Thành ủy Đà Nẵng',
     'Kế hoạch hành động thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị',
     null, null, null, false),
    ('TB', '44-TB/TGV', '2025-09-12', 'Tổ giúp việc Ban Chỉ đạo Trung ương',
     'Thông báo kết luận về tạo lập, kết nối, chia sẻ dữ liệu',
     null, null, null, false),
    ('TB', '06-TB/CQTTBCĐ', '2025-09-27', 'Cơ quan Thường trực Ban Chỉ đạo Trung ương',
     'Thông báo kết luận về an toàn thông tin, an ninh mạng, bảo mật dữ liệu',
     null, null, null, false),
    ('TB', '46-TB/TGV', '2025-09-30', 'Tổ giúp việc Ban Chỉ đạo Trung ương',
     'Thông báo kết luận về chuyển đổi số liên thông trong hệ thống chính trị',
     null, null, null, false),
    ('KH', '122/KH-UBND', '2025-10-16', 'Ủy ban nhân dân thành phố Đà Nẵng',
     'Thực hiện Kế hoạch hành động số 21-KH/TU ngày 10/9/2025 của Ban Thường vụ Thành ủy',
     null, null, null, false),
    ('KH', '70/KH-UBND', '2025-09-18', 'Ủy ban nhân dân phường An Hải',
     'Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia và Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ tại phường An Hải',
     'Kế hoạch của phường: các tiêu chí giai đoạn 1 và giai đoạn 2 của Kế hoạch số 02-KH/BCĐTW và các nhiệm vụ riêng của phường năm 2025 - 2026.',
     'Hoàng Công Thanh', 'HEAD', true),
    ('KH', '79/KH-UBND', '2025-09-30', 'Ủy ban nhân dân phường An Hải',
     'Tổ chức Hội thi “Thanh niên với khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số” năm 2025',
     null, 'Trần Thị Nhớ', 'DEPUTY', true),
    ('QĐ', '547/QĐ-UBND', '2025-10-03', 'Ủy ban nhân dân phường An Hải',
     'Ban hành Quy chế đảm bảo an toàn thông tin và bảo mật dữ liệu của UBND phường An Hải',
     null, 'Hoàng Công Thanh', 'HEAD', true),
    ('CV', '914/UBND-VHXH', '2025-10-03', 'Ủy ban nhân dân phường An Hải',
     'Phương án hỗ trợ người dân yếu thế và xử lý các tình huống thường gặp trong giải quyết thủ tục hành chính và chuyển đổi số trên địa bàn phường An Hải',
     null, 'Trần Thị Nhớ', 'DEPUTY', true),
    ('CV', '1523/UBND-VHXH', '2025-11-21', 'Ủy ban nhân dân phường An Hải',
     'Đẩy mạnh Phong trào “Bình dân học vụ số” đến các hộ gia đình, các Tổ công nghệ số cộng đồng, các trường THCS, THPT trên địa bàn phường',
     null, 'Trần Thị Nhớ', 'DEPUTY', true),
    ('QĐ', '988/QĐ-UBND', '2025-11-25', 'Ủy ban nhân dân phường An Hải',
     'Thành lập Ban Chỉ đạo triển khai chuyển đổi mô hình và phương pháp quản lý thuế đối với hộ kinh doanh khi xóa bỏ thuế khoán',
     null, 'Hoàng Công Thanh', 'HEAD', true)
    ) as d(type, number, issued_on, issuer, title, summary, signer_name, signer_role, by_ward)
where w.code = 'an-hai';

-- Trung Thành: seed 004 (its own plans are not numbered there: 25/KH-UBND and 96/KH-UBND are made up)
insert into directive (ward_id, type, number, issued_on, issuer, title, summary, signer_name, signer_role, issued_by_ward)
select w.id, d.type, d.number, d.issued_on::date, d.issuer, d.title, d.summary, d.signer_name, d.signer_role, d.by_ward
from ward w cross join (values
    ('KH', '25/KH-UBND', '2025-07-15', 'Ủy ban nhân dân phường Trung Thành',
     'Thực hiện Kế hoạch số 02-KH/BCĐTW ngày 19/6/2025 của Ban Chỉ đạo Trung ương và Nghị quyết số 57-NQ/TW trên địa bàn phường Trung Thành',
     null, null, 'HEAD', true),
    ('CV', '6641/UBND-KGVX', '2026-06-06', 'Ủy ban nhân dân tỉnh Thái Nguyên',
     'Về việc tham mưu xây dựng báo cáo và tự đánh giá kết quả thực hiện phục vụ Hội nghị sơ kết 01 năm 06 tháng triển khai Nghị quyết số 57-NQ/TW của Bộ Chính trị',
     null, null, null, false),
    ('KH', '96/KH-UBND', '2026-06-20', 'Ủy ban nhân dân phường Trung Thành',
     'Nhiệm vụ, giải pháp trọng tâm 6 tháng cuối năm 2026 thực hiện Nghị quyết số 57-NQ/TW về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số',
     'Các nhiệm vụ của Phần 5 Báo cáo sơ kết 01 năm 06 tháng, giao cơ quan chủ trì, phối hợp, thời gian và kết quả dự kiến.',
     'Ngô Mạnh Tài', 'DEPUTY', true)
    ) as d(type, number, issued_on, issuer, title, summary, signer_name, signer_role, by_ward)
where w.code = 'trung-thanh';

-- "this document implements that one"
insert into directive_link (ward_id, directive_id, implements_id)
select w.id, d.id, i.id
from (values
    ('an-hai', '02-KH/BCĐTW', '57-NQ/TW'),
    ('an-hai', '71/NQ-CP', '57-NQ/TW'),
    ('an-hai', '01-KH/BCĐ', '02-KH/BCĐTW'),
    ('an-hai', '03/KH-UBND', '02-KH/BCĐTW'),
    ('an-hai', '03/KH-UBND', '01-KH/BCĐ'),
    ('an-hai', '21-KH/TU', '57-NQ/TW'),
    ('an-hai', '122/KH-UBND', '21-KH/TU'),
    ('an-hai', '44-TB/TGV', '02-KH/BCĐTW'),
    ('an-hai', '06-TB/CQTTBCĐ', '02-KH/BCĐTW'),
    ('an-hai', '46-TB/TGV', '02-KH/BCĐTW'),
    ('an-hai', '70/KH-UBND', '57-NQ/TW'),
    ('an-hai', '70/KH-UBND', '71/NQ-CP'),
    ('an-hai', '70/KH-UBND', '02-KH/BCĐTW'),
    ('trung-thanh', '02-KH/BCĐTW', '57-NQ/TW'),
    ('trung-thanh', '25/KH-UBND', '02-KH/BCĐTW'),
    ('trung-thanh', '25/KH-UBND', '57-NQ/TW'),
    ('trung-thanh', '6641/UBND-KGVX', '57-NQ/TW'),
    ('trung-thanh', '96/KH-UBND', '57-NQ/TW')
    ) as l(ward, number, implements)
join ward w on w.code = l.ward
join directive d on d.ward_id = w.id and d.number = l.number
join directive i on i.ward_id = w.id and i.number = l.implements;

-- Cuộc họp (seed 002: giao ban tuần, tháng và sơ kết quý; seed 004: Hội nghị sơ kết) ------------

insert into meeting (ward_id, held_on, kind, title, chaired_by, chair_name, conclusions)
select w.id, m.held_on::date, m.kind, m.title, m.chaired_by, m.chair_name, m.conclusions
from (values
    ('an-hai', '2025-10-06', 'REVIEW',
     'Sơ kết quý III năm 2025 của Ban Chỉ đạo phường về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06',
     'HEAD', 'Hoàng Công Thanh',
     'Hoàn thành đúng hạn 16/16 nhiệm vụ giai đoạn 1 theo Kế hoạch số 02-KH/BCĐTW. Các nhiệm vụ giai đoạn 2 đang thực hiện trong hạn. Giao Công an phường chủ trì, phối hợp Trung tâm Phục vụ hành chính công và Phòng Kinh tế, Hạ tầng và Đô thị hoàn thành làm sạch các cơ sở dữ liệu chuyên ngành còn lại trước ngày 31/12/2025.'),
    ('an-hai', '2026-07-08', 'REVIEW',
     'Sơ kết 6 tháng đầu năm 2026 thực hiện Nghị quyết số 57-NQ/TW',
     'DEPUTY', 'Trần Thị Nhớ',
     'Tỷ lệ hồ sơ trực tuyến duy trì trên 95%, 100% kết quả giải quyết được số hóa. Yêu cầu Phòng Kinh tế, Hạ tầng và Đô thị đẩy nhanh lắp đặt Wi-Fi công cộng tại 03 nhà văn hóa, Phòng Văn hóa - Xã hội hoàn thành mô hình Tổ dân phố số trong năm 2026.'),
    ('an-hai', '2026-10-29', 'MONTHLY',
     'Giao ban tháng 10/2026 Ban Chỉ đạo phường',
     'DEPUTY', 'Trần Thị Nhớ',
     'Mô hình Tổ dân phố số phải hoàn thành trước ngày 27/11/2026. Giao Phòng Văn hóa - Xã hội chủ trì tổng hợp báo cáo kết quả thực hiện Nghị quyết số 57-NQ/TW năm 2026 và phương hướng năm 2027, trình UBND phường trước ngày 10/12/2026.'),
    ('trung-thanh', '2026-06-09', 'REVIEW',
     'Hội nghị sơ kết 01 năm 06 tháng thực hiện Nghị quyết số 57-NQ/TW trên địa bàn phường',
     'HEAD', null,
     'Hoàn thành 34/34 nhiệm vụ giai đoạn 2 trong hạn. Giao Văn phòng HĐND và UBND hoàn thiện Báo cáo sơ kết theo Công văn số 6641/UBND-KGVX của UBND tỉnh, gửi Sở Khoa học và Công nghệ trước ngày 15/6/2026.'),
    ('trung-thanh', '2026-09-28', 'MONTHLY',
     'Giao ban tháng 9/2026',
     'DEPUTY', 'Ngô Mạnh Tài',
     'Dự án Camera an ninh tại 49 tổ dân phố chậm hoàn thiện hồ sơ. Giao Công an phường chủ trì, phối hợp Trung tâm Phục vụ hành chính công rà soát kết quả đợt cao điểm cấp chữ ký số công cộng, báo cáo trước ngày 20/10/2026.')
    ) as m(ward, held_on, kind, title, chaired_by, chair_name, conclusions)
join ward w on w.code = m.ward;

-- Nhiệm vụ -------------------------------------------------------------------------------------

-- The 50 tasks of 02-KH/BCĐTW, the same for both wards (wording from seeds 002 and 003), with each
-- ward's completion date. An Hải finished all by 05/11/2025 (seed 002: 16/16 and 34/34 on time);
-- Trung Thành finished phase 2 by 05/6/2026 (seed 004: 34/34 on time) and three phase-1 tasks late
-- (1.07, 1.11, 1.14). No deadline: thường xuyên.
create temporary table demo_kh02 (
    code text, phase text, title text, lead text, coordinators text, start_on date, deadline date,
    output text, an_hai date, trung_thanh date);

insert into demo_kh02 (code, phase, title, lead, coordinators, start_on, deadline, output, an_hai, trung_thanh) values
    ('1.01', '1', 'Kiện toàn Ban Chỉ đạo phường về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06 sau sắp xếp đơn vị hành chính',
     'vp-hdnd-ubnd', 'van-hoa-xa-hoi,cong-an', '2025-07-01', '2025-07-15', 'Quyết định kiện toàn Ban Chỉ đạo', '2025-07-08', '2025-07-14'),
    ('1.02', '1', 'Phân công công chức đầu mối tham mưu, theo dõi công tác khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số của phường',
     'van-hoa-xa-hoi', 'vp-hdnd-ubnd', '2025-07-01', '2025-07-15', 'Văn bản phân công', '2025-07-10', '2025-07-15'),
    ('1.03', '1', 'Cấp tài khoản Hệ thống quản lý văn bản và điều hành cho 100% cán bộ, công chức, viên chức của phường',
     'vp-hdnd-ubnd', null, '2025-07-01', '2025-07-31', '100% cán bộ, công chức có tài khoản', '2025-07-18', '2025-07-29'),
    ('1.04', '1', 'Đề nghị cấp mới, thay đổi thông tin chứng thư số chuyên dùng công vụ cho tổ chức và cá nhân của phường',
     'vp-hdnd-ubnd', 'pvhcc', '2025-07-01', '2025-07-31', 'Chứng thư số được cấp', '2025-07-25', '2025-07-31'),
    ('1.05', '1', 'Cấp hộp thư điện tử công vụ cho cán bộ, công chức phục vụ giải quyết thủ tục hành chính và số hóa hồ sơ',
     'vp-hdnd-ubnd', 'pvhcc', '2025-07-01', '2025-07-31', 'Tài khoản thư công vụ', '2025-07-22', '2025-07-30'),
    ('1.06', '1', 'Bảo đảm hạ tầng, trang thiết bị và đường truyền để Trung tâm Phục vụ hành chính công vận hành thông suốt từ ngày 01/7/2025',
     'pvhcc', 'kinh-te', '2025-07-01', '2025-07-15', 'Trung tâm vận hành thông suốt', '2025-07-04', '2025-07-11'),
    ('1.07', '1', 'Vận hành Hệ thống thông tin giải quyết thủ tục hành chính, kết nối Cổng Dịch vụ công quốc gia tại phường',
     'pvhcc', 'vp-hdnd-ubnd', '2025-07-01', '2025-07-31', 'Hệ thống vận hành, kết nối', '2025-07-15', '2025-08-08'),
    ('1.08', '1', 'Công khai danh mục, quy trình tiếp nhận và giải quyết thủ tục hành chính toàn trình, một phần trên Trang thông tin điện tử phường',
     'pvhcc', 'vp-hdnd-ubnd', '2025-07-01', '2025-08-15', 'Danh mục được công khai', '2025-08-05', '2025-08-14'),
    ('1.09', '1', 'Bảo đảm 100% văn bản đi của UBND phường được ký số và gửi, nhận trên môi trường mạng',
     'vp-hdnd-ubnd', null, '2025-07-01', '2025-08-15', '100% văn bản được ký số', '2025-08-01', '2025-08-12'),
    ('1.10', '1', 'Kết nối phòng họp trực tuyến của phường với hệ thống hội nghị truyền hình trực tuyến 3 cấp',
     'vp-hdnd-ubnd', 'kinh-te', '2025-07-01', '2025-08-31', 'Phòng họp trực tuyến kết nối', '2025-08-20', '2025-08-29'),
    ('1.11', '1', 'Liên thông hệ thống quản lý văn bản giữa UBND phường với Đảng ủy, HĐND, Ủy ban MTTQ Việt Nam và các đoàn thể phường',
     'vp-hdnd-ubnd', null, '2025-07-01', '2025-08-31', 'Văn bản liên thông', '2025-08-27', '2025-09-19'),
    ('1.12', '1', 'Thành lập, kiện toàn Tổ công nghệ số cộng đồng tại các tổ dân phố',
     'van-hoa-xa-hoi', 'cong-an', '2025-07-01', '2025-08-31', 'Quyết định thành lập các Tổ', '2025-08-15', '2025-08-28'),
    ('1.13', '1', 'Thành lập Tổ ứng cứu công nghệ và nghiệp vụ hỗ trợ giải quyết thủ tục hành chính',
     'pvhcc', 'vp-hdnd-ubnd', '2025-07-01', '2025-08-15', 'Quyết định thành lập Tổ', '2025-08-08', '2025-08-15'),
    ('1.14', '1', 'Lập danh sách tài khoản khai thác Cơ sở dữ liệu quốc gia về dân cư, kèm cam kết bảo đảm an ninh, an toàn thông tin',
     'cong-an', 'pvhcc', '2025-07-01', '2025-08-31', 'Danh sách tài khoản và cam kết', '2025-08-22', '2025-09-10'),
    ('1.15', '1', 'Tuyên truyền, hướng dẫn người dân sử dụng dịch vụ công trực tuyến và tài khoản định danh điện tử VNeID',
     'van-hoa-xa-hoi', 'cong-an,pvhcc', '2025-07-01', null, 'Tin bài, hướng dẫn tại tổ dân phố', '2025-09-15', '2025-09-26'),
    ('1.16', '1', 'Cập nhật kết quả thực hiện giai đoạn 1 trên Hệ thống theo dõi, đánh giá việc thực hiện Nghị quyết số 57-NQ/TW (nq57.vn)',
     'vp-hdnd-ubnd', 'van-hoa-xa-hoi', '2025-07-01', '2025-09-30', 'Số liệu trên nq57.vn', '2025-09-26', '2025-09-30'),
    ('2.01', '2', 'Cung cấp tập trung dịch vụ công trực tuyến trên Cổng Dịch vụ công quốc gia đối với toàn bộ thủ tục hành chính đủ điều kiện',
     'pvhcc', 'vp-hdnd-ubnd', '2025-08-15', '2025-10-31', 'Dịch vụ công trực tuyến trên Cổng quốc gia', '2025-10-10', '2025-10-28'),
    ('2.02', '2', 'Bảo đảm cung cấp dịch vụ công trực tuyến toàn trình đối với 82 nhóm thủ tục hành chính theo Quyết định số 06/QĐ-TTg, 206/QĐ-TTg và 422/QĐ-TTg của Thủ tướng Chính phủ',
     'pvhcc', 'vp-hdnd-ubnd', '2025-08-15', '2025-10-31', '82 nhóm thủ tục toàn trình', '2025-10-15', '2025-10-30'),
    ('2.03', '2', 'Thực hiện 100% thủ tục hành chính không phụ thuộc vào địa giới hành chính trong phạm vi cấp tỉnh',
     'pvhcc', null, '2025-08-15', '2025-10-31', '100% thủ tục phi địa giới', '2025-09-30', '2025-10-24'),
    ('2.04', '2', 'Thực hiện trực tuyến, thông suốt, liền mạch 100% thủ tục hành chính liên quan đến doanh nghiệp',
     'pvhcc', 'kinh-te', '2025-09-01', '2025-11-30', '100% thủ tục doanh nghiệp trực tuyến', '2025-10-31', '2025-11-27'),
    ('2.05', '2', 'Tối thiểu 80% hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến, người dân chỉ phải nhập dữ liệu một lần',
     'pvhcc', 'vp-hdnd-ubnd', '2025-09-01', '2025-12-31', 'Tỷ lệ hồ sơ trực tuyến ≥ 80%', '2025-11-03', '2025-12-26'),
    ('2.06', '2', '100% kết quả giải quyết thủ tục hành chính được số hóa theo quy định',
     'pvhcc', null, '2025-08-15', '2025-10-31', '100% kết quả được số hóa', '2025-10-08', '2025-10-29'),
    ('2.07', '2', 'Số hóa hồ sơ, giấy tờ đầu vào khi tiếp nhận hồ sơ thủ tục hành chính',
     'pvhcc', null, '2025-08-15', null, 'Tỷ lệ số hóa đầu vào', '2025-10-20', '2026-01-15'),
    ('2.08', '2', 'Tỷ lệ hài lòng của người dân, doanh nghiệp trong giải quyết thủ tục hành chính đạt trên 90%',
     'pvhcc', 'vp-hdnd-ubnd', '2025-09-01', '2025-12-31', 'Mức độ hài lòng > 90%', '2025-10-31', '2025-12-30'),
    ('2.09', '2', '100% hồ sơ, tài liệu công việc phát sinh từ ngày 01/7/2025 được tạo lập và xử lý trên môi trường điện tử',
     'vp-hdnd-ubnd', null, '2025-08-15', '2025-10-31', 'Hồ sơ công việc điện tử', '2025-10-17', '2025-10-31'),
    ('2.10', '2', 'Hoàn thành số hóa ít nhất 30% tài liệu lưu trữ lịch sử có giá trị cao',
     'vp-hdnd-ubnd', 'van-hoa-xa-hoi', '2025-09-01', '2026-06-30', '≥ 30% tài liệu lưu trữ được số hóa', '2025-11-05', '2026-05-29'),
    ('2.11', '2', 'Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng đạt 75%',
     'vp-hdnd-ubnd', null, '2025-09-01', '2025-11-30', 'Tỷ lệ ≥ 75%', '2025-10-24', '2025-11-25'),
    ('2.12', '2', 'Trên 50% cán bộ, công chức, viên chức được tập huấn, bồi dưỡng kỹ năng số',
     'van-hoa-xa-hoi', 'vp-hdnd-ubnd', '2025-09-01', '2025-11-30', 'Danh sách cán bộ được tập huấn', '2025-10-29', '2025-11-20'),
    ('2.13', '2', 'Tập huấn sử dụng trí tuệ nhân tạo (AI) và nền tảng “Bình dân học vụ số” phục vụ hành chính văn phòng cho cán bộ, công chức, viên chức',
     'van-hoa-xa-hoi', 'vp-hdnd-ubnd', '2025-09-01', '2025-10-31', 'Hội nghị tập huấn', '2025-10-22', '2025-10-30'),
    ('2.14', '2', 'Triển khai phong trào “Bình dân học vụ số” đến Tổ công nghệ số cộng đồng, hộ gia đình và trường học trên địa bàn',
     'van-hoa-xa-hoi', null, '2025-09-01', '2025-12-31', 'Văn bản triển khai, số người tham gia', '2025-10-27', '2025-12-19'),
    ('2.15', '2', 'Kết nối, liên thông các hệ thống thông tin phục vụ chỉ đạo, điều hành (quản lý văn bản và hồ sơ công việc, hệ thống thông tin báo cáo, họp trực tuyến)',
     'vp-hdnd-ubnd', null, '2025-09-01', '2025-12-31', 'Các hệ thống được kết nối', '2025-11-04', '2025-12-29'),
    ('2.16', '2', 'Ứng dụng công nghệ tiên tiến (trí tuệ nhân tạo, dữ liệu lớn, trợ lý ảo) trong chỉ đạo, điều hành của lãnh đạo phường',
     'vp-hdnd-ubnd', 'van-hoa-xa-hoi', '2025-10-01', '2026-03-31', 'Trợ lý số được sử dụng', '2025-11-05', '2026-03-27'),
    ('2.17', '2', 'Phối hợp làm sạch dữ liệu dân cư, hộ tịch bảo đảm “đúng - đủ - sạch - sống - thống nhất - dùng chung”',
     'cong-an', 'pvhcc', '2025-09-01', '2025-12-31', 'Dữ liệu được làm sạch', '2025-11-04', '2025-12-24'),
    ('2.18', '2', 'Cập nhật, chỉnh lý dữ liệu đất đai phục vụ cơ sở dữ liệu đất đai quốc gia',
     'kinh-te', 'pvhcc', '2025-10-01', '2026-06-30', 'Dữ liệu đất đai được cập nhật', '2025-11-05', '2026-06-05'),
    ('2.19', '2', 'Ban hành Quy chế bảo đảm an toàn thông tin và bảo mật dữ liệu của UBND phường',
     'vp-hdnd-ubnd', 'cong-an', '2025-09-01', '2025-10-31', 'Quyết định ban hành Quy chế', '2025-10-03', '2025-10-27'),
    ('2.20', '2', 'Cài đặt phần mềm bảo đảm an toàn thông tin, phòng chống mã độc cho máy tính tại các phòng, đơn vị',
     'cong-an', 'vp-hdnd-ubnd', '2025-10-01', '2025-11-30', 'Máy tính được cài đặt', '2025-10-30', '2025-11-28'),
    ('2.21', '2', 'Kết nối Mạng truyền số liệu chuyên dùng phục vụ gửi, nhận văn bản mật',
     'vp-hdnd-ubnd', 'quan-su', '2025-10-01', '2025-12-31', 'Đường truyền chuyên dùng', '2025-11-04', '2025-12-30'),
    ('2.22', '2', 'Rà soát, đề nghị cấp thiết bị ký số, mã hóa (USB token) cho cá nhân, tổ chức làm nhiệm vụ bí mật nhà nước',
     'vp-hdnd-ubnd', 'cong-an,quan-su', '2025-10-01', '2025-12-31', 'Công văn đề nghị cấp thiết bị', '2025-11-03', '2025-12-18'),
    ('2.23', '2', 'Nâng cấp, cải tạo mạng LAN và hạ tầng công nghệ thông tin tại trụ sở UBND phường',
     'kinh-te', 'vp-hdnd-ubnd', '2025-09-01', '2025-12-31', 'Mạng LAN được nâng cấp', '2025-11-05', '2025-12-31'),
    ('2.24', '2', 'Trang bị máy tính, thiết bị công nghệ thông tin cho 100% cán bộ, công chức',
     'kinh-te', 'vp-hdnd-ubnd', '2025-09-01', '2026-03-31', '100% cán bộ có máy tính', '2025-10-10', '2026-03-31'),
    ('2.25', '2', 'Cập nhật thường xuyên Trang thông tin điện tử phường, công khai thông tin theo quy định',
     'vp-hdnd-ubnd', null, '2025-08-15', null, 'Tin bài được đăng', '2025-10-31', '2026-02-27'),
    ('2.26', '2', 'Hướng dẫn người dân đăng ký, kích hoạt tài khoản định danh điện tử VNeID mức độ 2',
     'cong-an', 'van-hoa-xa-hoi', '2025-09-01', '2025-12-31', 'Tài khoản được kích hoạt', '2025-10-31', '2025-12-23'),
    ('2.27', '2', 'Phổ cập chữ ký số công cộng cho người dân',
     'pvhcc', 'cong-an', '2025-10-01', '2026-03-31', 'Chữ ký số được cấp', '2025-11-05', '2026-03-20'),
    ('2.28', '2', 'Triển khai thanh toán không dùng tiền mặt tại trường học, trạm y tế và chợ trên địa bàn phường',
     'kinh-te', 'van-hoa-xa-hoi', '2025-10-01', '2026-06-30', 'Điểm thanh toán không dùng tiền mặt', '2025-11-04', '2026-05-22'),
    ('2.29', '2', 'Hỗ trợ hộ kinh doanh sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền',
     'kinh-te', null, '2025-10-01', '2026-06-30', 'Hộ kinh doanh dùng hóa đơn điện tử', '2025-11-05', '2026-06-03'),
    ('2.30', '2', 'Tuyên truyền về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số trên hệ thống truyền thanh cơ sở và mạng xã hội của tổ dân phố',
     'van-hoa-xa-hoi', null, '2025-08-15', null, 'Tin bài tuyên truyền', '2025-10-10', '2026-01-30'),
    ('2.31', '2', 'Rà soát, đề xuất kinh phí thực hiện nhiệm vụ khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số năm 2026',
     'kinh-te', 'vp-hdnd-ubnd', '2025-09-01', '2025-10-31', 'Dự toán năm 2026', '2025-10-24', '2025-10-31'),
    ('2.32', '2', 'Thành lập Hội đồng xét duyệt sáng kiến cấp cơ sở và ban hành Quy chế hoạt động của Hội đồng',
     'vp-hdnd-ubnd', null, '2025-10-01', '2025-11-30', 'Quyết định thành lập Hội đồng', '2025-10-21', '2025-11-26'),
    ('2.33', '2', 'Tiếp nhận, xử lý phản ánh, kiến nghị, sáng kiến, giải pháp về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số qua Hệ thống pakn.nq57.vn',
     'vp-hdnd-ubnd', null, '2025-08-15', null, 'Phản ánh, kiến nghị được xử lý', '2025-10-31', '2026-04-30'),
    ('2.34', '2', 'Cập nhật kết quả thực hiện giai đoạn 2 trên Hệ thống theo dõi, đánh giá việc thực hiện Nghị quyết số 57-NQ/TW (nq57.vn)',
     'vp-hdnd-ubnd', 'van-hoa-xa-hoi', '2025-10-01', '2026-06-30', 'Số liệu trên nq57.vn', '2025-11-05', '2026-06-05');

-- Every task to insert, with its history: who assigned it (directive number or meeting day), its
-- completion and evidence (a link, or a small file), and an extension if any.
create temporary table demo_task (
    ward text, directive text, meeting date, code text, title text, phase text, lead text, coordinators text,
    start_on date, deadline date, output text, completed_on date, link text, file_name text, file_text text,
    extended_on date, extended_to date, extension_reason text);

insert into demo_task (ward, directive, code, title, phase, lead, coordinators, start_on, deadline, output,
                       completed_on, link)
select w.ward, '02-KH/BCĐTW', k.code, k.title, k.phase, k.lead, k.coordinators, k.start_on, k.deadline, k.output,
       case w.ward when 'an-hai' then k.an_hai else k.trung_thanh end,
       w.site || '/minh-chung/02-kh-bcdtw/' || k.code
from demo_kh02 k cross join (values
    ('an-hai', 'https://an-hai.danang.gov.vn'),
    ('trung-thanh', 'https://trung-thanh.thainguyen.gov.vn')) as w(ward, site);

-- Evidence of An Hải that is a document of its own register, and one kept as a file
update demo_task set link = 'https://an-hai.danang.gov.vn/van-ban/547-qd-ubnd'
where ward = 'an-hai' and code = '2.19';
update demo_task set link = null, file_name = 'bien-ban-tap-huan-ai-binh-dan-hoc-vu-so.txt',
    file_text = 'Biên bản Hội nghị tập huấn hướng dẫn sử dụng trí tuệ nhân tạo (AI), ChatGPT và nền tảng “Bình dân học vụ số” phục vụ hành chính văn phòng cho cán bộ, công chức, viên chức phường An Hải. Số lượng cán bộ tham gia đạt 100%.'
where ward = 'an-hai' and code = '2.13';

-- The own plan of An Hải, 70/KH-UBND (seed 000: the 2025 results and the 2026 directions)
insert into demo_task (ward, directive, code, title, phase, lead, coordinators, start_on, deadline, output,
                       completed_on, link, extended_on, extended_to, extension_reason) values
    ('an-hai', '70/KH-UBND', 'KH70-01', 'Xây dựng Phương án hỗ trợ người dân yếu thế và xử lý các tình huống thường gặp trong giải quyết thủ tục hành chính và chuyển đổi số',
     null, 'van-hoa-xa-hoi', 'pvhcc,cong-an', '2025-09-18', '2025-10-15', 'Phương án được ban hành',
     '2025-10-03', 'https://an-hai.danang.gov.vn/van-ban/914-ubnd-vhxh', null, null, null),
    ('an-hai', '70/KH-UBND', 'KH70-02', 'Tổ chức Hội thi “Thanh niên với khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số” năm 2025',
     null, 'van-hoa-xa-hoi', null, '2025-09-30', '2025-11-30', 'Hội thi được tổ chức',
     '2025-11-15', 'https://an-hai.danang.gov.vn/tin-tuc/hoi-thi-thanh-nien-voi-khcn-dmst-cds-2025', null, null, null),
    ('an-hai', '70/KH-UBND', 'KH70-03', 'Tổ chức cuộc thi Khoa học kỹ thuật cấp phường dành cho học sinh THCS năm học 2025 - 2026',
     null, 'van-hoa-xa-hoi', null, '2025-10-01', '2026-01-31', 'Cuộc thi được tổ chức, trao giải',
     '2026-01-16', 'https://an-hai.danang.gov.vn/tin-tuc/cuoc-thi-khkt-hoc-sinh-thcs-2025-2026', null, null, null),
    ('an-hai', '70/KH-UBND', 'KH70-04', 'Hội đồng xét duyệt sáng kiến cấp cơ sở họp xét, chấm điểm 13 đề tài, giải pháp năm 2025',
     null, 'vp-hdnd-ubnd', null, '2025-11-15', '2026-01-31', 'Kết quả chấm điểm 13 đề tài',
     '2026-01-22', 'https://an-hai.danang.gov.vn/van-ban/ket-qua-xet-duyet-sang-kien-2025', null, null, null),
    ('an-hai', '70/KH-UBND', 'KH70-05', 'Xây dựng ít nhất 01 mô hình “Tổ dân phố số” (tuyên truyền số hóa, họp trực tuyến, phản ánh kiến nghị qua ứng dụng 1022, sử dụng Danang Smart City, hồ sơ trực tuyến)',
     null, 'van-hoa-xa-hoi', 'cong-an,pvhcc', '2026-01-05', '2026-11-27', '01 mô hình Tổ dân phố số',
     null, null, null, null, null),
    ('an-hai', '70/KH-UBND', 'KH70-06', 'Hoàn thiện lắp đặt và vận hành hệ thống Wi-Fi công cộng tại 03 nhà văn hóa trên địa bàn phường',
     null, 'kinh-te', 'van-hoa-xa-hoi', '2026-01-05', '2026-09-30', '03 điểm Wi-Fi công cộng',
     null, null, '2026-09-22', '2026-12-15', 'Chờ bố trí kinh phí trong dự toán năm 2026, nhà mạng điều chỉnh tiến độ kéo cáp'),
    ('an-hai', '70/KH-UBND', 'KH70-07', 'Triển khai mô hình làm việc không giấy tờ đối với 100% hồ sơ nội bộ (trừ hồ sơ mật)',
     null, 'vp-hdnd-ubnd', null, '2026-01-05', '2026-12-31', '100% hồ sơ nội bộ điện tử',
     null, null, null, null, null),
    ('an-hai', '70/KH-UBND', 'KH70-08', 'Tuyên truyền, vận động hộ kinh doanh, doanh nghiệp nhỏ tham gia các hoạt động khởi nghiệp, đổi mới sáng tạo của thành phố',
     null, 'kinh-te', 'van-hoa-xa-hoi', '2026-01-05', null, 'Tin bài, hội nghị tuyên truyền',
     null, null, null, null, null);

-- The plan of Trung Thành for the last six months of 2026 (seed 004, Phần 5)
insert into demo_task (ward, directive, code, title, phase, lead, coordinators, start_on, deadline, output,
                       completed_on, link) values
    ('trung-thanh', '96/KH-UBND', 'KH96-01', 'Nâng cao hiệu quả công tác lãnh đạo, chỉ đạo thực hiện các nhiệm vụ về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số',
     null, 'vp-hdnd-ubnd', 'van-hoa-xa-hoi,kinh-te,pvhcc,cong-an', '2026-07-01', null,
     'Các nhiệm vụ được triển khai đồng bộ, đúng tiến độ', null, null),
    ('trung-thanh', '96/KH-UBND', 'KH96-02', 'Đẩy mạnh chuyển đổi số trong hoạt động của cơ quan nhà nước, duy trì tỷ lệ hồ sơ tiếp nhận trực tuyến đạt 99,9%',
     null, 'pvhcc', 'vp-hdnd-ubnd', '2026-07-01', '2026-12-31',
     'Tỷ lệ hồ sơ trực tuyến 99,9%, nâng tỷ lệ số hóa, kết quả điện tử, tái sử dụng dữ liệu', null, null),
    ('trung-thanh', '96/KH-UBND', 'KH96-03', 'Nâng cao chất lượng phong trào “Bình dân học vụ số” và kỹ năng số cho người dân',
     null, 'van-hoa-xa-hoi', 'cong-an', '2026-07-01', '2026-12-31',
     'Tăng tỷ lệ sử dụng dịch vụ công trực tuyến, chữ ký số công cộng, thanh toán không dùng tiền mặt', null, null),
    ('trung-thanh', '96/KH-UBND', 'KH96-04', 'Thúc đẩy ứng dụng khoa học công nghệ, đổi mới sáng tạo trong sản xuất và đời sống, nhân rộng mô hình trồng rau VietGAP và làm mát chuồng trại',
     null, 'kinh-te', 'van-hoa-xa-hoi', '2026-07-01', '2026-12-31',
     'Các mô hình ứng dụng khoa học công nghệ được duy trì, nhân rộng', null, null),
    ('trung-thanh', '96/KH-UBND', 'KH96-05', 'Tập huấn cập nhật kiến thức, kỹ năng về chuyển đổi số, trí tuệ nhân tạo cho cán bộ, công chức',
     null, 'vp-hdnd-ubnd', 'van-hoa-xa-hoi', '2026-07-01', '2026-12-31',
     'Hội nghị tập huấn', '2026-11-12', 'https://trung-thanh.thainguyen.gov.vn/tin-tuc/tap-huan-chuyen-doi-so-ai-2026'),
    ('trung-thanh', '96/KH-UBND', 'KH96-06', 'Mua sắm trang thiết bị phục vụ công tác chuyển đổi số (100 triệu đồng)',
     null, 'kinh-te', 'vp-hdnd-ubnd', '2026-07-01', '2026-09-30',
     'Thiết bị được bàn giao', '2026-10-09', 'https://trung-thanh.thainguyen.gov.vn/minh-chung/kh96/bien-ban-ban-giao-thiet-bi'),
    ('trung-thanh', '96/KH-UBND', 'KH96-07', 'Hoàn thiện hồ sơ, thủ tục đầu tư dự án Camera an ninh tại 49 tổ dân phố (499 triệu đồng)',
     null, 'kinh-te', 'cong-an', '2026-07-01', '2026-10-15',
     'Hồ sơ dự án được phê duyệt', null, null);

-- Tasks concluded at meetings (meeting: the day it was held)
insert into demo_task (ward, meeting, code, title, lead, coordinators, start_on, deadline, output, completed_on, link,
                       file_name, file_text) values
    ('an-hai', '2025-10-06', 'SK-Q3/2025-01', 'Hoàn thành xây dựng, làm sạch các cơ sở dữ liệu chuyên ngành còn lại theo Kế hoạch số 02-KH/BCĐTW',
     'cong-an', 'pvhcc,kinh-te', '2025-10-06', '2025-12-31', 'Dữ liệu “đúng - đủ - sạch - sống”',
     '2025-12-22', 'https://an-hai.danang.gov.vn/minh-chung/so-ket-quy-3-2025/lam-sach-du-lieu', null, null),
    ('an-hai', '2026-10-29', 'GB-10/2026-01', 'Tổng hợp báo cáo kết quả thực hiện Nghị quyết số 57-NQ/TW năm 2026 và phương hướng năm 2027',
     'van-hoa-xa-hoi', 'vp-hdnd-ubnd,kinh-te,pvhcc,cong-an', '2026-10-29', '2026-12-10', 'Báo cáo trình UBND phường',
     null, null, null, null),
    ('trung-thanh', '2026-06-09', 'SK-18T-01', 'Hoàn thiện Báo cáo sơ kết 01 năm 06 tháng thực hiện Nghị quyết số 57-NQ/TW theo đề cương của UBND tỉnh, gửi Sở Khoa học và Công nghệ',
     'vp-hdnd-ubnd', 'van-hoa-xa-hoi,pvhcc', '2026-06-09', '2026-06-15', 'Báo cáo và các Phụ lục I - X',
     '2026-06-12', null, 'bao-cao-so-ket-01-nam-06-thang-nq57.txt',
     'Báo cáo sơ kết 01 năm 06 tháng thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị, UBND phường Trung Thành, kèm các Phụ lục I - X. Đã gửi Sở Khoa học và Công nghệ ngày 12/6/2026.'),
    ('trung-thanh', '2026-09-28', 'GB-09/2026-01', 'Rà soát, tổng hợp kết quả đợt cao điểm cấp chữ ký số công cộng cho người dân',
     'cong-an', 'pvhcc', '2026-09-28', '2026-10-20', 'Báo cáo số người dân có chữ ký số',
     null, null, null, null);

insert into task (ward_id, directive_id, meeting_id, code, title, phase, lead_unit_id, start_on, deadline,
                  original_deadline, expected_output, completed_on)
select w.id, d.id, m.id, p.code, p.title, p.phase, u.id, p.start_on, coalesce(p.extended_to, p.deadline),
       p.deadline, p.output, p.completed_on
from demo_task p
join ward w on w.code = p.ward
left join directive d on d.ward_id = w.id and d.number = p.directive
left join meeting m on m.ward_id = w.id and m.held_on = p.meeting
left join unit u on u.ward_id = w.id and u.code = p.lead
order by p.ward, p.directive nulls last, p.meeting, p.code;

insert into task_coordinator (task_id, unit_id)
select t.id, u.id
from demo_task p
join ward w on w.code = p.ward
join task t on t.ward_id = w.id and t.code = p.code
cross join unnest(string_to_array(p.coordinators, ',')) as c(code)
join unit u on u.ward_id = w.id and u.code = c.code;

-- Evidence kept as files, with their checksum
insert into attachment (ward_id, file_name, content_type, size_bytes, sha256, content, uploaded_by, uploaded_at)
select w.id, p.file_name, 'text/plain', octet_length(f.content), encode(sha256(f.content), 'hex'), f.content,
       case p.ward when 'an-hai' then 'canbo.anhai' else 'canbo.trungthanh' end,
       (p.completed_on + time '16:30') at time zone 'Asia/Ho_Chi_Minh'
from demo_task p
join ward w on w.code = p.ward
cross join lateral (select convert_to(p.file_text, 'UTF8') as content) f
where p.file_name is not null;

-- The history: assigned on the start day, the extension, the completion with its evidence
insert into task_event (ward_id, task_id, kind, on_date, note, link, attachment_id, deadline, actor, recorded_at)
select w.id, t.id, e.kind, e.on_date, e.note, e.link, a.id, e.deadline,
       case when e.kind = 'EXTENDED' then 'lanhdao.anhai'
            when p.ward = 'an-hai' then 'canbo.anhai' else 'canbo.trungthanh' end,
       (e.on_date + e.at) at time zone 'Asia/Ho_Chi_Minh'
from demo_task p
join ward w on w.code = p.ward
join task t on t.ward_id = w.id and t.code = p.code
cross join lateral (values
    ('CREATED', p.start_on, null, null, null, p.deadline, time '08:00'),
    ('EXTENDED', p.extended_on, p.extension_reason, null, null, p.extended_to, time '10:00'),
    ('COMPLETED', p.completed_on,
     case when p.directive = '02-KH/BCĐTW'
          then 'Đã hoàn thành, cập nhật kết quả trên Hệ thống theo dõi, đánh giá việc thực hiện Nghị quyết số 57-NQ/TW'
          else 'Đã hoàn thành' end,
     p.link, p.file_name, null, time '16:30')
    ) as e(kind, on_date, note, link, file_name, deadline, at)
left join attachment a on a.ward_id = w.id and a.file_name = e.file_name
where e.on_date is not null
order by p.ward, t.id, e.on_date, e.at;

drop table demo_task;
drop table demo_kh02;
