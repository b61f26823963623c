-- Chỉ tiêu (issue 5): the ward's indicator catalogue, its targets per year, the values per period
-- with every change kept, and the periods the leader has locked.

create table indicator (
    id             bigint generated always as identity primary key,
    ward_id        bigint        not null references ward (id),
    code           varchar(50)   not null,
    name           varchar(500)  not null collate "vi-VN-x-icu",
    unit           varchar(10)   not null check (unit in ('PERCENT', 'COUNT', 'VND', 'NUMBER')),
    direction      varchar(6)    not null check (direction in ('HIGHER', 'LOWER')),
    period_type    varchar(10)   not null check (period_type in ('MONTH', 'QUARTER', 'HALF_YEAR', 'YEAR')),
    source         varchar(8)    not null check (source in ('COMPUTED', 'ENTERED', 'FORMULA')),
    metric         varchar(50),            -- COMPUTED: the named metric of the system's own records
    numerator      varchar(50),            -- FORMULA: numerator / denominator × factor, by indicator code
    denominator    varchar(50),
    factor         numeric(12, 4),
    lead_unit_id   bigint        references unit (id),
    amber_within   numeric(5, 2) not null default 10,   -- amber when within this percent of the target
    by_pace        boolean       not null default false, -- judged against the straight line to the target
    unique (ward_id, code),
    check (source <> 'COMPUTED' or metric is not null),
    check (source <> 'FORMULA' or (numerator is not null and denominator is not null))
);

create table indicator_coordinator (
    indicator_id bigint not null references indicator (id) on delete cascade,
    unit_id      bigint not null references unit (id),
    primary key (indicator_id, unit_id)
);

create table indicator_target (
    ward_id        bigint         not null references ward (id),
    indicator_id   bigint         not null references indicator (id) on delete cascade,
    year           integer        not null check (year between 2000 and 2100),
    target         numeric(18, 4) not null,
    baseline       numeric(18, 4),
    baseline_year  integer,
    source         varchar(200),   -- the document that set it (Kế hoạch 02-KH/BCĐTW, Phụ lục Kế hoạch của phường)
    primary key (indicator_id, year),
    check (baseline_year is null or baseline_year < year)
);

create table indicator_value (
    ward_id       bigint         not null references ward (id),
    indicator_id  bigint         not null references indicator (id) on delete cascade,
    period        varchar(7)     not null,   -- ISO: 2026-05, 2026Q2, 2026S1, 2026
    value         numeric(18, 4) not null,
    comment       varchar(2000),
    updated_by    varchar(50)    not null,
    updated_at    timestamptz    not null default now(),
    primary key (indicator_id, period)
);

create table indicator_value_history (
    id            bigint generated always as identity primary key,
    ward_id       bigint         not null references ward (id),
    indicator_id  bigint         not null references indicator (id) on delete cascade,
    period        varchar(7)     not null,
    old_value     numeric(18, 4),
    new_value     numeric(18, 4),
    actor         varchar(50)    not null,
    at            timestamptz    not null default now()
);
create index indicator_value_history_idx on indicator_value_history (indicator_id, period, at);

create table indicator_period_lock (
    ward_id     bigint      not null references ward (id),
    period      varchar(7)  not null,
    locked_by   varchar(50) not null,
    locked_at   timestamptz not null default now(),
    primary key (ward_id, period)
);
