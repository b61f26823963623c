-- Demo data modelled on the seed reports. Every user's password is "ward57-demo" (BCrypt).
insert into province (code, name) values
    ('da-nang', 'Thành phố Đà Nẵng'),
    ('thai-nguyen', 'Tỉnh Thái Nguyên');

insert into ward (province_id, code, name)
select id, 'an-hai', 'Phường An Hải' from province where code = 'da-nang';
insert into ward (province_id, code, name)
select id, 'trung-thanh', 'Phường Trung Thành' from province where code = 'thai-nguyen';

insert into unit (ward_id, code, name)
select w.id, u.code, u.name
from ward w cross join (values
    ('vp-hdnd-ubnd', 'Văn phòng HĐND và UBND'),
    ('kinh-te', 'Phòng Kinh tế, Hạ tầng và Đô thị'),
    ('van-hoa-xa-hoi', 'Phòng Văn hóa - Xã hội'),
    ('pvhcc', 'Trung tâm Phục vụ hành chính công'),
    ('cong-an', 'Công an phường'),
    ('quan-su', 'Ban Chỉ huy Quân sự')) as u(code, name)
where w.code in ('an-hai', 'trung-thanh');

-- An Hải has 247 community digital-technology teams, one per residential group (seed 000);
-- Trung Thành has 49 residential groups (seed 004).
insert into residential_group (ward_id, code, name, households)
select w.id, 'tdp-' || lpad(n::text, 3, '0'), 'Tổ dân phố ' || n, 80 + (n * 37) % 120
from ward w cross join generate_series(1, 247) as n
where w.code = 'an-hai';
insert into residential_group (ward_id, code, name, households)
select w.id, 'tdp-' || lpad(n::text, 2, '0'), 'Tổ dân phố ' || n, 60 + (n * 53) % 150
from ward w cross join generate_series(1, 49) as n
where w.code = 'trung-thanh';

-- Staffing as seed 002 states it: 15/15, 17/18, 12/12, 6/6, 3/3 (54 allotted, 53 filled).
insert into staffing (ward_id, unit_id, year, allotted, filled, note)
select u.ward_id, u.id, y, s.allotted, s.filled, s.note
from unit u join ward w on w.id = u.ward_id
join (values
    ('vp-hdnd-ubnd', 15, 15, null),
    ('kinh-te', 18, 17, 'Chờ tuyển dụng 01 công chức'),
    ('van-hoa-xa-hoi', 12, 12, null),
    ('pvhcc', 6, 6, null),
    ('quan-su', 3, 3, null)) as s(code, allotted, filled, note) on s.code = u.code
cross join (values (2025), (2026)) as years(y)
where w.code = 'an-hai';

-- Trung Thành: seed 004 (Phụ lục VII) gives 55 positions allotted; the split by unit and the 52 filled
-- are made up.
insert into staffing (ward_id, unit_id, year, allotted, filled, note)
select u.ward_id, u.id, y, s.allotted, s.filled, s.note
from unit u join ward w on w.id = u.ward_id
join (values
    ('vp-hdnd-ubnd', 15, 14, 'Chờ tuyển dụng 01 công chức'),
    ('kinh-te', 16, 15, 'Chờ tuyển dụng 01 công chức'),
    ('van-hoa-xa-hoi', 13, 12, 'Chờ tuyển dụng 01 công chức'),
    ('pvhcc', 8, 8, null),
    ('quan-su', 3, 3, null)) as s(code, allotted, filled, note) on s.code = u.code
cross join (values (2025), (2026)) as years(y)
where w.code = 'trung-thanh';

insert into app_user (username, password_hash, full_name, role, ward_id, unit_id) values
    ('admin', '{bcrypt}$2a$10$yV4RPkpW.R68xwx9mEOgZuORIy2H3/s5yxoFwo0s1D410DCXLKMqa', 'Quản trị Sở KH&CN', 'SYSTEM_ADMIN', null, null);
insert into user_province (user_id, province_id)
select u.id, p.id from app_user u cross join province p
where u.username = 'admin' and p.code in ('da-nang', 'thai-nguyen');

insert into app_user (username, password_hash, full_name, role, ward_id)
select x.username, '{bcrypt}$2a$10$yV4RPkpW.R68xwx9mEOgZuORIy2H3/s5yxoFwo0s1D410DCXLKMqa', x.full_name, x.role, w.id
from (values
    ('lanhdao.anhai', 'Lê Văn Hùng', 'WARD_LEADER', 'an-hai'),
    ('canbo.anhai', 'Nguyễn Thị Lan', 'WARD_OFFICER', 'an-hai'),
    ('canbo.trungthanh', 'Trần Minh Đức', 'WARD_OFFICER', 'trung-thanh')) as x(username, full_name, role, ward)
join ward w on w.code = x.ward;

-- Trung Thành's leader, and the officers of the units that report the indicators (issue 5), each
-- limited to their unit
insert into app_user (username, password_hash, full_name, role, ward_id, unit_id)
select x.username, '{bcrypt}$2a$10$yV4RPkpW.R68xwx9mEOgZuORIy2H3/s5yxoFwo0s1D410DCXLKMqa', x.full_name, x.role, w.id, u.id
from (values
    ('lanhdao.trungthanh', 'Vũ Thị Hương', 'WARD_LEADER', 'trung-thanh', null),
    ('congan.anhai', 'Phan Quốc Bảo', 'WARD_OFFICER', 'an-hai', 'cong-an'),
    ('vhxh.anhai', 'Trương Thị Mai', 'WARD_OFFICER', 'an-hai', 'van-hoa-xa-hoi'),
    ('congan.trungthanh', 'Đinh Văn Khải', 'WARD_OFFICER', 'trung-thanh', 'cong-an'),
    ('vhxh.trungthanh', 'Hà Thị Thu', 'WARD_OFFICER', 'trung-thanh', 'van-hoa-xa-hoi')) as x(username, full_name, role, ward, unit)
join ward w on w.code = x.ward
left join unit u on u.ward_id = w.id and u.code = x.unit;
