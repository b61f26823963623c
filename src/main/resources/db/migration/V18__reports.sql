-- The ward's periodic reports (issue 8): one row per report instance, its narrative sections, and a
-- province's own Word templates. A FINAL report keeps the content it was sent with (snapshot), so
-- re-opening it shows what was sent even after the data behind it changed.

create table report (
    id               bigint generated always as identity primary key,
    ward_id          bigint         not null references ward (id),
    kind             varchar(20)    not null
                                    check (kind in ('NQ57_RESULTS', 'PLAN_BUDGET', 'MONTHLY', 'WEEKLY_BULLETIN')),
    period_from      date           not null,
    period_to        date           not null,
    -- the number before the slash of "Số: 12/BC-UBND"; empty until the office numbers it
    doc_number       varchar(20),
    place            varchar(100)   not null,
    issued_on        date,
    title            varchar(1000)  not null,
    opening          varchar(4000),
    recipients       varchar(4000)  not null,
    signer_mode      varchar(2)     not null default 'KT' check (signer_mode in ('TM', 'KT')),
    signer_name      varchar(200),
    status           varchar(5)     not null default 'DRAFT' check (status in ('DRAFT', 'FINAL')),
    snapshot         jsonb,
    finalised_at     timestamptz,
    finalised_by     varchar(50),
    -- why a leader finalised over MEDIUM/LOW problems; null when there were none
    override_reason  varchar(2000),
    created_by       varchar(50)    not null,
    created_at       timestamptz    not null default now(),
    updated_at       timestamptz    not null default now(),
    constraint report_period check (period_to >= period_from),
    constraint report_final_has_snapshot check (status = 'DRAFT' or snapshot is not null)
);

create index report_by_ward on report (ward_id, kind, period_to desc);

-- the officer's text of one section (sanitised HTML with live fields as <span data-field="…">)
create table report_section (
    report_id    bigint         not null references report (id) on delete cascade,
    ward_id      bigint         not null references ward (id),
    section_key  varchar(40)    not null,
    html         text           not null,
    updated_by   varchar(50)    not null,
    updated_at   timestamptz    not null default now(),
    primary key (report_id, section_key)
);

-- a province's own template for a kind, replacing the shipped one for all its wards
create table report_template (
    province_id  bigint         not null references province (id),
    kind         varchar(20)    not null
                                check (kind in ('NQ57_RESULTS', 'PLAN_BUDGET', 'MONTHLY', 'WEEKLY_BULLETIN')),
    file_name    varchar(300)   not null,
    content      bytea          not null,
    uploaded_by  varchar(50)    not null,
    uploaded_at  timestamptz    not null default now(),
    primary key (province_id, kind)
);
