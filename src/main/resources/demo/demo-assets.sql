-- Equipment, cameras, digital certificates and official e-mail accounts of the demo wards (issue 6).
-- Runs after demo-data.sql (wards, units, residential groups); rows are found by codes, never by id.
--
-- From the seeds:
--   an-hai's public-service centre (seed 002, "Hiện trạng cơ sở vật chất, trang thiết bị tại Trung tâm
--     Phục vụ hành chính công"): 08 máy tính; 02 máy in + scan; 01 máy in; 1 máy lấy số tự động;
--     1 máy tra cứu thủ tục hành chính; 06 màn hình đánh giá sự hài lòng; 01 màn hình hiển thị thông
--     tin lấy số; hệ thống camera; hệ thống loa gọi số. Its 02 online meeting rooms (seed 002).
--   an-hai's certificates (seed 002, July 2025, tasks 1.04 and 1.05 of 02-KH/BCĐTW): chứng thư số cấp
--     mới cho 06 tổ chức, 61 cá nhân; thay đổi thông tin cho 30 cá nhân; cấp mới 67 tài khoản hộp thư
--     điện tử công vụ. (Seed 003, the other An Hải, counts 07 / 24 / 17 from 01/7/2025; the demo's
--     An Hải follows 002.) The request numbers are made up.
--   trung-thanh's "Camera an ninh tại 49/49 tổ dân phố" (seed 004); the seed does not count the
--     cameras, so two to three per group are made up. Everything else here is made up and marked so.
--
-- The figures, worked out by hand (in service = GOOD + NEEDS_REPAIR):
--   an-hai equipment (kind: quantity / in service):
--     COMPUTER 8 + 15 + 1 + 17 + 2 + 12 + 3 = 58 / 56 (kinh-te's 2 old ones are out of service);
--     PRINTER_SCANNER 2 + 1 + 4 + 3 + 2 = 12 / 12; SCREEN 6 + 1 + 2 = 9 / 9; KIOSK 1 + 1 = 2 / 2;
--     SERVER 1 / 1 (needs repair); NETWORK_POINT 40 / 40; WIFI_POINT 2 + 1 + 1 + 1 = 5 / 4 (one
--     waits for its cable); CAMERA 4 / 4 (at the centre, in no group); OTHER 1 / 1.
--   an-hai cameras: 0 in residential groups, 0/247 groups covered.
--   trung-thanh equipment: COMPUTER 8 + 14 + 5 + 15 + 2 + 12 + 3 = 59 / 57; PRINTER_SCANNER 3 + 3 = 6 / 6;
--     SCREEN 4 + 1 = 5 / 5; KIOSK 1 / 1; NETWORK_POINT 30 / 30;
--     CAMERA 49 × 2 + 20 + 2 + 3 + 6 = 129 / 126.
--   trung-thanh cameras: 49 × 2 (every group) + 20 (groups 1-20, good) + 2 (groups 21-22, need repair)
--     = 120 in service in residential groups; the 3 out of service (groups 5, 17, 33) and the 6 at the
--     ward's headquarters (no group) are not counted: "Camera: 120 tại 49/49 tổ dân phố".
--   an-hai certificates issued in 2025: DIGITAL_CERTIFICATE BODY NEW 6; PERSON NEW 45 + 16 = 61,
--     PERSON CHANGED 30 (so issued(DIGITAL_CERTIFICATE, PERSON, 2025) = 91, holder null = 97);
--     OFFICIAL_EMAIL PERSON NEW 52 + 15 = 67. In 2026 (made up): DIGITAL_CERTIFICATE PERSON NEW 3,
--     RENEWED 12; OFFICIAL_EMAIL PERSON NEW 3, BODY NEW 1.
--   trung-thanh certificates (made up): 2025 DIGITAL_CERTIFICATE BODY NEW 5, PERSON NEW 48;
--     OFFICIAL_EMAIL PERSON NEW 52; 2026 DIGITAL_CERTIFICATE PERSON CHANGED 9.

-- Thiết bị ------------------------------------------------------------------------------------

insert into asset (ward_id, kind, name, unit_id, residential_group_id, location, quantity, acquired_year,
                   condition, note)
select w.id, a.kind, a.name, u.id, g.id, a.location, a.quantity, a.acquired_year, a.condition, a.note
from (values
    -- an-hai: the public-service centre as seed 002 lists it
    ('an-hai', 'COMPUTER', 'Máy tính để bàn tiếp nhận, trả kết quả hồ sơ', 'pvhcc', null, 'Bộ phận một cửa', 8, 2025, 'GOOD', null),
    ('an-hai', 'PRINTER_SCANNER', 'Máy in kiêm máy quét (in + scan)', 'pvhcc', null, 'Bộ phận một cửa', 2, 2025, 'GOOD', null),
    ('an-hai', 'PRINTER_SCANNER', 'Máy in', 'pvhcc', null, 'Bộ phận một cửa', 1, 2023, 'GOOD', null),
    ('an-hai', 'KIOSK', 'Máy lấy số tự động', 'pvhcc', null, 'Sảnh chờ', 1, 2025, 'GOOD', null),
    ('an-hai', 'KIOSK', 'Máy tra cứu thủ tục hành chính', 'pvhcc', null, 'Sảnh chờ', 1, 2025, 'GOOD', null),
    ('an-hai', 'SCREEN', 'Màn hình đánh giá sự hài lòng', 'pvhcc', null, 'Quầy tiếp nhận', 6, 2025, 'GOOD', null),
    ('an-hai', 'SCREEN', 'Màn hình hiển thị thông tin lấy số tự động', 'pvhcc', null, 'Sảnh chờ', 1, 2025, 'GOOD', null),
    ('an-hai', 'CAMERA', 'Hệ thống camera giám sát Trung tâm', 'pvhcc', null, 'Sảnh chờ và quầy tiếp nhận', 4, 2025, 'GOOD',
     'Seed 002 ghi "hệ thống camera", không ghi số lượng'),
    ('an-hai', 'OTHER', 'Hệ thống loa gọi số', 'pvhcc', null, 'Sảnh chờ', 1, 2025, 'GOOD', null),
    ('an-hai', 'WIFI_POINT', 'Điểm phát Wi-Fi cho người dân chờ giải quyết hồ sơ', 'pvhcc', null, 'Sảnh chờ', 2, 2025, 'GOOD', null),
    -- an-hai: the other units (made up; one computer per officer, seed 003 "tỷ lệ máy tính/cán bộ 100%")
    ('an-hai', 'COMPUTER', 'Máy tính để bàn', 'vp-hdnd-ubnd', null, 'Trụ sở UBND phường', 15, 2021, 'GOOD', null),
    ('an-hai', 'COMPUTER', 'Máy tính soạn thảo văn bản mật', 'vp-hdnd-ubnd', null, 'Phòng văn thư', 1, 2020, 'GOOD',
     'Không kết nối Internet'),
    ('an-hai', 'PRINTER_SCANNER', 'Máy in, máy quét văn phòng', 'vp-hdnd-ubnd', null, 'Trụ sở UBND phường', 4, 2021, 'GOOD', null),
    ('an-hai', 'SCREEN', 'Màn hình phòng họp trực tuyến', 'vp-hdnd-ubnd', null, 'Phòng họp trực tuyến số 1 và số 2', 2, 2025, 'GOOD',
     'Seed 002: nâng cấp 02 phòng họp trực tuyến'),
    ('an-hai', 'SERVER', 'Máy chủ lưu trữ dữ liệu', 'vp-hdnd-ubnd', null, 'Phòng máy chủ', 1, 2019, 'NEEDS_REPAIR',
     'Ổ cứng sắp đầy; seed 002 đề nghị kinh phí máy chủ, lưu trữ'),
    ('an-hai', 'NETWORK_POINT', 'Điểm mạng LAN', 'vp-hdnd-ubnd', null, 'Trụ sở UBND phường', 40, 2021, 'GOOD', null),
    ('an-hai', 'COMPUTER', 'Máy tính để bàn', 'kinh-te', null, 'Phòng Kinh tế, Hạ tầng và Đô thị', 17, 2025, 'GOOD',
     'Trang bị theo nhiệm vụ 2.24'),
    ('an-hai', 'COMPUTER', 'Máy tính cũ chờ thanh lý', 'kinh-te', null, 'Kho', 2, 2014, 'OUT_OF_SERVICE', 'Cấu hình thấp, hỏng nguồn'),
    ('an-hai', 'PRINTER_SCANNER', 'Máy in, máy quét văn phòng', 'kinh-te', null, 'Phòng Kinh tế, Hạ tầng và Đô thị', 3, 2022, 'GOOD', null),
    ('an-hai', 'COMPUTER', 'Máy tính để bàn', 'van-hoa-xa-hoi', null, 'Phòng Văn hóa - Xã hội', 12, 2022, 'GOOD', null),
    ('an-hai', 'PRINTER_SCANNER', 'Máy in, máy quét văn phòng', 'van-hoa-xa-hoi', null, 'Phòng Văn hóa - Xã hội', 2, 2022, 'GOOD', null),
    ('an-hai', 'COMPUTER', 'Máy tính để bàn', 'quan-su', null, 'Ban Chỉ huy Quân sự', 3, 2018, 'NEEDS_REPAIR', 'Máy cũ, chạy chậm'),
    -- an-hai: public Wi-Fi at three cultural houses (task KH70-06, still in progress)
    ('an-hai', 'WIFI_POINT', 'Wi-Fi công cộng nhà văn hóa', 'kinh-te', 'tdp-015', 'Nhà văn hóa tổ dân phố 15', 1, 2026, 'GOOD', null),
    ('an-hai', 'WIFI_POINT', 'Wi-Fi công cộng nhà văn hóa', 'kinh-te', 'tdp-102', 'Nhà văn hóa tổ dân phố 102', 1, 2026, 'GOOD', null),
    ('an-hai', 'WIFI_POINT', 'Wi-Fi công cộng nhà văn hóa', 'kinh-te', 'tdp-188', 'Nhà văn hóa tổ dân phố 188', 1, 2026,
     'OUT_OF_SERVICE', 'Đã lắp thiết bị, chờ nhà mạng kéo cáp'),
    -- trung-thanh (made up, but for the cameras below)
    ('trung-thanh', 'COMPUTER', 'Máy tính để bàn tiếp nhận, trả kết quả hồ sơ', 'pvhcc', null, 'Bộ phận một cửa', 8, 2025, 'GOOD', null),
    ('trung-thanh', 'PRINTER_SCANNER', 'Máy in kiêm máy quét', 'pvhcc', null, 'Bộ phận một cửa', 3, 2025, 'GOOD', null),
    ('trung-thanh', 'SCREEN', 'Màn hình đánh giá sự hài lòng', 'pvhcc', null, 'Quầy tiếp nhận', 4, 2025, 'GOOD', null),
    ('trung-thanh', 'KIOSK', 'Máy tra cứu thủ tục hành chính', 'pvhcc', null, 'Sảnh chờ', 1, 2026, 'GOOD',
     'Mua sắm theo nhiệm vụ KH96-06'),
    ('trung-thanh', 'COMPUTER', 'Máy tính để bàn', 'vp-hdnd-ubnd', null, 'Trụ sở UBND phường', 14, 2021, 'GOOD', null),
    ('trung-thanh', 'COMPUTER', 'Máy tính mua sắm phục vụ chuyển đổi số', 'vp-hdnd-ubnd', null, 'Trụ sở UBND phường', 5, 2026, 'GOOD',
     'Mua sắm theo nhiệm vụ KH96-06 (100 triệu đồng)'),
    ('trung-thanh', 'PRINTER_SCANNER', 'Máy in, máy quét văn phòng', 'vp-hdnd-ubnd', null, 'Trụ sở UBND phường', 3, 2021, 'GOOD', null),
    ('trung-thanh', 'SCREEN', 'Màn hình phòng họp trực tuyến', 'vp-hdnd-ubnd', null, 'Hội trường', 1, 2024, 'GOOD', null),
    ('trung-thanh', 'NETWORK_POINT', 'Điểm mạng LAN', 'vp-hdnd-ubnd', null, 'Trụ sở UBND phường', 30, 2021, 'GOOD', null),
    ('trung-thanh', 'CAMERA', 'Camera giám sát trụ sở', 'vp-hdnd-ubnd', null, 'Cổng và sân trụ sở UBND phường', 6, 2023, 'GOOD', null),
    ('trung-thanh', 'COMPUTER', 'Máy tính để bàn', 'kinh-te', null, 'Phòng Kinh tế, Hạ tầng và Đô thị', 15, 2022, 'GOOD', null),
    ('trung-thanh', 'COMPUTER', 'Máy tính cũ chờ thanh lý', 'kinh-te', null, 'Kho', 2, 2013, 'OUT_OF_SERVICE', null),
    ('trung-thanh', 'COMPUTER', 'Máy tính để bàn', 'van-hoa-xa-hoi', null, 'Phòng Văn hóa - Xã hội', 12, 2022, 'GOOD', null),
    ('trung-thanh', 'COMPUTER', 'Máy tính để bàn', 'quan-su', null, 'Ban Chỉ huy Quân sự', 3, 2020, 'GOOD', null)
    ) as a(ward, kind, name, unit, grp, location, quantity, acquired_year, condition, note)
join ward w on w.code = a.ward
left join unit u on u.ward_id = w.id and u.code = a.unit
left join residential_group g on g.ward_id = w.id and g.code = a.grp;

-- trung-thanh: "Camera an ninh tại 49/49 tổ dân phố" (seed 004), run with Công an phường: two at
-- each group's main road, a third at the busier crossroads of groups 1-22 (21 and 22 need repair),
-- and one broken at groups 5, 17 and 33
insert into asset (ward_id, kind, name, unit_id, residential_group_id, location, quantity, acquired_year,
                   condition, note)
select w.id, 'CAMERA', c.name, u.id, g.id, c.location || ' tổ dân phố ' || n, c.quantity, 2025, c.condition, c.note
from ward w
join unit u on u.ward_id = w.id and u.code = 'cong-an'
cross join generate_series(1, 49) as n
join residential_group g on g.ward_id = w.id and g.code = 'tdp-' || lpad(n::text, 2, '0')
join (values
    ('Camera an ninh đường chính', 'Đường chính', 2, 'GOOD', null, 1, 49),
    ('Camera an ninh ngã tư', 'Ngã tư', 1, 'GOOD', null, 1, 20),
    ('Camera an ninh ngã tư', 'Ngã tư', 1, 'NEEDS_REPAIR', 'Hình ảnh mờ ban đêm', 21, 22)
    ) as c(name, location, quantity, condition, note, first_group, last_group) on n between c.first_group and c.last_group
where w.code = 'trung-thanh';

insert into asset (ward_id, kind, name, unit_id, residential_group_id, location, quantity, acquired_year,
                   condition, note)
select w.id, 'CAMERA', 'Camera an ninh ngõ xóm', u.id, g.id, 'Ngõ xóm tổ dân phố ' || ltrim(substr(g.code, 5), '0'), 1,
       2025, 'OUT_OF_SERVICE', 'Hỏng do sét, chờ thay thế'
from ward w
join unit u on u.ward_id = w.id and u.code = 'cong-an'
join residential_group g on g.ward_id = w.id and g.code in ('tdp-05', 'tdp-17', 'tdp-33')
where w.code = 'trung-thanh';

-- Chứng thư số, thư điện tử công vụ ---------------------------------------------------------------

insert into certificate_issue (ward_id, issued_on, kind, holder, action, holder_name, quantity, document, note)
select w.id, c.issued_on::date, c.kind, c.holder, c.action, c.holder_name, c.quantity, c.document, c.note
from (values
    -- an-hai, seed 002: 06 bodies and 61 people new, 30 people changed, 67 mailboxes (July 2025)
    ('an-hai', '2025-07-10', 'DIGITAL_CERTIFICATE', 'BODY', 'NEW', 'UBND phường An Hải', 1, '112/UBND-VP', null),
    ('an-hai', '2025-07-10', 'DIGITAL_CERTIFICATE', 'BODY', 'NEW', 'Văn phòng HĐND và UBND', 1, '112/UBND-VP', null),
    ('an-hai', '2025-07-10', 'DIGITAL_CERTIFICATE', 'BODY', 'NEW', 'Phòng Kinh tế, Hạ tầng và Đô thị', 1, '112/UBND-VP', null),
    ('an-hai', '2025-07-10', 'DIGITAL_CERTIFICATE', 'BODY', 'NEW', 'Phòng Văn hóa - Xã hội', 1, '112/UBND-VP', null),
    ('an-hai', '2025-07-10', 'DIGITAL_CERTIFICATE', 'BODY', 'NEW', 'Trung tâm Phục vụ hành chính công', 1, '112/UBND-VP', null),
    ('an-hai', '2025-07-10', 'DIGITAL_CERTIFICATE', 'BODY', 'NEW', 'Ban Chỉ huy Quân sự', 1, '112/UBND-VP', null),
    ('an-hai', '2025-07-10', 'DIGITAL_CERTIFICATE', 'PERSON', 'NEW', 'Lãnh đạo, công chức các phòng, đơn vị (đợt 1)', 45,
     '112/UBND-VP', null),
    ('an-hai', '2025-07-24', 'DIGITAL_CERTIFICATE', 'PERSON', 'NEW', 'Công chức, viên chức (đợt 2)', 16, '131/UBND-VP', null),
    ('an-hai', '2025-07-24', 'DIGITAL_CERTIFICATE', 'PERSON', 'CHANGED', 'Công chức chuyển về phường sau sắp xếp', 30,
     '131/UBND-VP', 'Thay đổi đơn vị công tác, chức danh sau sắp xếp đơn vị hành chính'),
    ('an-hai', '2025-07-15', 'OFFICIAL_EMAIL', 'PERSON', 'NEW', 'Cán bộ, công chức, viên chức (đợt 1)', 52, '118/UBND-VP', null),
    ('an-hai', '2025-07-22', 'OFFICIAL_EMAIL', 'PERSON', 'NEW', 'Công chức Trung tâm Phục vụ hành chính công', 15,
     '127/UBND-VP', 'Phục vụ giải quyết thủ tục hành chính, số hóa hồ sơ'),
    -- an-hai, 2026 (made up)
    ('an-hai', '2026-02-10', 'DIGITAL_CERTIFICATE', 'PERSON', 'NEW', 'Công chức mới tuyển dụng', 3, '25/UBND-VP', null),
    ('an-hai', '2026-02-10', 'OFFICIAL_EMAIL', 'PERSON', 'NEW', 'Công chức mới tuyển dụng', 3, '25/UBND-VP', null),
    ('an-hai', '2026-03-02', 'OFFICIAL_EMAIL', 'BODY', 'NEW', 'Trung tâm Phục vụ hành chính công', 1, '41/UBND-VP',
     'Hộp thư chung tiếp nhận phản ánh, kiến nghị'),
    ('an-hai', '2026-07-06', 'DIGITAL_CERTIFICATE', 'PERSON', 'RENEWED', 'Lãnh đạo, công chức', 12, '98/UBND-VP',
     'Gia hạn chứng thư số cấp trước năm 2025'),
    -- trung-thanh (made up)
    ('trung-thanh', '2025-08-05', 'DIGITAL_CERTIFICATE', 'BODY', 'NEW', 'UBND phường và các phòng, đơn vị', 5, '45/UBND', null),
    ('trung-thanh', '2025-08-05', 'DIGITAL_CERTIFICATE', 'PERSON', 'NEW', 'Lãnh đạo, công chức', 48, '45/UBND', null),
    ('trung-thanh', '2025-08-12', 'OFFICIAL_EMAIL', 'PERSON', 'NEW', 'Cán bộ, công chức, viên chức', 52, '51/UBND', null),
    ('trung-thanh', '2026-04-20', 'DIGITAL_CERTIFICATE', 'PERSON', 'CHANGED', 'Công chức thay đổi chức danh', 9, '77/UBND', null)
    ) as c(ward, issued_on, kind, holder, action, holder_name, quantity, document, note)
join ward w on w.code = c.ward;
