-- Phản ánh, kiến nghị (issue 7): what residents and other channels report to the ward, who handles it,
-- by when (a per-category deadline in working days) and how it ended.

create table feedback_category (
    id            bigint generated always as identity primary key,
    ward_id       bigint       not null references ward (id),
    code          varchar(50)  not null,
    name          varchar(200) not null collate "vi-VN-x-icu",
    deadline_days integer      not null default 10 check (deadline_days between 1 and 365),
    unique (ward_id, code)
);

-- answered_on: the day the ward finished its part, by an answer (ANSWERED, kept when CLOSED) or by a
-- transfer to a higher level (TRANSFERRED); the 766 figures count both as handled.
-- public: shown on the Open311 view and the receipt page (never the submitter's name or phone).
create table feedback_item (
    id             bigint generated always as identity primary key,
    ward_id        bigint        not null references ward (id),
    code           varchar(20)   not null,
    channel        varchar(20)   not null
        check (channel in ('NATIONAL_SYSTEM', 'HOTLINE_APP', 'IN_PERSON', 'LETTER', 'PUBLIC_FORM')),
    received_on    date          not null,
    received_at    timestamptz   not null default now(),
    category_id    bigint        not null references feedback_category (id),
    content        varchar(4000) not null,
    address        varchar(500),
    submitter_name varchar(200),
    submitter_phone varchar(20),
    unit_id        bigint references unit (id),
    due_on         date          not null,
    state          varchar(20)   not null default 'RECEIVED'
        check (state in ('RECEIVED', 'ASSIGNED', 'IN_PROGRESS', 'ANSWERED', 'CLOSED', 'TRANSFERRED')),
    answer         varchar(4000),
    answered_on    date,
    closed_on      date,
    satisfied      boolean,
    transferred_to varchar(300),
    public         boolean       not null default false,
    repeat_of      bigint references feedback_item (id),
    updated_at     timestamptz   not null default now(),
    unique (ward_id, code),
    check (due_on >= received_on),
    check (state not in ('ANSWERED', 'CLOSED') or (answer is not null and answered_on is not null)),
    check (state <> 'TRANSFERRED' or (transferred_to is not null and answered_on is not null))
);
create index feedback_item_ward_idx on feedback_item (ward_id, received_on);
create index feedback_item_state_idx on feedback_item (ward_id, state, due_on);

create table feedback_history (
    id          bigint generated always as identity primary key,
    ward_id     bigint       not null references ward (id),
    item_id     bigint       not null references feedback_item (id) on delete cascade,
    from_state  varchar(20),
    to_state    varchar(20)  not null,
    changed_by  varchar(50)  not null,
    changed_at  timestamptz  not null default now(),
    note        varchar(2000)
);
create index feedback_history_item_idx on feedback_history (item_id, changed_at);

create table feedback_attachment (
    id           bigint generated always as identity primary key,
    ward_id      bigint       not null references ward (id),
    item_id      bigint       not null references feedback_item (id) on delete cascade,
    file_name    varchar(300) not null,
    content_type varchar(200) not null,
    content      bytea        not null,
    sha256       char(64)     not null,
    uploaded_at  timestamptz  not null default now()
);
create index feedback_attachment_item_idx on feedback_attachment (item_id);
