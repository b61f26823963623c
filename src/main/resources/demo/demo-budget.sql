-- Demo budget (issue 6): the S&T, innovation and DX estimates of the demo wards, their adjustments,
-- payments and commitments. Where each figure comes from is written beside it. Demo payments are
-- dated before DemoData.AS_OF (20/11/2026) so that the figures do not change with the day the demo runs.
--
-- an-hai 2025 - seed 002 (An Hải, Hải Phòng), part V: "Dự toán ngân sách nhà nước năm 2025: 820.000.000đ",
-- spent on equipment for the public-service centre, the online meeting room, computers and printers for
-- the staff. The split of the 820.000.000 into the three lines is made up. The seed says nothing was
-- paid by its report date (06/11/2025), so the demo's payments are in December 2025 (made up):
-- 796.500.000 of 820.000.000 = 97,13%.
--
-- an-hai 2026 - seed 003 (An Hải, Đà Nẵng), part II.2.c: the line names are the seed's "nội dung chi chủ
-- yếu" by category (KH&CN, ĐMST, CĐS). The seed's appendix with the amounts is not in its text, so the
-- amounts, the adjustments, payments and the commitment are made up:
--   estimate   KHCN 280.000.000, DMST 100.000.000, CDS 1.220.000.000, total 1.600.000.000
--   adjusted   KHCN 260.000.000 (KHCN-02 −20.000.000), DMST 100.000.000, CDS 1.250.000.000 (CDS-06 +30.000.000),
--              total 1.610.000.000
--   disbursed  KHCN 45.000.000 (17,31%), DMST 12.000.000 (12,00%), CDS 490.000.000 (39,20%),
--              total 547.000.000 of 1.610.000.000 = 33,98%
--
-- trung-thanh 2026 - seed 004 (Trung Thành), part VI.1: "tổng kinh phí bố trí ... là 1.056.000 đồng"
-- (1.056.000.000 meant, see DOMAIN.md), "đã giải ngân 120.000.000 đồng", and two items in procurement
-- ("đang làm hồ sơ"): security cameras in the 49 residential groups, 499 triệu đồng, and equipment for
-- digital transformation, 100 triệu đồng (recorded as commitments). The other 457.000.000 the seed
-- describes only as running the information systems, reform, communication, training and S&T and
-- innovation tasks: its split into three lines and the dates of the payments are made up.
--   estimate   KHCN 120.000.000, DMST 80.000.000, CDS 856.000.000, total 1.056.000.000
--   disbursed  KHCN 35.000.000 (29,17%), DMST 0 (0,00%), CDS 85.000.000 (9,93%),
--              total 120.000.000 of 1.056.000.000 = 11,36%

