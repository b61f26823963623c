-- Issue 24: a report checked for inconsistent figures. What is kept is the text as read from the file (its
-- paragraphs and tables, to show the findings in place) and the findings; the file itself is not kept.
-- A ward's checks are the ward's records; a province's (an upload by its staff, or a FINAL report of one of
-- its wards checked in a batch) are the province's, naming the ward when the report is known to be one's.
-- other_ward: the report's opening names another ward, so its figures were not compared with this ward's.
-- Both draw their ids from one sequence, so /api/v1/report-checks/{id} names one check.
create sequence report_check_id;

create table ward_report_check (
    ward_id      bigint      not null references ward (id),
    id           bigint      not null default nextval('report_check_id'),
    file_name    text        not null check (length(file_name) <= 300),
    period_from  date,
    period_to    date,
    period_found boolean     not null default false,
    other_ward   boolean     not null default false,
    blocks       jsonb       not null,
    findings     jsonb       not null,
    high         int         not null,
    medium       int         not null,
    low          int         not null,
    created_by   text        not null,
    created_by_name text     not null,
    created_at   timestamptz not null default now(),
    primary key (ward_id, id),
    check (period_to >= period_from)
);

create index ward_report_check_recent on ward_report_check (ward_id, created_at desc);
create index ward_report_check_id on ward_report_check (id);

-- A province's check of its wards' FINAL reports of a date range, run in the background: how far it got.
create table report_check_batch (
    province_id     bigint      not null references province (id),
    id              bigint      not null default nextval('report_check_id'),
    period_from     date        not null,
    period_to       date        not null,
    status          text        not null default 'RUNNING' check (status in ('RUNNING', 'DONE', 'FAILED')),
    total           int         not null,
    done            int         not null default 0,
    message         text        check (length(message) <= 2000),
    created_by      text        not null,
    created_by_name text        not null,
    created_at      timestamptz not null default now(),
    finished_at     timestamptz,
    primary key (province_id, id),
    check (period_to >= period_from)
);

create table province_report_check (
    province_id  bigint      not null references province (id),
    id           bigint      not null default nextval('report_check_id'),
    ward_id      bigint      references ward (id),
    report_id    bigint,
    batch_id     bigint,
    file_name    text        not null check (length(file_name) <= 300),
    period_from  date,
    period_to    date,
    period_found boolean     not null default false,
    other_ward   boolean     not null default false,
    blocks       jsonb       not null,
    findings     jsonb       not null,
    high         int         not null,
    medium       int         not null,
    low          int         not null,
    created_by   text        not null,
    created_by_name text     not null,
    created_at   timestamptz not null default now(),
    primary key (province_id, id),
    foreign key (province_id, batch_id) references report_check_batch (province_id, id),
    check (period_to >= period_from)
);

create index province_report_check_recent on province_report_check (province_id, created_at desc);
create index province_report_check_batch on province_report_check (province_id, batch_id);
create index province_report_check_id on province_report_check (id);
