-- Eighteen months of indicator values for the demo wards (issue 5), May 2025 to October 2026, with the
-- units' report forms and every step of them. Runs after DemoData has made each demo ward adopt the
-- preloaded catalogue (30 indicators, 49 rules); rows are found by ward, unit and indicator codes.
--
-- Who reports (matched to the catalogue's lead units by name): Công an phường (cong-an) monthly DDDT,
-- CKS, DDDT-TK and yearly DS-TCDVS, DS-TT; Phòng Văn hóa - Xã hội (van-hoa-xa-hoi) monthly TCN,
-- quarterly CB-KNS, CB-DT and yearly DN-CNS. The ward's own officer (canbo.*) enters the yearly
-- indicators no unit leads (CB-LCKNS, DS-SDDVS, CSDL-SH). Values are entered by the unit's officer the
-- working day before the form is submitted; the ward's leader approves.
--
-- The figures, made up to agree with the seeds and with each other:
--   adult residents (DS-TT): an-hai 89.250 (2025), 89.960 (2026), from its 34.476 households;
--     trung-thanh 17.340 and 17.480 from its 6.515. DS-TT of 2026 is entered in January (a draft form).
--   e-ID (DDDT, % of residents): an-hai 70,2 → 88,1; trung-thanh 58,4 → 74,6. Activated accounts
--     (DDDT-TK) = adults × (DDDT + 2,6 resp. 2,2) %, so the formula share DDDT-TL is DDDT + 2,6 / 2,2.
--   digital signatures (CKS, % of adults): an-hai 8,1 → 14,2; trung-thanh 2,6 → 4,3 (the peak campaign
--     of January 2026, then almost nothing).
--   community digital teams (TCN): an-hai 247, one per residential group (seed 000); trung-thanh 46 → 49
--     (one per residential group from August 2025).
--   staff trained in digital skills (CB-DT, CB-KNS = CB-DT / staff in post): an-hai 48 → 53 of 53
--     (seed 002's staffing; seed 000: 100 % at the 2025 training); trung-thanh 38 → 52 of 52 (seed 004:
--     100 % by June 2026).
--
-- DDDT and CKS are judged by pace (indicator.by_pace): their targets are for 2035, and against the
-- target itself every month until then would be red. The line starts from the value at 31/12/2024
-- (baseline_year 2024, "so với đầu năm 2025" as seed 004 compares): DDDT 66,5 / 55,0; CKS 6,8 / 2,0.
-- Everything else is judged against its target. What that gives:
--   an-hai: every monthly value GREEN; CB-KNS AMBER in 2025Q2 and 2025Q3; the five yearly shares of
--     2025 RED against their 2035/2045 targets, each explained.
--   trung-thanh: DDDT GREEN; CKS AMBER in 2025 and April-June 2026, GREEN January-March 2026, RED
--     July-October 2026 (4,1 / 4,2 / 4,2 / 4,3 against a pace of 4,59 / 4,72 / 4,86 / 5,00);
--     CB-KNS RED in 2025Q2 (73,08) and 2025Q3 (86,54); the five yearly shares of 2025 RED. Every RED
--     value carries an explanation.
--
-- One rule is broken, once: trung-thanh's Phòng Văn hóa - Xã hội typed 94 community digital teams for
-- September 2026 instead of 49 (TCN-TDP: at most one per residential group). Its form is submitted and
-- cannot be approved (a HIGH rule). It shows for 2026-09 and for 2026Q3, whose monthly values are
-- September's. Other typos were corrected and show in the values' history:
-- an-hai DDDT-TK 11/2025 79.054 → 70.954 after the leader returned the form; trung-thanh DDDT-TK 10/2026
-- 13.245 → 13.425 after a return, not submitted again.
--
-- Forms: 45 per ward (36 monthly, 6 quarterly, 3 yearly). an-hai: 44 approved (3 submitted late:
-- van-hoa-xa-hoi 2025-09 and 2025Q3, cong-an 2026-01 after Tết), the yearly 2026 one a draft.
-- trung-thanh: 41 approved (7 late), van-hoa-xa-hoi 2026-09 submitted, cong-an 2026-10 returned,
-- van-hoa-xa-hoi 2026-10 and the yearly 2026 one drafts. DemoDataTest asserts, worked out from the rows
-- below (completeness counts a form submitted on the due day, the 15th, as on time):
--   2026S1: an-hai cong-an 6 expected, 6 submitted, 5 on time, 6 approved; van-hoa-xa-hoi 8, 8, 8, 8;
--           trung-thanh cong-an 6, 6, 5, 6; van-hoa-xa-hoi 8, 8, 6, 8 (January and 2026Q1 late).
--   2026Q3: trung-thanh cong-an 3, 3, 3, 3; van-hoa-xa-hoi 4, 4, 3, 3 (2026Q3 late, September not approved).

-- Judged by pace, from the values at 31/12/2024 ---------------------------------------------------

update indicator i set by_pace = true
from ward w
where w.id = i.ward_id and w.code in ('an-hai', 'trung-thanh') and i.code in ('DDDT', 'CKS');

update indicator_target t set baseline = b.baseline, baseline_year = 2024
from (values
    ('an-hai', 'DDDT', 66.5), ('an-hai', 'CKS', 6.8),
    ('trung-thanh', 'DDDT', 55.0), ('trung-thanh', 'CKS', 2.0)) as b(ward, code, baseline)
join ward w on w.code = b.ward
join indicator i on i.ward_id = w.id and i.code = b.code
where t.indicator_id = i.id and t.year = 2035;

-- The values ----------------------------------------------------------------------------------------

create temporary table demo_value (
    ward        varchar(50),
    code        varchar(50),
    period      varchar(7),
    value       numeric(18, 4),
    comment     varchar(2000),
    explanation varchar(2000),
    actor       varchar(50),
    entered_at  timestamptz
);

-- monthly: e-ID share, digital-signature share, activated e-ID accounts, community digital teams
insert into demo_value (ward, code, period, value)
select m.ward, x.code, m.period, x.value
from (values
    ('an-hai', '2025-05', 70.2,  8.1,  64974, 247),
    ('an-hai', '2025-06', 71.4,  8.4,  66045, 247),
    ('an-hai', '2025-07', 72.3,  8.8,  66848, 247),
    ('an-hai', '2025-08', 73.6,  9.1,  68009, 247),
    ('an-hai', '2025-09', 74.8,  9.5,  69080, 247),
    ('an-hai', '2025-10', 75.7,  9.9,  69883, 247),
    ('an-hai', '2025-11', 76.9, 10.4,  70954, 247),
    ('an-hai', '2025-12', 78.0, 10.8,  71936, 247),
    ('an-hai', '2026-01', 78.8, 11.1,  73227, 247),
    ('an-hai', '2026-02', 79.5, 11.3,  73857, 247),
    ('an-hai', '2026-03', 80.7, 11.7,  74937, 247),
    ('an-hai', '2026-04', 81.9, 12.0,  76016, 247),
    ('an-hai', '2026-05', 82.8, 12.4,  76826, 247),
    ('an-hai', '2026-06', 84.0, 12.7,  77905, 247),
    ('an-hai', '2026-07', 85.1, 13.1,  78895, 247),
    ('an-hai', '2026-08', 86.2, 13.5,  79884, 247),
    ('an-hai', '2026-09', 87.0, 13.8,  80604, 247),
    ('an-hai', '2026-10', 88.1, 14.2,  81594, 247),
    ('trung-thanh', '2025-05', 58.4,  2.6,  10508,  46),
    ('trung-thanh', '2025-06', 59.3,  2.7,  10664,  46),
    ('trung-thanh', '2025-07', 60.5,  2.8,  10872,  47),
    ('trung-thanh', '2025-08', 61.6,  2.9,  11063,  49),
    ('trung-thanh', '2025-09', 62.4,  3.0,  11202,  49),
    ('trung-thanh', '2025-10', 63.5,  3.1,  11392,  49),
    ('trung-thanh', '2025-11', 64.6,  3.2,  11583,  49),
    ('trung-thanh', '2025-12', 65.4,  3.3,  11722,  49),
    ('trung-thanh', '2026-01', 66.3,  3.8,  11974,  49),
    ('trung-thanh', '2026-02', 67.5,  4.0,  12184,  49),
    ('trung-thanh', '2026-03', 68.4,  4.1,  12341,  49),
    ('trung-thanh', '2026-04', 69.2,  4.1,  12481,  49),
    ('trung-thanh', '2026-05', 70.1,  4.1,  12638,  49),
    ('trung-thanh', '2026-06', 71.0,  4.1,  12795,  49),
    ('trung-thanh', '2026-07', 71.8,  4.1,  12935,  49),
    ('trung-thanh', '2026-08', 72.9,  4.2,  13127,  49),
    ('trung-thanh', '2026-09', 73.7,  4.2,  13267,  94),
    ('trung-thanh', '2026-10', 74.6,  4.3,  13425,  49)
    ) as m(ward, period, dddt, cks, dddt_tk, tcn)
cross join lateral (values ('DDDT', m.dddt), ('CKS', m.cks), ('DDDT-TK', m.dddt_tk), ('TCN', m.tcn)) as x(code, value);

-- quarterly: share and number of staff trained in basic digital skills
insert into demo_value (ward, code, period, value)
select q.ward, x.code, q.period, x.value
from (values
    ('an-hai', '2025Q2',  90.57, 48),
    ('an-hai', '2025Q3',  96.23, 51),
    ('an-hai', '2025Q4', 100.00, 53),
    ('an-hai', '2026Q1', 100.00, 53),
    ('an-hai', '2026Q2', 100.00, 53),
    ('an-hai', '2026Q3', 100.00, 53),
    ('trung-thanh', '2025Q2',  73.08, 38),
    ('trung-thanh', '2025Q3',  86.54, 45),
    ('trung-thanh', '2025Q4',  96.15, 50),
    ('trung-thanh', '2026Q1', 100.00, 52),
    ('trung-thanh', '2026Q2', 100.00, 52),
    ('trung-thanh', '2026Q3', 100.00, 52)
    ) as q(ward, period, cb_kns, cb_dt)
cross join lateral (values ('CB-KNS', q.cb_kns), ('CB-DT', q.cb_dt)) as x(code, value);

-- yearly
insert into demo_value (ward, code, period, value)
values
    ('an-hai', 'DS-TT', '2025', 89250),
    ('an-hai', 'DS-TT', '2026', 89960),
    ('an-hai', 'DS-TCDVS', '2025', 76.5),
    ('an-hai', 'DN-CNS', '2025', 38.0),
    ('an-hai', 'CB-LCKNS', '2025', 64.0),
    ('an-hai', 'DS-SDDVS', '2025', 58.0),
    ('an-hai', 'CSDL-SH', '2025', 45.0),
    ('trung-thanh', 'DS-TT', '2025', 17340),
    ('trung-thanh', 'DS-TT', '2026', 17480),
    ('trung-thanh', 'DS-TCDVS', '2025', 62.0),
    ('trung-thanh', 'DN-CNS', '2025', 24.0),
    ('trung-thanh', 'CB-LCKNS', '2025', 52.0),
    ('trung-thanh', 'DS-SDDVS', '2025', 45.0),
    ('trung-thanh', 'CSDL-SH', '2025', 30.0);

-- digital signatures in use (CKS-CC public, CKS-CN personal; issue 6's digital citizens), entered by the
-- ward's own officer: adults of the year × the CKS share, 60 % of them public signatures. October 2026 in
-- an-hai: 89.960 × 14,2 % = 12.774,32 → 12.774, of which 7.664 public and 5.110 personal.
insert into demo_value (ward, code, period, value, comment)
select c.ward, x.code, c.period, x.value, 'Tổng hợp từ các tổ chức cung cấp dịch vụ chứng thực chữ ký số'
from demo_value c
join demo_value a on a.ward = c.ward and a.code = 'DS-TT' and a.period = left(c.period, 4)
cross join lateral (select round(a.value * c.value / 100) as total) t
cross join lateral (values ('CKS-CC', round(t.total * 0.6)), ('CKS-CN', t.total - round(t.total * 0.6))) as x(code, value)
where c.code = 'CKS';

-- comments, and the explanations every RED value needs before its form is submitted
update demo_value v set comment = n.comment, explanation = n.explanation
from (values
    ('an-hai', 'DS-TT', '2025', 'Theo Cơ sở dữ liệu quốc gia về dân cư ngày 31/12/2025', null),
    ('an-hai', 'DS-TT', '2026', 'Theo Cơ sở dữ liệu quốc gia về dân cư ngày 01/01/2026', null),
    ('an-hai', 'DS-TCDVS', '2025', null,
     'Chỉ tiêu đến năm 2035 là 95%. Năm 2025 đạt 76,5%, tăng so với đầu năm; người cao tuổi, người không có điện thoại thông minh còn khó tiếp cận dịch vụ số. Tiếp tục hướng dẫn qua 247 Tổ công nghệ số cộng đồng.'),
    ('an-hai', 'DN-CNS', '2025', null,
     'Chỉ tiêu đến năm 2045. Doanh nghiệp nhỏ và hộ kinh doanh trên địa bàn chủ yếu mới ứng dụng thanh toán không dùng tiền mặt và hóa đơn điện tử; năm 2026 phối hợp Phòng Kinh tế, Hạ tầng và Đô thị hướng dẫn hiện diện trực tuyến với tên miền “.vn”.'),
    ('an-hai', 'CB-LCKNS', '2025', null,
     'Chỉ tiêu đến năm 2035. 100% cán bộ đã tham gia tập huấn AI và Bình dân học vụ số năm 2025, nhưng mới 64% tự sử dụng thành thạo các nền tảng số trong công việc.'),
    ('an-hai', 'DS-SDDVS', '2025', null,
     'Chỉ tiêu đến năm 2045 là 90%. Số liệu năm 2025 ước tính từ khảo sát của các Tổ công nghệ số cộng đồng; người dân chủ yếu dùng dịch vụ số thanh toán và VNeID.'),
    ('an-hai', 'CSDL-SH', '2025', null,
     'Chỉ tiêu đến năm 2035. Các cơ sở dữ liệu chuyên ngành đã được làm sạch (hoàn thành 22/12/2025) nhưng phần lớn chưa liên thông với hệ thống của thành phố.'),
    ('trung-thanh', 'DS-TT', '2025', 'Theo Cơ sở dữ liệu quốc gia về dân cư ngày 31/12/2025', null),
    ('trung-thanh', 'DS-TT', '2026', 'Theo Cơ sở dữ liệu quốc gia về dân cư ngày 01/01/2026', null),
    ('trung-thanh', 'TCN', '2025-07', 'Kiện toàn Tổ công nghệ số cộng đồng theo tổ dân phố của phường mới', null),
    ('trung-thanh', 'TCN', '2025-08', 'Đủ 49 tổ, mỗi tổ dân phố một tổ', null),
    ('trung-thanh', 'CKS', '2026-01', 'Đợt cao điểm cấp chữ ký số công cộng cho người dân', null),
    ('trung-thanh', 'CKS', '2026-07', null,
     'Sau đợt cao điểm tháng 01/2026, số người dân đăng ký chữ ký số công cộng mới gần như không tăng; nhiều người chưa có nhu cầu ký số. Công an phường phối hợp Trung tâm Phục vụ hành chính công hướng dẫn đăng ký tại bộ phận một cửa.'),
    ('trung-thanh', 'CKS', '2026-08', null,
     'Tỷ lệ tăng chậm so với lộ trình đến năm 2035; một số chứng thư số cấp năm 2025 hết hạn nhưng người dân chưa gia hạn. Đề xuất tổ chức đợt cao điểm thứ hai trong quý IV/2026.'),
    ('trung-thanh', 'CKS', '2026-09', null,
     'Chưa đạt lộ trình. Giao ban tháng 9/2026 đã giao Công an phường rà soát kết quả đợt cao điểm cấp chữ ký số công cộng, báo cáo trước ngày 20/10/2026.'),
    ('trung-thanh', 'CKS', '2026-10', null,
     'Chưa đạt lộ trình (cần khoảng 5,0%). Việc rà soát kết quả đợt cao điểm chưa hoàn thành; tháng 11-12/2026 phối hợp các Tổ công nghệ số cộng đồng hướng dẫn người dân tại 49 tổ dân phố.'),
    ('trung-thanh', 'CB-KNS', '2025Q2', null,
     'Phường đang sắp xếp tổ chức bộ máy (hoạt động từ 01/7/2025); nhiều cán bộ, công chức chưa hoàn thành khóa bồi dưỡng kỹ năng số cơ bản trên nền tảng Bình dân học vụ số.'),
    ('trung-thanh', 'CB-KNS', '2025Q3', null,
     'Còn 07 cán bộ, công chức mới điều động về phường chưa hoàn thành khóa học trên nền tảng Bình dân học vụ số; dự kiến hoàn thành trong quý IV/2025.'),
    ('trung-thanh', 'DS-TCDVS', '2025', null,
     'Chỉ tiêu đến năm 2035 là 95%. Một bộ phận người dân, nhất là người cao tuổi, còn hạn chế trong sử dụng dịch vụ số; tiếp tục hướng dẫn qua Tổ công nghệ số cộng đồng và phong trào Bình dân học vụ số.'),
    ('trung-thanh', 'DN-CNS', '2025', null,
     'Chỉ tiêu đến năm 2045. Doanh nghiệp và hộ kinh doanh trên địa bàn chủ yếu quy mô nhỏ; đang nhân rộng mô hình “Chợ 4.0 - Chợ thanh toán không dùng tiền mặt”.'),
    ('trung-thanh', 'CB-LCKNS', '2025', null,
     'Chỉ tiêu đến năm 2035. Phường mới bố trí 01 cán bộ phụ trách công nghệ thông tin, chuyển đổi số; kỹ năng khai thác nền tảng số của cán bộ chưa đồng đều.'),
    ('trung-thanh', 'DS-SDDVS', '2025', null,
     'Chỉ tiêu đến năm 2045 là 90%. Số liệu ước tính từ báo cáo của các tổ dân phố; người cao tuổi còn khó tiếp cận công nghệ.'),
    ('trung-thanh', 'CSDL-SH', '2025', null,
     'Chỉ tiêu đến năm 2035. Phường chủ yếu khai thác cơ sở dữ liệu do Trung ương và tỉnh triển khai; dữ liệu hộ tịch đã số hóa nhưng chưa liên thông đầy đủ.')
    ) as n(ward, code, period, comment, explanation)
where v.ward = n.ward and v.code = n.code and v.period = n.period;

-- The forms: entered (the day before, 16:00), submitted (cong-an 9:30, van-hoa-xa-hoi 10:15) and
-- approved (15:00), Vietnam time. Due on the 15th of the month after the period.
create temporary table demo_form (
    ward         varchar(50),
    unit         varchar(50),
    period       varchar(7),
    entered_on   date,
    submitted_on date,
    approved_on  date
);
insert into demo_form (ward, unit, period, entered_on, submitted_on, approved_on) values
    ('an-hai', 'cong-an', '2025-05', '2025-06-04', '2025-06-05', '2025-06-06'),
    ('an-hai', 'van-hoa-xa-hoi', '2025-05', '2025-06-05', '2025-06-06', '2025-06-09'),
    ('an-hai', 'cong-an', '2025-06', '2025-07-08', '2025-07-09', '2025-07-11'),
    ('an-hai', 'van-hoa-xa-hoi', '2025-06', '2025-07-10', '2025-07-11', '2025-07-14'),
    ('an-hai', 'cong-an', '2025-07', '2025-08-12', '2025-08-13', '2025-08-14'),
    ('an-hai', 'van-hoa-xa-hoi', '2025-07', '2025-08-06', '2025-08-07', '2025-08-08'),
    ('an-hai', 'cong-an', '2025-08', '2025-09-05', '2025-09-08', '2025-09-10'),
    ('an-hai', 'van-hoa-xa-hoi', '2025-08', '2025-09-11', '2025-09-12', '2025-09-15'),
    ('an-hai', 'cong-an', '2025-09', '2025-10-10', '2025-10-13', '2025-10-14'),
    ('an-hai', 'van-hoa-xa-hoi', '2025-09', '2025-10-16', '2025-10-17', '2025-10-20'),  -- late
    ('an-hai', 'cong-an', '2025-10', '2025-11-06', '2025-11-07', '2025-11-10'),
    ('an-hai', 'van-hoa-xa-hoi', '2025-10', '2025-11-12', '2025-11-13', '2025-11-17'),
    ('an-hai', 'cong-an', '2025-11', '2025-12-05', '2025-12-09', '2025-12-10'),  -- returned on 8/12, corrected, submitted again
    ('an-hai', 'van-hoa-xa-hoi', '2025-11', '2025-12-08', '2025-12-09', '2025-12-10'),
    ('an-hai', 'cong-an', '2025-12', '2026-01-05', '2026-01-06', '2026-01-08'),
    ('an-hai', 'van-hoa-xa-hoi', '2025-12', '2026-01-13', '2026-01-14', '2026-01-16'),
    ('an-hai', 'cong-an', '2026-01', '2026-02-23', '2026-02-24', '2026-02-25'),  -- late (Tết)
    ('an-hai', 'van-hoa-xa-hoi', '2026-01', '2026-02-09', '2026-02-10', '2026-02-11'),
    ('an-hai', 'cong-an', '2026-02', '2026-03-04', '2026-03-05', '2026-03-09'),
    ('an-hai', 'van-hoa-xa-hoi', '2026-02', '2026-03-05', '2026-03-06', '2026-03-09'),
    ('an-hai', 'cong-an', '2026-03', '2026-04-08', '2026-04-09', '2026-04-10'),
    ('an-hai', 'van-hoa-xa-hoi', '2026-03', '2026-04-10', '2026-04-13', '2026-04-14'),
    ('an-hai', 'cong-an', '2026-04', '2026-05-12', '2026-05-13', '2026-05-15'),
    ('an-hai', 'van-hoa-xa-hoi', '2026-04', '2026-05-06', '2026-05-07', '2026-05-11'),
    ('an-hai', 'cong-an', '2026-05', '2026-06-05', '2026-06-08', '2026-06-09'),
    ('an-hai', 'van-hoa-xa-hoi', '2026-05', '2026-06-11', '2026-06-12', '2026-06-15'),
    ('an-hai', 'cong-an', '2026-06', '2026-07-10', '2026-07-13', '2026-07-15'),
    ('an-hai', 'van-hoa-xa-hoi', '2026-06', '2026-07-07', '2026-07-08', '2026-07-10'),
    ('an-hai', 'cong-an', '2026-07', '2026-08-06', '2026-08-07', '2026-08-10'),
    ('an-hai', 'van-hoa-xa-hoi', '2026-07', '2026-08-12', '2026-08-13', '2026-08-14'),
    ('an-hai', 'cong-an', '2026-08', '2026-09-10', '2026-09-11', '2026-09-14'),
    ('an-hai', 'van-hoa-xa-hoi', '2026-08', '2026-09-08', '2026-09-09', '2026-09-11'),
    ('an-hai', 'cong-an', '2026-09', '2026-10-05', '2026-10-06', '2026-10-07'),
    ('an-hai', 'van-hoa-xa-hoi', '2026-09', '2026-10-13', '2026-10-14', '2026-10-15'),
    ('an-hai', 'cong-an', '2026-10', '2026-11-09', '2026-11-10', '2026-11-12'),
    ('an-hai', 'van-hoa-xa-hoi', '2026-10', '2026-11-09', '2026-11-10', '2026-11-12'),
    ('an-hai', 'van-hoa-xa-hoi', '2025Q2', '2025-07-11', '2025-07-14', '2025-07-16'),
    ('an-hai', 'van-hoa-xa-hoi', '2025Q3', '2025-10-17', '2025-10-20', '2025-10-21'),  -- late
    ('an-hai', 'van-hoa-xa-hoi', '2025Q4', '2026-01-12', '2026-01-13', '2026-01-15'),
    ('an-hai', 'van-hoa-xa-hoi', '2026Q1', '2026-04-08', '2026-04-09', '2026-04-10'),
    ('an-hai', 'van-hoa-xa-hoi', '2026Q2', '2026-07-13', '2026-07-14', '2026-07-16'),
    ('an-hai', 'van-hoa-xa-hoi', '2026Q3', '2026-10-09', '2026-10-12', '2026-10-13'),
    ('an-hai', 'cong-an', '2025', '2026-01-12', '2026-01-13', '2026-01-14'),
    ('an-hai', 'van-hoa-xa-hoi', '2025', '2026-01-07', '2026-01-08', '2026-01-09'),
    ('an-hai', 'cong-an', '2026', '2026-01-08', null, null),  -- draft: DS-TT of 2026 entered early
    ('trung-thanh', 'cong-an', '2025-05', '2025-06-06', '2025-06-09', '2025-06-10'),
    ('trung-thanh', 'van-hoa-xa-hoi', '2025-05', '2025-06-06', '2025-06-09', '2025-06-10'),
    ('trung-thanh', 'cong-an', '2025-06', '2025-07-21', '2025-07-22', '2025-07-24'),  -- late (the new ward from 1/7/2025)
    ('trung-thanh', 'van-hoa-xa-hoi', '2025-06', '2025-07-22', '2025-07-23', '2025-07-25'),  -- late
    ('trung-thanh', 'cong-an', '2025-07', '2025-08-07', '2025-08-08', '2025-08-11'),
    ('trung-thanh', 'van-hoa-xa-hoi', '2025-07', '2025-08-08', '2025-08-11', '2025-08-12'),
    ('trung-thanh', 'cong-an', '2025-08', '2025-09-11', '2025-09-12', '2025-09-15'),
    ('trung-thanh', 'van-hoa-xa-hoi', '2025-08', '2025-09-08', '2025-09-09', '2025-09-11'),
    ('trung-thanh', 'cong-an', '2025-09', '2025-10-08', '2025-10-09', '2025-10-10'),
    ('trung-thanh', 'van-hoa-xa-hoi', '2025-09', '2025-10-13', '2025-10-14', '2025-10-15'),
    ('trung-thanh', 'cong-an', '2025-10', '2025-11-12', '2025-11-13', '2025-11-17'),
    ('trung-thanh', 'van-hoa-xa-hoi', '2025-10', '2025-11-11', '2025-11-12', '2025-11-14'),
    ('trung-thanh', 'cong-an', '2025-11', '2025-12-09', '2025-12-10', '2025-12-11'),
    ('trung-thanh', 'van-hoa-xa-hoi', '2025-11', '2025-12-09', '2025-12-10', '2025-12-11'),
    ('trung-thanh', 'cong-an', '2025-12', '2026-01-06', '2026-01-07', '2026-01-09'),
    ('trung-thanh', 'van-hoa-xa-hoi', '2025-12', '2026-01-07', '2026-01-08', '2026-01-12'),
    ('trung-thanh', 'cong-an', '2026-01', '2026-02-24', '2026-02-25', '2026-02-26'),  -- late (Tết)
    ('trung-thanh', 'van-hoa-xa-hoi', '2026-01', '2026-02-25', '2026-02-26', '2026-02-27'),  -- late (Tết)
    ('trung-thanh', 'cong-an', '2026-02', '2026-03-06', '2026-03-09', '2026-03-11'),
    ('trung-thanh', 'van-hoa-xa-hoi', '2026-02', '2026-03-10', '2026-03-11', '2026-03-13'),
    ('trung-thanh', 'cong-an', '2026-03', '2026-04-10', '2026-04-13', '2026-04-14'),
    ('trung-thanh', 'van-hoa-xa-hoi', '2026-03', '2026-04-08', '2026-04-09', '2026-04-10'),
    ('trung-thanh', 'cong-an', '2026-04', '2026-05-08', '2026-05-11', '2026-05-13'),
    ('trung-thanh', 'van-hoa-xa-hoi', '2026-04', '2026-05-13', '2026-05-14', '2026-05-18'),
    ('trung-thanh', 'cong-an', '2026-05', '2026-06-11', '2026-06-12', '2026-06-15'),
    ('trung-thanh', 'van-hoa-xa-hoi', '2026-05', '2026-06-11', '2026-06-12', '2026-06-15'),
    ('trung-thanh', 'cong-an', '2026-06', '2026-07-09', '2026-07-10', '2026-07-13'),
    ('trung-thanh', 'van-hoa-xa-hoi', '2026-06', '2026-07-09', '2026-07-10', '2026-07-13'),
    ('trung-thanh', 'cong-an', '2026-07', '2026-08-06', '2026-08-07', '2026-08-10'),
    ('trung-thanh', 'van-hoa-xa-hoi', '2026-07', '2026-08-07', '2026-08-10', '2026-08-11'),
    ('trung-thanh', 'cong-an', '2026-08', '2026-09-10', '2026-09-11', '2026-09-14'),
    ('trung-thanh', 'van-hoa-xa-hoi', '2026-08', '2026-09-11', '2026-09-14', '2026-09-16'),
    ('trung-thanh', 'cong-an', '2026-09', '2026-10-07', '2026-10-08', '2026-10-09'),
    ('trung-thanh', 'van-hoa-xa-hoi', '2026-09', '2026-10-09', '2026-10-12', null),  -- TCN 94: blocked by TCN-TDP, not approved
    ('trung-thanh', 'cong-an', '2026-10', '2026-11-11', '2026-11-12', null),  -- returned on 16/11, corrected, not submitted again
    ('trung-thanh', 'van-hoa-xa-hoi', '2026-10', '2026-11-19', null, null),  -- draft, never submitted
    ('trung-thanh', 'van-hoa-xa-hoi', '2025Q2', '2025-07-08', '2025-07-09', '2025-07-11'),
    ('trung-thanh', 'van-hoa-xa-hoi', '2025Q3', '2025-10-13', '2025-10-14', '2025-10-15'),
    ('trung-thanh', 'van-hoa-xa-hoi', '2025Q4', '2026-01-09', '2026-01-12', '2026-01-14'),
    ('trung-thanh', 'van-hoa-xa-hoi', '2026Q1', '2026-04-17', '2026-04-20', '2026-04-21'),  -- late
    ('trung-thanh', 'van-hoa-xa-hoi', '2026Q2', '2026-07-07', '2026-07-08', '2026-07-10'),
    ('trung-thanh', 'van-hoa-xa-hoi', '2026Q3', '2026-10-16', '2026-10-19', '2026-10-20'),  -- late
    ('trung-thanh', 'cong-an', '2025', '2026-01-07', '2026-01-08', '2026-01-09'),
    ('trung-thanh', 'van-hoa-xa-hoi', '2025', '2026-01-19', '2026-01-20', '2026-01-21'),  -- late
    ('trung-thanh', 'cong-an', '2026', '2026-01-14', null, null)   -- draft: DS-TT of 2026 entered early
;

-- who entered each value, and when: the lead unit's officer, or the ward's own for the indicators no
-- unit leads (entered 15/01/2026)
update demo_value v set
    actor = case u.code when 'cong-an' then 'congan.' when 'van-hoa-xa-hoi' then 'vhxh.' else 'canbo.' end
            || replace(v.ward, '-', ''),
    entered_at = (coalesce((select f.entered_on from demo_form f
                            where f.ward = v.ward and f.unit = u.code and f.period = v.period),
                           date '2026-01-15') + time '16:00') at time zone 'Asia/Ho_Chi_Minh'
from ward w
join indicator i on i.ward_id = w.id
left join unit u on u.id = i.lead_unit_id
where w.code = v.ward and i.code = v.code;

-- the signatures are gathered from their issuers early in the following month
update demo_value set entered_at = (to_date(period, 'YYYY-MM') + interval '1 month 4 days' + time '09:00')
        at time zone 'Asia/Ho_Chi_Minh'
where code in ('CKS-CC', 'CKS-CN');

-- the typos found before approval: what was entered first, and when it was corrected
create temporary table demo_correction (
    ward         varchar(50),
    code         varchar(50),
    period       varchar(7),
    first_value  numeric(18, 4),
    corrected_at timestamptz
);
insert into demo_correction values
    ('an-hai', 'DDDT-TK', '2025-11', 79054, timestamptz '2025-12-09 08:50+07'),
    ('trung-thanh', 'DDDT-TK', '2026-10', 13245, timestamptz '2026-11-18 15:05+07');

insert into indicator_value (ward_id, indicator_id, period, value, comment, explanation, updated_by, updated_at)
select w.id, i.id, v.period, v.value, v.comment, v.explanation, v.actor, coalesce(c.corrected_at, v.entered_at)
from demo_value v
join ward w on w.code = v.ward
join indicator i on i.ward_id = w.id and i.code = v.code
left join demo_correction c on c.ward = v.ward and c.code = v.code and c.period = v.period
order by w.id, i.id, v.period;

-- every change: the first entry, and the corrections
insert into indicator_value_history (ward_id, indicator_id, period, old_value, new_value, actor, at)
select w.id, i.id, h.period, h.old_value, h.new_value, h.actor, h.at
from (
    select v.ward, v.code, v.period, null::numeric as old_value, coalesce(c.first_value, v.value) as new_value,
           v.actor, v.entered_at as at
    from demo_value v
    left join demo_correction c on c.ward = v.ward and c.code = v.code and c.period = v.period
    union all
    select v.ward, v.code, v.period, c.first_value, v.value, v.actor, c.corrected_at
    from demo_value v
    join demo_correction c on c.ward = v.ward and c.code = v.code and c.period = v.period
    ) as h
join ward w on w.code = h.ward
join indicator i on i.ward_id = w.id and i.code = h.code
order by h.at, w.id, i.id;

-- every step of the forms: submitted by the unit's officer, approved or returned by the ward's leader
insert into report_form_event (ward_id, unit_id, period, kind, message, actor, at)
select w.id, u.id, s.period, s.kind, s.message,
       case when s.kind = 'SUBMITTED'
            then case s.unit when 'cong-an' then 'congan.' else 'vhxh.' end
            else 'lanhdao.' end || replace(s.ward, '-', ''),
       s.at
from (
    select ward, unit, period, 'SUBMITTED' as kind, null as message,
           (submitted_on + case unit when 'cong-an' then time '09:30' else time '10:15' end)
               at time zone 'Asia/Ho_Chi_Minh' as at
    from demo_form where submitted_on is not null
    union all
    select ward, unit, period, 'APPROVED', null, (approved_on + time '15:00') at time zone 'Asia/Ho_Chi_Minh'
    from demo_form where approved_on is not null
    union all
    select * from (values
        ('an-hai', 'cong-an', '2025-11', 'SUBMITTED', null, timestamptz '2025-12-08 09:30+07'),
        ('an-hai', 'cong-an', '2025-11', 'RETURNED',
         'Số tài khoản định danh điện tử đã kích hoạt tăng đột biến so với tháng 10 (từ 69.883 lên 79.054), đề nghị kiểm tra lại.',
         timestamptz '2025-12-08 16:10+07'),
        ('trung-thanh', 'cong-an', '2026-10', 'RETURNED',
         'Số tài khoản định danh điện tử đã kích hoạt tháng 10 (13.245) thấp hơn tháng 9 (13.267), đề nghị đối chiếu với số liệu của Công an tỉnh và cập nhật lại.',
         timestamptz '2026-11-16 08:40+07')
        ) as extra(ward, unit, period, kind, message, at)
    ) as s
join ward w on w.code = s.ward
join unit u on u.ward_id = w.id and u.code = s.unit
order by s.at;

-- each form's status is its last step (a draft when nothing was submitted), with its last submission
insert into report_form (ward_id, unit_id, period, status, submitted_at, submitted_by)
select w.id, u.id, f.period, coalesce(last.kind, 'DRAFT'), sub.at, sub.actor
from demo_form f
join ward w on w.code = f.ward
join unit u on u.ward_id = w.id and u.code = f.unit
left join lateral (select e.kind from report_form_event e where e.unit_id = u.id and e.period = f.period
                   order by e.at desc, e.id desc limit 1) as last on true
left join lateral (select e.at, e.actor from report_form_event e where e.unit_id = u.id and e.period = f.period
                   and e.kind = 'SUBMITTED' order by e.at desc, e.id desc limit 1) as sub on true;

drop table demo_correction;
drop table demo_form;
drop table demo_value;
