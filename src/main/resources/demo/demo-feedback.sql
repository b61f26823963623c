-- Phản ánh, kiến nghị (issue 7): the default categories and a few items a year of each demo ward.
-- Due dates are received + the category's working days (ward57.holidays); handled = received + the
-- working days in the comment. Names and phones are only on items taken in by hand (none here).
-- An Hải 1/1–20/11/2026: received 8; handled 5 (0001, 0002, 0004, 0005 on time, 0003 late) → 80,00 %;
-- backlog at 20/11: 0006, 0007, 0008 = 3, overdue 0006 (23/9), 0007 (2/11) = 2 (FeedbackPageTest).

insert into feedback_category (ward_id, code, name, deadline_days) select id, 'DAT-DAI', 'Đất đai, xây dựng', 10 from ward where code = 'an-hai';
insert into feedback_category (ward_id, code, name, deadline_days) select id, 'MOI-TRUONG', 'Môi trường, vệ sinh', 7 from ward where code = 'an-hai';
insert into feedback_category (ward_id, code, name, deadline_days) select id, 'HA-TANG', 'Hạ tầng, giao thông, chiếu sáng', 10 from ward where code = 'an-hai';
insert into feedback_category (ward_id, code, name, deadline_days) select id, 'TRAT-TU', 'An ninh, trật tự', 5 from ward where code = 'an-hai';
insert into feedback_category (ward_id, code, name, deadline_days) select id, 'THU-TUC', 'Thủ tục hành chính, dịch vụ công', 5 from ward where code = 'an-hai';
insert into feedback_category (ward_id, code, name, deadline_days) select id, 'KHAC', 'Khác', 10 from ward where code = 'an-hai';
insert into feedback_category (ward_id, code, name, deadline_days) select id, 'DAT-DAI', 'Đất đai, xây dựng', 10 from ward where code = 'trung-thanh';
insert into feedback_category (ward_id, code, name, deadline_days) select id, 'MOI-TRUONG', 'Môi trường, vệ sinh', 7 from ward where code = 'trung-thanh';
insert into feedback_category (ward_id, code, name, deadline_days) select id, 'HA-TANG', 'Hạ tầng, giao thông, chiếu sáng', 10 from ward where code = 'trung-thanh';
insert into feedback_category (ward_id, code, name, deadline_days) select id, 'TRAT-TU', 'An ninh, trật tự', 5 from ward where code = 'trung-thanh';
insert into feedback_category (ward_id, code, name, deadline_days) select id, 'THU-TUC', 'Thủ tục hành chính, dịch vụ công', 5 from ward where code = 'trung-thanh';
insert into feedback_category (ward_id, code, name, deadline_days) select id, 'KHAC', 'Khác', 10 from ward where code = 'trung-thanh';
-- the Resolution-57 area's category (issue 20): the report's PAKN section counts only those marked, by name
insert into feedback_category (ward_id, code, name, deadline_days) select id, 'KHCN-CDS', 'Khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số', 10 from ward where code in ('an-hai', 'trung-thanh');
update feedback_category set nq57_area = true where name = 'Khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số';