insert into budget_line (ward_id, fiscal_year, category, code, name, estimate, funding_source, note)
select w.id, l.fiscal_year, l.category, l.code, l.name, l.estimate::bigint, l.source, l.note
from ward w cross join (values
    (2025, 'CDS', 'CDS-01', 'Mua sắm máy móc, thiết bị cho Trung tâm Phục vụ hành chính công', 350000000,
        'Dự toán ngân sách nhà nước năm 2025', null),
    (2025, 'CDS', 'CDS-02', 'Phòng họp trực tuyến (loa, hệ thống máy, hệ thống đường truyền)', 270000000,
        'Dự toán ngân sách nhà nước năm 2025', null),
    (2025, 'CDS', 'CDS-03', 'Trang bị máy tính, máy in cho cán bộ, công chức', 200000000,
        'Dự toán ngân sách nhà nước năm 2025', null),
    (2026, 'KHCN', 'KHCN-01', 'Tuyên truyền, phổ biến kiến thức khoa học và công nghệ (tổ chức lớp tập huấn)',
        60000000, 'Ngân sách phường', null),
    (2026, 'KHCN', 'KHCN-02', 'Nghiên cứu ứng dụng tiến bộ khoa học và công nghệ trong sản xuất tiểu thủ công nghiệp, bảo vệ môi trường',
        80000000, 'Ngân sách phường', null),
    (2026, 'KHCN', 'KHCN-03', 'Hỗ trợ xây dựng mô hình thử nghiệm chuyển giao công nghệ', 100000000,
        'Ngân sách phường', null),
    (2026, 'KHCN', 'KHCN-04', 'Tổ chức Ngày Chuyển đổi số quốc gia tại phường', 40000000, 'Ngân sách phường', null),
    (2026, 'DMST', 'DMST-01', 'Hướng dẫn, hỗ trợ cá nhân, tổ chức, hợp tác xã đăng ký sáng kiến, ý tưởng đổi mới, chuyển giao ứng dụng khoa học và công nghệ',
        30000000, 'Ngân sách phường', null),
    (2026, 'DMST', 'DMST-02', 'Đề xuất sản phẩm, mô hình có tiềm năng phát triển nhãn hiệu tập thể, mã QR, mã số mã vạch',
        50000000, 'Ngân sách phường', 'Ít nhất 01 sản phẩm hoặc mô hình'),
    (2026, 'DMST', 'DMST-03', 'Lồng ghép đổi mới sáng tạo vào hoạt động của các tổ chức hội, đoàn thể', 20000000,
        'Ngân sách phường', null),
    (2026, 'CDS', 'CDS-01', 'Thành lập và duy trì Tổ công nghệ số cộng đồng tại tổ dân phố', 250000000,
        'Ngân sách phường', '247 tổ'),
    (2026, 'CDS', 'CDS-02', 'Mua sắm, nâng cấp hạ tầng công nghệ thông tin: máy tính, mạng LAN, thiết bị lưu trữ',
        500000000, 'Ngân sách phường', null),
    (2026, 'CDS', 'CDS-03', 'Xây dựng, vận hành các phần mềm quản lý (văn bản điện tử, hộ tịch, đất đai)', 200000000,
        'Ngân sách phường', null),
    (2026, 'CDS', 'CDS-04', 'Tập huấn kỹ năng số cho cán bộ và người dân (dịch vụ công trực tuyến, chữ ký số)',
        80000000, 'Ngân sách phường', null),
    (2026, 'CDS', 'CDS-05', 'Tuyên truyền chuyển đổi số (pa-nô, áp phích, truyền thanh cơ sở, mạng xã hội)', 40000000,
        'Ngân sách phường', null),
    (2026, 'CDS', 'CDS-06', 'Lắp đặt và vận hành hệ thống Wi-Fi công cộng tại 03 nhà văn hóa', 150000000,
        'Ngân sách phường', null)
    ) as l(fiscal_year, category, code, name, estimate, source, note)
where w.code = 'an-hai';

insert into budget_line (ward_id, fiscal_year, category, code, name, estimate, funding_source, note)
select w.id, 2026, l.category, l.code, l.name, l.estimate::bigint, 'Ngân sách phường', l.note
from ward w cross join (values
    ('KHCN', 'KHCN-01', 'Tuyên truyền, tập huấn về khoa học, công nghệ và chuyển đổi số', 120000000, null),
    ('DMST', 'DMST-01', 'Triển khai các nhiệm vụ đổi mới sáng tạo theo kế hoạch của phường', 80000000, null),
    ('CDS', 'CDS-01', 'Dự án camera an ninh lắp đặt tại 49 tổ dân phố', 499000000, 'Đang làm hồ sơ (seed 004)'),
    ('CDS', 'CDS-02', 'Mua sắm trang thiết bị phục vụ công tác chuyển đổi số', 100000000, 'Đang làm hồ sơ (seed 004)'),
    ('CDS', 'CDS-03', 'Duy trì hoạt động các hệ thống thông tin, ứng dụng công nghệ thông tin, cải cách hành chính',
        257000000, null)
    ) as l(category, code, name, estimate, note)
where w.code = 'trung-thanh';

