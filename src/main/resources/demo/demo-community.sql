-- Community digital-technology teams and the "Tổ dân phố số" assessment of the demo wards (issue 6).
-- Runs after demo-data.sql (wards, residential groups) in the same transaction; rows are found by
-- ward and group codes, never by id. Group n is tdp-001 … tdp-247 (an-hai), tdp-01 … tdp-49 (trung-thanh).
--
-- an-hai: 247 teams, one per residential group (seed 000), founded 01/3 – 29/4/2025; each with a
--   head (joined the day the team was founded) and 2 + n mod 3 members, of whom those with
--   (n + k) mod 17 = 0 left on 31/3/2026; 1 + n mod 3 activities each between 10/5/2025 and 10/11/2026.
-- trung-thanh: 46 teams, for every group but tdp-07, tdp-21 and tdp-35, founded in
--   July 2025, with members and activities made the same way.
-- Checklist: five criteria in an-hai, four in trung-thanh (no DVC). Assessment 2026S1, every answer
--   given:
--   an-hai, all 247 groups: TCN met by all; VNEID not met where n mod 5 = 0, ZALO where n mod 4 = 0,
--     QR where n mod 3 = 0, DVC where n mod 7 = 0. Meeting all: n in 1..247 divisible by none of
--     3, 4, 5, 7 → 247 − (82 + 61 + 49 + 35) + (20 + 16 + 11 + 12 + 8 + 7) − (4 + 2 + 2 + 1) + 0 = 85.
--   trung-thanh, groups 1..45 (46..49 not yet assessed): TCN met where the group has a team; VNEID not
--     met where n mod 3 = 0, ZALO where n mod 4 = 0, QR where n mod 2 = 0. Meeting all: n in 1..45,
--     odd, not divisible by 3, not 7, 21 or 35 → odd: 23; odd and divisible by 3: 8 → 15; of those
--     7 and 35 are divisible by 7 (21 already out) → 13.

-- Teams -------------------------------------------------------------------------------------------

insert into community_team (ward_id, residential_group_id, name, founded_on, note)
select g.ward_id, g.id, 'Tổ công nghệ số cộng đồng tổ dân phố ' || n,
       date '2025-03-01' + (n % 60),
       case when n % 50 = 1 then 'Ra mắt theo Quyết định của UBND phường về kiện toàn Tổ công nghệ số cộng đồng' end
from residential_group g
join ward w on w.id = g.ward_id
cross join lateral (select cast(substring(g.code from 5) as int) as n) x
where w.code = 'an-hai';

insert into community_team (ward_id, residential_group_id, name, founded_on)
select g.ward_id, g.id, 'Tổ công nghệ số cộng đồng tổ dân phố ' || n, date '2025-07-01' + (n % 28)
from residential_group g
join ward w on w.id = g.ward_id
cross join lateral (select cast(substring(g.code from 5) as int) as n) x
where w.code = 'trung-thanh' and n not in (7, 21, 35);

-- Members: the head, then 2 to 4 members; names from common family, middle and given names ----------

insert into community_team_member (ward_id, team_id, full_name, role, phone, joined_on)
select t.ward_id, t.id,
       (array['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Võ', 'Đặng', 'Bùi'])[1 + (n * 7) % 10]
           || ' ' || (array['Văn', 'Thị', 'Minh', 'Thanh', 'Ngọc', 'Đức'])[1 + (n * 5) % 6]
           || ' ' || (array['An', 'Bình', 'Chi', 'Dũng', 'Hà', 'Hải', 'Hoa', 'Hùng', 'Lan', 'Long', 'Mai', 'Nam',
                            'Phúc', 'Quân', 'Thảo', 'Trang', 'Tuấn', 'Vy'])[1 + (n * 11) % 18],
       'HEAD',
       case when w.code = 'an-hai' then '0905 ' else '0208 ' end || lpad(cast((n * 7919) % 1000000 as text), 6, '0'),
       t.founded_on
from community_team t
join residential_group g on g.id = t.residential_group_id
join ward w on w.id = t.ward_id
cross join lateral (select cast(substring(g.code from 5) as int) as n) x
where w.code in ('an-hai', 'trung-thanh');

