-- Breakthrough models (Phụ lục IX) and recommendations to the ward itself or higher levels (Phụ lục X), issue 7.

create table breakthrough (
    id                    bigint generated always as identity primary key,
    ward_id               bigint         not null references ward (id),
    code                  varchar(40)    not null,
    title                 varchar(300)   not null collate "vi-VN-x-icu",
    field                 varchar(200),
    -- the Phụ lục IX columns, in its order
    problem               varchar(4000)  not null,
    solution              varchar(4000)  not null,
    mechanisms_resources  varchar(4000),
    cost_and_time         varchar(1000),
    -- exact đồng when the cost is known as a sum; the text above says how it was raised and over what time
    cost_vnd              bigint         check (cost_vnd >= 0),
    quantified_result     varchar(4000)  not null,
    impact                varchar(4000),
    lessons_and_scaling   varchar(4000),
    risks                 varchar(2000),
    head_role             varchar(1000),
    contact_name          varchar(300)   not null,
    contact_phone         varchar(30),
    contact_email         varchar(200),
    started_on            date,
    status                varchar(20)    not null default 'RUNNING'
                                         check (status in ('PILOT', 'RUNNING', 'SCALED', 'STOPPED')),
    report_year           integer        check (report_year between 2000 and 2100),
    constraint breakthrough_code_unique unique (ward_id, code)
);

-- the ward's tasks and indicators a model serves; the service checks they are the ward's own
create table breakthrough_task (
    breakthrough_id  bigint not null references breakthrough (id) on delete cascade,
    task_id          bigint not null references task (id) on delete cascade,
    primary key (breakthrough_id, task_id)
);

create table breakthrough_indicator (
    breakthrough_id  bigint      not null references breakthrough (id) on delete cascade,
    indicator_code   varchar(60) not null,
    primary key (breakthrough_id, indicator_code)
);

-- evidence kept with a model (decisions, photos, minutes), checked by OfficeFiles, with its SHA-256
create table breakthrough_file (
    id               bigint generated always as identity primary key,
    ward_id          bigint        not null references ward (id),
    breakthrough_id  bigint        not null references breakthrough (id) on delete cascade,
    file_name        varchar(300)  not null,
    content_type     varchar(100)  not null,
    size_bytes       bigint        not null check (size_bytes > 0),
    sha256           varchar(64)   not null,
    content          bytea         not null,
    uploaded_by      varchar(50)   not null,
    uploaded_at      timestamptz   not null default now()
);

create index breakthrough_file_by_model on breakthrough_file (breakthrough_id);

create table recommendation (
    id                   bigint generated always as identity primary key,
    ward_id              bigint         not null references ward (id),
    code                 varchar(40)    not null,
    content              varchar(4000)  not null,
    deciding_authority   varchar(300)   not null,
    lead_body            varchar(300)   not null,
    coordinating_bodies  varchar(1000),
    expected_output      varchar(2000)  not null,
    deadline             date           not null,
    -- the text the report gives ("6 tháng cuối năm 2026") when it names a period, not a day
    deadline_text        varchar(100),
    -- SELF: the ward resolves it itself; HIGHER: it needs a department or a higher level
    scope                varchar(10)    not null check (scope in ('SELF', 'HIGHER')),
    status               varchar(20)    not null default 'PROPOSED'
                                        check (status in ('PROPOSED', 'SENT', 'ACCEPTED', 'IN_PROGRESS', 'DONE',
                                                          'REJECTED')),
    constraint recommendation_code_unique unique (ward_id, code)
);

create table recommendation_followup (
    id                 bigint generated always as identity primary key,
    recommendation_id  bigint         not null references recommendation (id) on delete cascade,
    status             varchar(20)    not null,
    on_date            date           not null,
    note               varchar(2000),
    actor              varchar(100),
    recorded_at        timestamptz    not null default now()
);

create index recommendation_followup_by_recommendation on recommendation_followup (recommendation_id, id);
