-- ward57 foundation: the organisation (province → ward → unit, residential group, staffing),
-- users with their roles, and the audit log. Every ward-owned row carries ward_id so that one
-- database serves all wards of a province. Names sort in Vietnamese order (ICU collation).

create table province (
    id          bigint generated always as identity primary key,
    code        varchar(50)  not null unique,
    name        varchar(200) not null collate "vi-VN-x-icu",
    created_at  timestamptz  not null default now()
);

create table ward (
    id          bigint generated always as identity primary key,
    province_id bigint       not null references province (id),
    code        varchar(50)  not null unique,
    name        varchar(200) not null collate "vi-VN-x-icu",
    created_at  timestamptz  not null default now()
);
create index ward_province_idx on ward (province_id);

create table unit (
    id          bigint generated always as identity primary key,
    ward_id     bigint       not null references ward (id),
    code        varchar(50)  not null,
    name        varchar(200) not null collate "vi-VN-x-icu",
    created_at  timestamptz  not null default now(),
    unique (ward_id, code)
);

create table residential_group (
    id          bigint generated always as identity primary key,
    ward_id     bigint       not null references ward (id),
    code        varchar(50)  not null,
    name        varchar(200) not null collate "vi-VN-x-icu",
    households  integer check (households >= 0),
    created_at  timestamptz  not null default now(),
    unique (ward_id, code)
);

-- Biên chế: positions allotted to a unit and filled, per year (reports need the year's figure).
create table staffing (
    id          bigint generated always as identity primary key,
    ward_id     bigint       not null references ward (id),
    unit_id     bigint       not null references unit (id),
    year        integer      not null check (year between 2000 and 2100),
    allotted    integer      not null check (allotted >= 0),
    filled      integer      not null check (filled >= 0),
    note        varchar(500),
    unique (unit_id, year)
);
create index staffing_ward_idx on staffing (ward_id, year);

create table app_user (
    id              bigint generated always as identity primary key,
    username        varchar(50)  not null unique,
    password_hash   varchar(200) not null,
    full_name       varchar(200) not null collate "vi-VN-x-icu",
    role            varchar(20)  not null check (role in ('PROVINCE_ADMIN', 'WARD_LEADER', 'WARD_OFFICER', 'VIEWER')),
    ward_id         bigint references ward (id),
    unit_id         bigint references unit (id),
    enabled         boolean      not null default true,
    failed_logins   integer      not null default 0,
    locked_until    timestamptz,
    created_at      timestamptz  not null default now(),
    -- ward roles belong to exactly one ward; a province admin belongs to provinces instead
    check ((role = 'PROVINCE_ADMIN') = (ward_id is null)),
    check (unit_id is null or ward_id is not null)
);
create index app_user_ward_idx on app_user (ward_id);

create table user_province (
    user_id     bigint not null references app_user (id) on delete cascade,
    province_id bigint not null references province (id),
    primary key (user_id, province_id)
);

create table audit_log (
    id          bigint generated always as identity primary key,
    at          timestamptz  not null default now(),
    actor       varchar(50)  not null,
    province_id bigint,
    ward_id     bigint,
    entity      varchar(50)  not null,
    entity_key  varchar(200) not null,
    action      varchar(10)  not null check (action in ('CREATE', 'UPDATE', 'DELETE')),
    before      jsonb,
    after       jsonb
);
-- no foreign keys on purpose: the log outlives what it describes
create index audit_log_ward_at_idx on audit_log (ward_id, at desc);
create index audit_log_at_idx on audit_log (at desc);