insert into budget_adjustment (ward_id, budget_line_id, decided_on, amount, document, reason)
select l.ward_id, l.id, a.decided_on::date, a.amount::bigint, a.document, a.reason
from budget_line l join ward w on w.id = l.ward_id
join (values
    ('CDS-06', '2026-05-15', 30000000, '45/QĐ-UBND', 'Bổ sung kinh phí lắp đặt Wi-Fi công cộng'),
    ('KHCN-02', '2026-05-15', -20000000, '45/QĐ-UBND', 'Điều chuyển sang lắp đặt Wi-Fi công cộng')
    ) as a(code, decided_on, amount, document, reason) on a.code = l.code
where w.code = 'an-hai' and l.fiscal_year = 2026;

insert into disbursement (ward_id, budget_line_id, paid_on, amount, document, note)
select l.ward_id, l.id, d.paid_on::date, d.amount::bigint, d.document, d.note
from budget_line l join ward w on w.id = l.ward_id
join (values
    ('an-hai', 2025, 'CDS-01', '2025-12-15', 350000000, 'UNC 201/2025', 'Thanh toán hợp đồng mua sắm thiết bị'),
    ('an-hai', 2025, 'CDS-02', '2025-12-22', 250000000, 'UNC 214/2025', 'Thanh toán phòng họp trực tuyến'),
    ('an-hai', 2025, 'CDS-03', '2025-12-26', 196500000, 'UNC 219/2025', 'Máy tính, máy in cho cán bộ, công chức'),
    ('an-hai', 2026, 'KHCN-01', '2026-04-15', 20000000, 'UNC 38/2026', 'Lớp tập huấn quý II'),
    ('an-hai', 2026, 'KHCN-01', '2026-09-10', 25000000, 'UNC 121/2026', 'Lớp tập huấn quý III'),
    ('an-hai', 2026, 'DMST-01', '2026-08-20', 12000000, 'UNC 104/2026', 'Hỗ trợ đăng ký sáng kiến'),
    ('an-hai', 2026, 'CDS-01', '2026-06-30', 120000000, 'UNC 77/2026', 'Hỗ trợ Tổ công nghệ số cộng đồng 6 tháng đầu năm'),
    ('an-hai', 2026, 'CDS-02', '2026-07-25', 310000000, 'UNC 95/2026', 'Máy tính, thiết bị lưu trữ đợt 1'),
    ('an-hai', 2026, 'CDS-04', '2026-09-18', 60000000, 'UNC 126/2026', 'Tập huấn kỹ năng số'),
    ('trung-thanh', 2026, 'CDS-03', '2026-03-10', 40000000, 'UNC 21/2026', 'Duy trì hệ thống thông tin quý I'),
    ('trung-thanh', 2026, 'CDS-03', '2026-05-28', 45000000, 'UNC 52/2026', 'Duy trì hệ thống thông tin quý II'),
    ('trung-thanh', 2026, 'KHCN-01', '2026-04-15', 35000000, 'UNC 33/2026', 'Tập huấn Bình dân học vụ số')
    ) as d(ward, fiscal_year, code, paid_on, amount, document, note)
    on d.ward = w.code and d.fiscal_year = l.fiscal_year and d.code = l.code;

insert into budget_commitment (ward_id, budget_line_id, committed_on, amount, document, note)
select l.ward_id, l.id, c.committed_on::date, c.amount::bigint, c.document, c.note
from budget_line l join ward w on w.id = l.ward_id
join (values
    ('an-hai', 'CDS-06', '2026-10-12', 175000000, 'HĐ 15/2026/HĐ-UBND', 'Hợp đồng lắp đặt Wi-Fi công cộng'),
    ('trung-thanh', 'CDS-01', '2026-05-20', 499000000, null, 'Đang làm hồ sơ: camera an ninh tại 49 tổ dân phố'),
    ('trung-thanh', 'CDS-02', '2026-05-20', 100000000, null, 'Đang làm hồ sơ: trang thiết bị chuyển đổi số')
    ) as c(ward, code, committed_on, amount, document, note)
    on c.ward = w.code and c.code = l.code
where l.fiscal_year = 2026;