-- PA-2026-0001 an-hai: due 2026-01-21, handled 2026-01-19 (on time)
insert into feedback_item (ward_id, code, channel, received_on, received_at, category_id, content, address, unit_id, due_on, state, answer, answered_on, closed_on, satisfied, transferred_to, published_at, published_by, updated_at)
select w.id, 'PA-2026-0001', 'NATIONAL_SYSTEM', '2026-01-12', timestamptz '2026-01-12 09:00:00+07', c.id, 'Nước thải từ quán ăn chảy ra đường kiệt 12 Lê Lợi', 'Kiệt 12 Lê Lợi', (select u.id from unit u where u.ward_id = w.id and u.code = 'van-hoa-xa-hoi'), '2026-01-21', 'CLOSED', 'Đã kiểm tra và xử lý; kết quả đã thông báo cho người phản ánh.', '2026-01-19', '2026-01-21', true, null, timestamptz '2026-01-19 16:00:00+07', 'system', timestamptz '2026-01-19 16:00:00+07'
from ward w join feedback_category c on c.ward_id = w.id and c.code = 'MOI-TRUONG' where w.code = 'an-hai';
insert into feedback_history (ward_id, item_id, from_state, to_state, changed_by, changed_at, note)
select f.ward_id, f.id, null, 'RECEIVED', 'system', f.received_at, null from feedback_item f join ward w on w.id = f.ward_id where w.code = 'an-hai' and f.code = 'PA-2026-0001';
-- PA-2026-0002 an-hai: due 2026-02-24, handled 2026-02-23 (on time)
insert into feedback_item (ward_id, code, channel, received_on, received_at, category_id, content, address, unit_id, due_on, state, answer, answered_on, closed_on, satisfied, transferred_to, published_at, published_by, updated_at)
select w.id, 'PA-2026-0002', 'HOTLINE_APP', '2026-02-03', timestamptz '2026-02-03 09:00:00+07', c.id, 'Đèn đường hỏng trên đường Ngô Quyền đoạn trước chợ', 'Đường Ngô Quyền', (select u.id from unit u where u.ward_id = w.id and u.code = 'kinh-te'), '2026-02-24', 'CLOSED', 'Đã kiểm tra và xử lý; kết quả đã thông báo cho người phản ánh.', '2026-02-23', '2026-02-25', true, null, timestamptz '2026-02-23 16:00:00+07', 'system', timestamptz '2026-02-23 16:00:00+07'
from ward w join feedback_category c on c.ward_id = w.id and c.code = 'HA-TANG' where w.code = 'an-hai';
insert into feedback_history (ward_id, item_id, from_state, to_state, changed_by, changed_at, note)
select f.ward_id, f.id, null, 'RECEIVED', 'system', f.received_at, null from feedback_item f join ward w on w.id = f.ward_id where w.code = 'an-hai' and f.code = 'PA-2026-0002';
-- PA-2026-0003 an-hai: due 2026-03-23, handled 2026-03-27 (late)
insert into feedback_item (ward_id, code, channel, received_on, received_at, category_id, content, address, unit_id, due_on, state, answer, answered_on, closed_on, satisfied, transferred_to, published_at, published_by, updated_at)
select w.id, 'PA-2026-0003', 'IN_PERSON', '2026-03-09', timestamptz '2026-03-09 09:00:00+07', c.id, 'Công trình xây dựng lấn chiếm vỉa hè tại tổ 15', 'Tổ dân phố 15', (select u.id from unit u where u.ward_id = w.id and u.code = 'kinh-te'), '2026-03-23', 'ANSWERED', 'Đã kiểm tra và xử lý; kết quả đã thông báo cho người phản ánh.', '2026-03-27', null, null, null, null, null, timestamptz '2026-03-27 16:00:00+07'
from ward w join feedback_category c on c.ward_id = w.id and c.code = 'DAT-DAI' where w.code = 'an-hai';
insert into feedback_history (ward_id, item_id, from_state, to_state, changed_by, changed_at, note)
select f.ward_id, f.id, null, 'RECEIVED', 'system', f.received_at, null from feedback_item f join ward w on w.id = f.ward_id where w.code = 'an-hai' and f.code = 'PA-2026-0003';
-- PA-2026-0004 an-hai: due 2026-04-13, handled 2026-04-09 (on time)
insert into feedback_item (ward_id, code, channel, received_on, received_at, category_id, content, address, unit_id, due_on, state, answer, answered_on, closed_on, satisfied, transferred_to, published_at, published_by, updated_at)
select w.id, 'PA-2026-0004', 'LETTER', '2026-04-06', timestamptz '2026-04-06 09:00:00+07', c.id, 'Đề nghị hướng dẫn thủ tục cấp bản sao trích lục khai sinh trực tuyến', null, (select u.id from unit u where u.ward_id = w.id and u.code = 'pvhcc'), '2026-04-13', 'ANSWERED', 'Đã kiểm tra và xử lý; kết quả đã thông báo cho người phản ánh.', '2026-04-09', null, null, null, null, null, timestamptz '2026-04-09 16:00:00+07'
from ward w join feedback_category c on c.ward_id = w.id and c.code = 'THU-TUC' where w.code = 'an-hai';
insert into feedback_history (ward_id, item_id, from_state, to_state, changed_by, changed_at, note)
select f.ward_id, f.id, null, 'RECEIVED', 'system', f.received_at, null from feedback_item f join ward w on w.id = f.ward_id where w.code = 'an-hai' and f.code = 'PA-2026-0004';
-- PA-2026-0005 an-hai: due 2026-05-25, handled 2026-05-22 (on time)
insert into feedback_item (ward_id, code, channel, received_on, received_at, category_id, content, address, unit_id, due_on, state, answer, answered_on, closed_on, satisfied, transferred_to, published_at, published_by, updated_at)
select w.id, 'PA-2026-0005', 'HOTLINE_APP', '2026-05-18', timestamptz '2026-05-18 09:00:00+07', c.id, 'Tụ tập gây ồn ào sau 23 giờ ở công viên ven sông', 'Công viên ven sông', (select u.id from unit u where u.ward_id = w.id and u.code = 'cong-an'), '2026-05-25', 'TRANSFERRED', null, '2026-05-22', null, null, 'Công an thành phố', timestamptz '2026-05-22 16:00:00+07', 'system', timestamptz '2026-05-22 16:00:00+07'
from ward w join feedback_category c on c.ward_id = w.id and c.code = 'TRAT-TU' where w.code = 'an-hai';
insert into feedback_history (ward_id, item_id, from_state, to_state, changed_by, changed_at, note)
select f.ward_id, f.id, null, 'RECEIVED', 'system', f.received_at, null from feedback_item f join ward w on w.id = f.ward_id where w.code = 'an-hai' and f.code = 'PA-2026-0005';
-- PA-2026-0006 an-hai: due 2026-09-23, open
insert into feedback_item (ward_id, code, channel, received_on, received_at, category_id, content, address, unit_id, due_on, state, answer, answered_on, closed_on, satisfied, transferred_to, published_at, published_by, updated_at)
select w.id, 'PA-2026-0006', 'PUBLIC_FORM', '2026-09-14', timestamptz '2026-09-14 09:00:00+07', c.id, 'Rác tồn đọng ở đầu kiệt 30 nhiều ngày chưa thu gom', 'Kiệt 30 Trần Phú', (select u.id from unit u where u.ward_id = w.id and u.code = 'van-hoa-xa-hoi'), '2026-09-23', 'IN_PROGRESS', null, null, null, null, null, timestamptz '2026-09-14 16:00:00+07', 'system', timestamptz '2026-09-14 16:00:00+07'
from ward w join feedback_category c on c.ward_id = w.id and c.code = 'MOI-TRUONG' where w.code = 'an-hai';
insert into feedback_history (ward_id, item_id, from_state, to_state, changed_by, changed_at, note)
select f.ward_id, f.id, null, 'RECEIVED', 'system', f.received_at, null from feedback_item f join ward w on w.id = f.ward_id where w.code = 'an-hai' and f.code = 'PA-2026-0006';
-- PA-2026-0007 an-hai: due 2026-11-02, open
insert into feedback_item (ward_id, code, channel, received_on, received_at, category_id, content, address, unit_id, due_on, state, answer, answered_on, closed_on, satisfied, transferred_to, published_at, published_by, updated_at)
select w.id, 'PA-2026-0007', 'NATIONAL_SYSTEM', '2026-10-19', timestamptz '2026-10-19 09:00:00+07', c.id, 'Hố ga mất nắp trên đường Trần Phú, nguy hiểm cho người đi đường', 'Đường Trần Phú', (select u.id from unit u where u.ward_id = w.id and u.code = 'kinh-te'), '2026-11-02', 'ASSIGNED', null, null, null, null, null, timestamptz '2026-10-19 16:00:00+07', 'system', timestamptz '2026-10-19 16:00:00+07'
from ward w join feedback_category c on c.ward_id = w.id and c.code = 'HA-TANG' where w.code = 'an-hai';
insert into feedback_history (ward_id, item_id, from_state, to_state, changed_by, changed_at, note)
select f.ward_id, f.id, null, 'RECEIVED', 'system', f.received_at, null from feedback_item f join ward w on w.id = f.ward_id where w.code = 'an-hai' and f.code = 'PA-2026-0007';
-- PA-2026-0008 an-hai: due 2026-11-30, open
insert into feedback_item (ward_id, code, channel, received_on, received_at, category_id, content, address, unit_id, due_on, state, answer, answered_on, closed_on, satisfied, transferred_to, published_at, published_by, updated_at)
select w.id, 'PA-2026-0008', 'IN_PERSON', '2026-11-16', timestamptz '2026-11-16 09:00:00+07', c.id, 'Đề nghị bố trí thêm ghế chờ tại bộ phận một cửa', null, null, '2026-11-30', 'RECEIVED', null, null, null, null, null, null, null, timestamptz '2026-11-16 16:00:00+07'
from ward w join feedback_category c on c.ward_id = w.id and c.code = 'KHAC' where w.code = 'an-hai';
insert into feedback_history (ward_id, item_id, from_state, to_state, changed_by, changed_at, note)
select f.ward_id, f.id, null, 'RECEIVED', 'system', f.received_at, null from feedback_item f join ward w on w.id = f.ward_id where w.code = 'an-hai' and f.code = 'PA-2026-0008';
-- PA-2026-0001 trung-thanh: due 2026-03-11, handled 2026-03-10 (on time)
insert into feedback_item (ward_id, code, channel, received_on, received_at, category_id, content, address, unit_id, due_on, state, answer, answered_on, closed_on, satisfied, transferred_to, published_at, published_by, updated_at)
select w.id, 'PA-2026-0001', 'HOTLINE_APP', '2026-03-02', timestamptz '2026-03-02 09:00:00+07', c.id, 'Khói từ lò đốt rác tự phát gần trường tiểu học', 'Tổ dân phố 07', (select u.id from unit u where u.ward_id = w.id and u.code = 'van-hoa-xa-hoi'), '2026-03-11', 'CLOSED', 'Đã kiểm tra và xử lý; kết quả đã thông báo cho người phản ánh.', '2026-03-10', '2026-03-12', false, null, timestamptz '2026-03-10 16:00:00+07', 'system', timestamptz '2026-03-10 16:00:00+07'
from ward w join feedback_category c on c.ward_id = w.id and c.code = 'MOI-TRUONG' where w.code = 'trung-thanh';
insert into feedback_history (ward_id, item_id, from_state, to_state, changed_by, changed_at, note)
select f.ward_id, f.id, null, 'RECEIVED', 'system', f.received_at, null from feedback_item f join ward w on w.id = f.ward_id where w.code = 'trung-thanh' and f.code = 'PA-2026-0001';
-- PA-2026-0002 trung-thanh: due 2026-06-29, open
insert into feedback_item (ward_id, code, channel, received_on, received_at, category_id, content, address, unit_id, due_on, state, answer, answered_on, closed_on, satisfied, transferred_to, published_at, published_by, updated_at)
select w.id, 'PA-2026-0002', 'LETTER', '2026-06-15', timestamptz '2026-06-15 09:00:00+07', c.id, 'Tranh chấp ranh giới đất giữa hai hộ ở tổ 21', 'Tổ dân phố 21', (select u.id from unit u where u.ward_id = w.id and u.code = 'kinh-te'), '2026-06-29', 'IN_PROGRESS', null, null, null, null, null, null, null, timestamptz '2026-06-15 16:00:00+07'
from ward w join feedback_category c on c.ward_id = w.id and c.code = 'DAT-DAI' where w.code = 'trung-thanh';
insert into feedback_history (ward_id, item_id, from_state, to_state, changed_by, changed_at, note)
select f.ward_id, f.id, null, 'RECEIVED', 'system', f.received_at, null from feedback_item f join ward w on w.id = f.ward_id where w.code = 'trung-thanh' and f.code = 'PA-2026-0002';
-- PA-2026-0003 trung-thanh: due 2026-11-24, open
insert into feedback_item (ward_id, code, channel, received_on, received_at, category_id, content, address, unit_id, due_on, state, answer, answered_on, closed_on, satisfied, transferred_to, published_at, published_by, updated_at)
select w.id, 'PA-2026-0003', 'PUBLIC_FORM', '2026-11-10', timestamptz '2026-11-10 09:00:00+07', c.id, 'Mặt đường bê tông tổ 33 bị lún sau mưa', 'Tổ dân phố 33', null, '2026-11-24', 'RECEIVED', null, null, null, null, null, timestamptz '2026-11-10 16:00:00+07', 'system', timestamptz '2026-11-10 16:00:00+07'
from ward w join feedback_category c on c.ward_id = w.id and c.code = 'HA-TANG' where w.code = 'trung-thanh';
insert into feedback_history (ward_id, item_id, from_state, to_state, changed_by, changed_at, note)
select f.ward_id, f.id, null, 'RECEIVED', 'system', f.received_at, null from feedback_item f join ward w on w.id = f.ward_id where w.code = 'trung-thanh' and f.code = 'PA-2026-0003';
