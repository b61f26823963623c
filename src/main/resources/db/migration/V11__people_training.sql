-- Cán bộ và tập huấn (issue 6): the ward's staff list with the days each person is in post, the
-- training events (tập huấn, bồi dưỡng) with participants per target group, the per-person
-- attendance of ward staff (so that the share of staff trained in digital skills is exact) and the
-- files kept with an event.

create table staff_member (
    id            bigint generated always as identity primary key,
    ward_id       bigint        not null references ward (id),
    unit_id       bigint        not null references unit (id),
    full_name     varchar(200)  not null collate "vi-VN-x-icu",
    position      varchar(200)  collate "vi-VN-x-icu",
    in_post_from  date          not null,
    -- the first day the person is no longer in post (moved, retired); null while in post
    in_post_to    date,
    note          varchar(1000),
    check (in_post_to is null or in_post_to > in_post_from)
);
create index staff_member_ward_idx on staff_member (ward_id, unit_id);

create table training_event (
    id                   bigint generated always as identity primary key,
    ward_id              bigint        not null references ward (id),
    held_on              date          not null,
    title                varchar(500)  not null collate "vi-VN-x-icu",
    organiser            varchar(300)  collate "vi-VN-x-icu",
    format               varchar(10)   not null check (format in ('IN_PERSON', 'ONLINE', 'BOTH')),
    -- every programme but OTHER counts as digital-skills training (vn.ward57.people.Programme)
    programme            varchar(30)   not null check (programme in
                             ('DIGITAL_LITERACY', 'DIGITAL_SKILLS', 'AI', 'INFORMATION_SECURITY', 'OTHER')),
    certificates_issued  integer       not null default 0 check (certificates_issued >= 0),
    note                 varchar(2000)
);
create index training_event_ward_idx on training_event (ward_id, held_on desc);

-- How many people of each target group took part; for STAFF, once attendance is recorded per
-- person, the number of attendees (kept so by the people module).
create table training_participants (
    ward_id            bigint       not null references ward (id),
    training_event_id  bigint       not null references training_event (id) on delete cascade,
    target_group       varchar(20)  not null check (target_group in ('STAFF', 'COMMUNITY_TEAMS', 'RESIDENTS', 'PUPILS')),
    participants       integer      not null check (participants >= 0),
    primary key (training_event_id, target_group)
);

-- Which of the ward's staff attended; a staff member with attendance cannot be deleted (end their
-- time in post instead), so the share trained of a past date does not change.
create table training_attendance (
    ward_id            bigint  not null references ward (id),
    training_event_id  bigint  not null references training_event (id) on delete cascade,
    staff_member_id    bigint  not null references staff_member (id),
    primary key (training_event_id, staff_member_id)
);
create index training_attendance_staff_idx on training_attendance (staff_member_id);

-- Files kept with an event (invitation, attendance sheet, photos) with their checksum; the size
-- limit is ward57.attachments.max-bytes, applied when the file is received.
create table training_event_file (
    id                 bigint generated always as identity primary key,
    ward_id            bigint        not null references ward (id),
    training_event_id  bigint        not null references training_event (id) on delete cascade,
    file_name          varchar(300)  not null,
    content_type       varchar(100)  not null,
    size_bytes         bigint        not null check (size_bytes > 0),
    sha256             varchar(64)   not null,
    content            bytea         not null,
    uploaded_by        varchar(50)   not null,
    uploaded_at        timestamptz   not null default now()
);
create index training_event_file_event_idx on training_event_file (training_event_id);
