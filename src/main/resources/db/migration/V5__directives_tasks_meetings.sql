-- Văn bản chỉ đạo, nhiệm vụ, cuộc họp (issue 4): the documents that assign tasks to the ward, the
-- tasks with their dated history and evidence, and the meetings whose conclusions assign more.

create table directive (
    id             bigint generated always as identity primary key,
    ward_id        bigint        not null references ward (id),
    -- the Decree 30/2020 abbreviation of the kind of document
    type           varchar(5)    not null check (type in ('NQ', 'KH', 'QĐ', 'CT', 'TB', 'CV', 'QC', 'HD', 'KL', 'BC', 'CTr', 'QyĐ')),
    number         varchar(100)  not null,
    issued_on      date          not null,
    issuer         varchar(300)  not null collate "vi-VN-x-icu",
    title          varchar(1000) not null collate "vi-VN-x-icu",
    summary        varchar(4000),
    signer_name    varchar(200),
    signer_role    varchar(10)   check (signer_role in ('HEAD', 'DEPUTY')),
    issued_by_ward boolean       not null,
    unique (ward_id, number)
);

-- "this plan implements that resolution"
create table directive_link (
    ward_id        bigint not null references ward (id),
    directive_id   bigint not null references directive (id) on delete cascade,
    implements_id  bigint not null references directive (id),
    primary key (directive_id, implements_id),
    check (directive_id <> implements_id)
);

-- Files kept with their checksum: a directive's text, a task's evidence, an imported task list.
create table attachment (
    id            bigint generated always as identity primary key,
    ward_id       bigint        not null references ward (id),
    directive_id  bigint        references directive (id) on delete cascade,
    file_name     varchar(300)  not null,
    content_type  varchar(100)  not null,
    size_bytes    bigint        not null,
    sha256        varchar(64)   not null,
    content       bytea         not null,
    uploaded_by   varchar(50)   not null,
    uploaded_at   timestamptz   not null default now()
);
create index attachment_directive_idx on attachment (directive_id);

create table meeting (
    id           bigint generated always as identity primary key,
    ward_id      bigint        not null references ward (id),
    held_on      date          not null,
    kind         varchar(20)   not null check (kind in ('WEEKLY', 'MONTHLY', 'QUARTERLY', 'REVIEW', 'CONFERENCE', 'OTHER')),
    title        varchar(500)  not null collate "vi-VN-x-icu",
    chaired_by   varchar(10)   not null check (chaired_by in ('HEAD', 'DEPUTY')),
    chair_name   varchar(200),
    conclusions  varchar(8000)
);
create index meeting_ward_idx on meeting (ward_id, held_on desc);

-- A task is assigned by a directive or by a meeting's conclusions. deadline null: thường xuyên
-- (recurring). original_deadline keeps the first deadline; each extension is a task_event.
create table task (
    id                 bigint generated always as identity primary key,
    ward_id            bigint        not null references ward (id),
    directive_id       bigint        references directive (id),
    meeting_id         bigint        references meeting (id),
    code               varchar(50)   not null,
    title              varchar(2000) not null,
    phase              varchar(50),
    lead_unit_id       bigint        references unit (id),
    start_on           date,
    deadline           date,
    original_deadline  date,
    expected_output    varchar(1000),
    completed_on       date,
    check ((directive_id is null) <> (meeting_id is null)),
    check (deadline is null or start_on is null or deadline >= start_on),
    check (completed_on is null or start_on is null or completed_on >= start_on)
);
create unique index task_directive_code_idx on task (directive_id, code) where directive_id is not null;
create unique index task_meeting_code_idx on task (meeting_id, code) where meeting_id is not null;
create index task_ward_idx on task (ward_id, deadline);

create table task_coordinator (
    task_id  bigint not null references task (id) on delete cascade,
    unit_id  bigint not null references unit (id),
    primary key (task_id, unit_id)
);

-- The dated history of a task. on_date is when the event takes effect: the completion date of
-- COMPLETED, the day of a reopening or of an extension (whose new deadline is in deadline).
create table task_event (
    id             bigint generated always as identity primary key,
    ward_id        bigint        not null references ward (id),
    task_id        bigint        not null references task (id) on delete cascade,
    kind           varchar(12)   not null check (kind in ('CREATED', 'PROGRESS', 'COMPLETED', 'REOPENED', 'EXTENDED', 'REASSIGNED')),
    on_date        date          not null,
    note           varchar(4000),
    link           varchar(1000),
    attachment_id  bigint        references attachment (id),
    deadline       date,
    actor          varchar(50)   not null,
    recorded_at    timestamptz   not null default now(),
    check (kind <> 'COMPLETED' or attachment_id is not null or link is not null),
    check (kind <> 'EXTENDED' or deadline is not null)
);
create index task_event_task_idx on task_event (task_id, on_date, id);

create table task_import (
    id             bigint generated always as identity primary key,
    ward_id        bigint        not null references ward (id),
    directive_id   bigint        not null references directive (id),
    file_name      varchar(300)  not null,
    attachment_id  bigint        references attachment (id),
    imported_by    varchar(50)   not null,
    imported_at    timestamptz   not null default now(),
    status         varchar(10)   not null check (status in ('SUCCEEDED', 'FAILED')),
    rows_read      integer       not null,
    rows_inserted  integer       not null,
    rows_updated   integer       not null,
    rows_rejected  integer       not null,
    error_total    integer       not null,
    errors         jsonb         not null default '[]'
);