insert into community_team_member (ward_id, team_id, full_name, role, phone, joined_on, left_on)
select t.ward_id, t.id,
       (array['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Võ', 'Đặng', 'Bùi'])[1 + (n * 3 + k * 7) % 10]
           || ' ' || (array['Văn', 'Thị', 'Minh', 'Thanh', 'Ngọc', 'Đức'])[1 + (n + k * 5) % 6]
           || ' ' || (array['An', 'Bình', 'Chi', 'Dũng', 'Hà', 'Hải', 'Hoa', 'Hùng', 'Lan', 'Long', 'Mai', 'Nam',
                            'Phúc', 'Quân', 'Thảo', 'Trang', 'Tuấn', 'Vy'])[1 + (n * 13 + k * 5) % 18],
       'MEMBER',
       case when k = 2 then null
            else case when w.code = 'an-hai' then '0935 ' else '0912 ' end
                 || lpad(cast((n * 104729 + k * 7907) % 1000000 as text), 6, '0') end,
       t.founded_on + k * 3,
       case when (n + k) % 17 = 0 then date '2026-03-31' end
from community_team t
join residential_group g on g.id = t.residential_group_id
join ward w on w.id = t.ward_id
cross join lateral (select cast(substring(g.code from 5) as int) as n) x
cross join lateral generate_series(1, 2 + n % 3) as k
where w.code in ('an-hai', 'trung-thanh');

-- Activities, 2025-2026 ----------------------------------------------------------------------------

insert into community_team_activity (ward_id, team_id, held_on, description, residents_helped)
select t.ward_id, t.id,
       greatest(t.founded_on, date '2025-05-10' + (n * 37 + k * 101) % 550),
       (array['Hướng dẫn người dân cài đặt, kích hoạt tài khoản định danh điện tử VNeID mức 2',
              'Hỗ trợ người dân nộp hồ sơ dịch vụ công trực tuyến tại nhà văn hóa tổ dân phố',
              'Hướng dẫn tiểu thương thanh toán không dùng tiền mặt bằng mã QR',
              'Tuyên truyền kỹ năng số, cách phòng tránh lừa đảo trên không gian mạng',
              'Hỗ trợ cài đặt ứng dụng Sổ sức khỏe điện tử trên VNeID'])[1 + (n + k) % 5],
       5 + (n * 11 + k * 7) % 36
from community_team t
join residential_group g on g.id = t.residential_group_id
join ward w on w.id = t.ward_id
cross join lateral (select cast(substring(g.code from 5) as int) as n) x
cross join lateral generate_series(1, 1 + n % 3) as k
where w.code in ('an-hai', 'trung-thanh');

-- The "Tổ dân phố số" checklist ---------------------------------------------------------------------

insert into digital_group_criterion (ward_id, code, name, sort_order)
select w.id, c.code, c.name, c.sort_order
from ward w cross join (values
    ('TCN', 'Có Tổ công nghệ số cộng đồng hoạt động thường xuyên, có nhật ký hoạt động', 1),
    ('VNEID', 'Từ 80% người dân từ 14 tuổi trở lên có tài khoản định danh điện tử mức 2 (VNeID)', 2),
    ('ZALO', 'Có nhóm Zalo của tổ dân phố để thông tin và tiếp nhận phản ánh của người dân', 3),
    ('QR', 'Từ 70% cơ sở kinh doanh trên địa bàn nhận thanh toán bằng mã QR', 4),
    ('DVC', 'Từ 50% hồ sơ thủ tục hành chính của người dân trong tổ được nộp trực tuyến', 5)
    ) as c(code, name, sort_order)
where w.code = 'an-hai' or (w.code = 'trung-thanh' and c.code <> 'DVC');

-- Assessment 2026S1 ---------------------------------------------------------------------------------

insert into digital_group_assessment (ward_id, residential_group_id, period, criterion_id, met, note,
                                      assessed_by, assessed_at)
select g.ward_id, g.id, '2026S1', c.id,
       case c.code
           when 'TCN' then exists (select 1 from community_team t where t.residential_group_id = g.id)
           when 'VNEID' then n % (case when w.code = 'an-hai' then 5 else 3 end) <> 0
           when 'ZALO' then n % 4 <> 0
           when 'QR' then n % (case when w.code = 'an-hai' then 3 else 2 end) <> 0
           when 'DVC' then n % 7 <> 0
       end,
       case when n % 10 = 0 then 'Đánh giá cùng Ban điều hành tổ dân phố ngày 26/6/2026' end,
       case when w.code = 'an-hai' then 'canbo.anhai' else 'canbo.trungthanh' end,
       timestamptz '2026-06-26 16:00+07'
from residential_group g
join ward w on w.id = g.ward_id
join digital_group_criterion c on c.ward_id = g.ward_id
cross join lateral (select cast(substring(g.code from 5) as int) as n) x
where w.code = 'an-hai' or (w.code = 'trung-thanh' and n <= 45);
