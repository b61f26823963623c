-- Staff lists and training events of the demo wards (issue 6). Runs after demo-data.sql (wards,
-- units, staffing) in the same transaction; rows are found by codes and names, never by id.
--
-- The staff lists match the staffing of demo-data.sql, unit by unit (Công an phường has no
-- staffing entry, its officers are not the ward's civil servants): An Hải 15 + 17 + 12 + 6 + 3 = 53
-- in post since the two-level government began on 01/7/2025, one of Phòng Kinh tế's left on
-- 01/02/2026 and was replaced that day, so 53 are in post on any day since 01/7/2025; Trung Thành
-- 14 + 15 + 12 + 8 + 3 = 52. The names are made up. Each person is numbered n within the ward,
-- unit by unit (An Hải: vp-hdnd-ubnd 1-15, kinh-te 16-32 and 54 who left, van-hoa-xa-hoi 33-44,
-- pvhcc 45-50, quan-su 51-53; Trung Thành: 1-14, 15-29, 30-41, 42-49, 50-52).
--
-- The events are the seeds' (000 for An Hải: the AI and Bình dân học vụ số conference, the city's
-- online course of 07/10/2025 with 10 staff, the cyber-security course with 1 certificate, the
-- MOOCS course of 3 staff, the 766/QĐ-TTg training, the 247 teams' conference of 13-14/11/2025 with
-- more than 300 people; 004 for Trung Thành: 4 conferences for 150 staff in all, the teams and
-- residents, the digital-signature campaign); the days the seeds do not give, the two An Hải events
-- of 2026 and who attended are made up. Seed 000 says every staff member attended the AI
-- conference and seed 004 that all were trained; the demo records fewer names, so the share is
-- not 100%. The STAFF count of each event is the number on its attendance list.
--
-- The figures, worked out by hand (the browser test relies on An Hải's):
--   an-hai as of 20/11/2026: in post 53 (1-53); trained 1-30 (AI conference; 54 also attended
--     but left), 45-50 (766 training; 45 also the security course), 32, 35, 36, 37 (security
--     2026) = 30 + 6 + 4 = 40; 33 and 34 only took the MOOCS course (programme Khác), so 40/53 = 75,47%.
--     Year 2026 to 20/11: 2 events, 180 + 45 + 4 = 229 participants, 0 certificates.
--   trung-thanh as of 20/11/2026: in post 52; trained 1-40 (T1), 41-47 (T2) = 47 → 47/52 = 90,38%.
--     Staff attendances 40 + 38 + 35 + 37 = 150 as seed 004 counts. Year 2026 to 20/11: 4 events,
--     35 + 37 + 98 + 210 + 320 = 700 participants, 30 certificates.

create temporary table demo_staff (
    ward          varchar(50),
    n             integer,
    unit          varchar(50),
    position      varchar(200),
    in_post_from  date,
    in_post_to    date,
    full_name     varchar(200)
) on commit drop;

-- unit by unit: the first of each is its head, the second the deputy
insert into demo_staff (ward, n, unit, position, in_post_from)
select u.ward, u.first_n + i - 1, u.unit,
       case when i = 1 then u.head when i = 2 then u.deputy else u.staff end, date '2025-07-01'
from (values
    ('an-hai', 'vp-hdnd-ubnd', 1, 15, 'Chánh Văn phòng', 'Phó Chánh Văn phòng', 'Chuyên viên'),
    ('an-hai', 'kinh-te', 16, 17, 'Trưởng phòng', 'Phó Trưởng phòng', 'Chuyên viên'),
    ('an-hai', 'van-hoa-xa-hoi', 33, 12, 'Trưởng phòng', 'Phó Trưởng phòng', 'Chuyên viên'),
    ('an-hai', 'pvhcc', 45, 6, 'Giám đốc Trung tâm', 'Phó Giám đốc Trung tâm', 'Viên chức'),
    ('an-hai', 'quan-su', 51, 3, 'Chỉ huy trưởng', 'Chỉ huy phó', 'Trợ lý'),
    ('trung-thanh', 'vp-hdnd-ubnd', 1, 14, 'Chánh Văn phòng', 'Phó Chánh Văn phòng', 'Chuyên viên'),
    ('trung-thanh', 'kinh-te', 15, 15, 'Trưởng phòng', 'Phó Trưởng phòng', 'Chuyên viên'),
    ('trung-thanh', 'van-hoa-xa-hoi', 30, 12, 'Trưởng phòng', 'Phó Trưởng phòng', 'Chuyên viên'),
    ('trung-thanh', 'pvhcc', 42, 8, 'Giám đốc Trung tâm', 'Phó Giám đốc Trung tâm', 'Viên chức'),
    ('trung-thanh', 'quan-su', 50, 3, 'Chỉ huy trưởng', 'Chỉ huy phó', 'Trợ lý')
    ) as u(ward, unit, first_n, size, head, deputy, staff)
cross join generate_series(1, u.size) as i;

-- An Hải's Phòng Kinh tế: number 54 left on 01/02/2026, number 32 took the post that day
insert into demo_staff (ward, n, unit, position, in_post_from, in_post_to)
values ('an-hai', 54, 'kinh-te', 'Chuyên viên', date '2025-07-01', date '2026-02-01');
update demo_staff set in_post_from = date '2026-02-01' where ward = 'an-hai' and n = 32;

-- made-up names, distinct within each ward (Trung Thành's numbered from 101 for other names)
update demo_staff set full_name =
    (array['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ',
           'Ngô', 'Dương', 'Lý'])[(n + case when ward = 'an-hai' then 0 else 100 end) * 7 % 16 + 1]
    || ' ' ||
    (array['Văn An', 'Thị Bình', 'Minh Châu', 'Văn Dũng', 'Thị Giang', 'Thu Hà', 'Văn Hải', 'Thị Hạnh',
           'Minh Hiếu', 'Thị Hoa', 'Văn Hùng', 'Thị Hương', 'Quốc Khánh', 'Thị Lan', 'Thùy Linh', 'Văn Long',
           'Thị Mai', 'Quang Minh', 'Hoài Nam', 'Thị Nga', 'Hồng Nhung', 'Văn Phúc', 'Thị Phương', 'Minh Quân',
           'Văn Quang', 'Thanh Sơn', 'Minh Tâm', 'Thu Thảo', 'Thị Trang', 'Anh Tuấn',
           'Hải Yến'])[(n + case when ward = 'an-hai' then 0 else 100 end) * 11 % 31 + 1];

insert into staff_member (ward_id, unit_id, full_name, position, in_post_from, in_post_to, note)
select w.id, u.id, d.full_name, d.position, d.in_post_from, d.in_post_to,
       case when d.in_post_to is not null then 'Chuyển công tác'
            when d.in_post_from > date '2025-07-01' then 'Tiếp nhận thay người chuyển công tác' end
from demo_staff d
join ward w on w.code = d.ward
join unit u on u.ward_id = w.id and u.code = d.unit
order by d.ward, d.n;

-- Tập huấn, bồi dưỡng ---------------------------------------------------------------------------

create temporary table demo_event (
    ward          varchar(50),
    code          varchar(10),
    held_on       date,
    title         varchar(500),
    organiser     varchar(300),
    format        varchar(10),
    programme     varchar(30),
    certificates  integer,
    note          varchar(2000)
) on commit drop;

insert into demo_event values
    ('an-hai', 'A1', date '2025-09-18',
     'Hội nghị tập huấn hướng dẫn sử dụng trí tuệ nhân tạo (AI), ChatGPT và nền tảng “Bình dân học vụ số” phục vụ hành chính văn phòng',
     'UBND phường An Hải', 'IN_PERSON', 'AI', 0, null),
    ('an-hai', 'A2', date '2025-10-07',
     'Lớp tập huấn về công tác quản lý đầu tư ứng dụng công nghệ thông tin, chuyển đổi số sử dụng ngân sách nhà nước',
     'Sở Khoa học và Công nghệ thành phố Đà Nẵng', 'ONLINE', 'DIGITAL_SKILLS', 0, null),
    ('an-hai', 'A3', date '2025-10-15', 'Lớp bồi dưỡng an ninh mạng',
     'Công an thành phố Đà Nẵng phối hợp VNPT Đà Nẵng', 'IN_PERSON', 'INFORMATION_SECURITY', 1,
     'Được cấp giấy chứng nhận của thành phố'),
    ('an-hai', 'A4', date '2025-10-28',
     'Tập huấn bồi dưỡng nghiệp vụ thông tin cơ sở trên nền tảng học trực tuyến (MOOCS) - One Touch',
     null, 'ONLINE', 'OTHER', 0, null),
    ('an-hai', 'A5', date '2025-11-05',
     'Tập huấn triển khai Bộ chỉ số đánh giá chất lượng phục vụ theo Quyết định 766/QĐ-TTg, công tác kiểm soát thủ tục hành chính và phần mềm một cửa điện tử',
     'UBND phường An Hải', 'IN_PERSON', 'DIGITAL_SKILLS', 0, null),
    ('an-hai', 'A6', date '2025-11-13',
     'Hội nghị tập huấn cho Tổ trưởng, Tổ phó 247 Tổ công nghệ số cộng đồng về Cổng học trực tuyến “Bình dân học vụ số”, “Bình dân học AI”, nền tảng số và an toàn trên không gian mạng',
     'UBND phường An Hải phối hợp Trung tâm Giám sát, điều hành thông minh Đà Nẵng', 'IN_PERSON',
     'DIGITAL_LITERACY', 0, 'Chia thành 02 buổi, ngày 13 và 14/11/2025, tại Hội trường UBND phường'),
    ('an-hai', 'A7', date '2026-03-24',
     'Hướng dẫn đoàn viên, học sinh học tập trên nền tảng “Bình dân học vụ số”',
     'Đoàn Thanh niên phường An Hải', 'BOTH', 'DIGITAL_LITERACY', 0, null),
    ('an-hai', 'A8', date '2026-06-16',
     'Tập huấn an toàn thông tin, phòng chống lừa đảo trực tuyến cho cán bộ, công chức',
     'UBND phường An Hải phối hợp Công an phường', 'IN_PERSON', 'INFORMATION_SECURITY', 0, null),
    ('trung-thanh', 'T1', date '2025-08-20',
     'Hội nghị tập huấn nâng cao kỹ năng số cho cán bộ, công chức, viên chức',
     'UBND phường Trung Thành', 'IN_PERSON', 'DIGITAL_SKILLS', 0, null),
    ('trung-thanh', 'T2', date '2025-11-12',
     'Hội nghị tập huấn ứng dụng trí tuệ nhân tạo (AI) trong giải quyết công việc',
     'UBND phường Trung Thành', 'IN_PERSON', 'AI', 0, null),
    ('trung-thanh', 'T3', date '2026-03-18', 'Hội nghị tập huấn nghiệp vụ cải cách hành chính',
     'UBND phường Trung Thành', 'IN_PERSON', 'OTHER', 0, null),
    ('trung-thanh', 'T4', date '2026-05-21',
     'Hội nghị tập huấn hướng dẫn học tập trên nền tảng “Bình dân học vụ số”',
     'UBND phường Trung Thành', 'BOTH', 'DIGITAL_LITERACY', 30,
     'Giấy chứng nhận hoàn thành khóa học cấp trên nền tảng'),
    ('trung-thanh', 'T5', date '2026-04-10',
     'Tập huấn nâng cao kỹ năng số cho Tổ công nghệ số cộng đồng và người dân',
     'UBND phường Trung Thành', 'IN_PERSON', 'DIGITAL_LITERACY', 0, null),
    ('trung-thanh', 'T6', date '2026-07-15',
     'Phát động đợt cao điểm cấp chữ ký số công cộng, hướng dẫn người dân sử dụng',
     'UBND phường Trung Thành phối hợp Công an phường', 'IN_PERSON', 'DIGITAL_SKILLS', 0, null);

insert into training_event (ward_id, held_on, title, organiser, format, programme, certificates_issued, note)
select w.id, e.held_on, e.title, e.organiser, e.format, e.programme, e.certificates, e.note
from demo_event e join ward w on w.code = e.ward
order by e.ward, e.code;

-- who of the staff attended, by number ranges
insert into training_attendance (ward_id, training_event_id, staff_member_id)
select w.id, t.id, s.id
from (values
    ('an-hai', 'A1', 1, 30), ('an-hai', 'A1', 54, 54),
    ('an-hai', 'A2', 16, 25),
    ('an-hai', 'A3', 45, 45),
    ('an-hai', 'A4', 33, 34), ('an-hai', 'A4', 46, 46),
    ('an-hai', 'A5', 45, 50), ('an-hai', 'A5', 1, 2),
    ('an-hai', 'A8', 32, 32), ('an-hai', 'A8', 35, 37),
    ('trung-thanh', 'T1', 1, 40),
    ('trung-thanh', 'T2', 1, 20), ('trung-thanh', 'T2', 30, 47),
    ('trung-thanh', 'T3', 1, 35),
    ('trung-thanh', 'T4', 2, 38)
    ) as a(ward, code, first_n, last_n)
join demo_event e on e.ward = a.ward and e.code = a.code
join ward w on w.code = a.ward
join training_event t on t.ward_id = w.id and t.title = e.title
join demo_staff d on d.ward = a.ward and d.n between a.first_n and a.last_n
join staff_member s on s.ward_id = w.id and s.full_name = d.full_name;

-- the STAFF count of each event is the number on its attendance list
insert into training_participants (ward_id, training_event_id, target_group, participants)
select a.ward_id, a.training_event_id, 'STAFF', count(*)
from training_attendance a
group by a.ward_id, a.training_event_id;

-- the other groups, as the seeds count them (A7 and the teams' 98 of T5 are made up)
insert into training_participants (ward_id, training_event_id, target_group, participants)
select w.id, t.id, p.target_group, p.participants
from (values
    ('an-hai', 'A6', 'COMMUNITY_TEAMS', 312),
    ('an-hai', 'A7', 'PUPILS', 180), ('an-hai', 'A7', 'RESIDENTS', 45),
    ('trung-thanh', 'T5', 'COMMUNITY_TEAMS', 98), ('trung-thanh', 'T5', 'RESIDENTS', 210),
    ('trung-thanh', 'T6', 'RESIDENTS', 320)
    ) as p(ward, code, target_group, participants)
join demo_event e on e.ward = p.ward and e.code = p.code
join ward w on w.code = p.ward
join training_event t on t.ward_id = w.id and t.title = e.title;
