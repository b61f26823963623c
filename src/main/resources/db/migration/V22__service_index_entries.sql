-- The 766 service index (issue 19): what the officer enters for a ward and an exact period [from, to].
-- An entry gives the score of a component ward57 has no records for (with its source: the portal's
-- figure, the province's notice); a published score is the portal's own score of a component (or of the
-- whole, code TOTAL), kept to show the difference from ward57's computation component by component.

create table service_index_entry (
    ward_id        bigint        not null references ward (id),
    period_from    date          not null,
    period_to      date          not null,
    component_code varchar(40)   not null,
    score          numeric(6, 2) not null check (score >= 0),
    source         varchar(500)  not null check (length(btrim(source)) > 0),
    entered_by     varchar(50)   not null,
    entered_at     timestamptz   not null default now(),
    primary key (ward_id, period_from, period_to, component_code),
    check (period_to >= period_from)
);

create table service_index_published (
    ward_id        bigint        not null references ward (id),
    period_from    date          not null,
    period_to      date          not null,
    component_code varchar(40)   not null,
    score          numeric(6, 2) not null check (score >= 0),
    source         varchar(500),
    entered_by     varchar(50)   not null,
    entered_at     timestamptz   not null default now(),
    primary key (ward_id, period_from, period_to, component_code),
    check (period_to >= period_from)
);

-- the province view and the dashboards are kept by ward revision (V20): an entry changes the figures
call watch_ward_changes('service_index_entry', 'ward_changed');
call watch_ward_changes('service_index_published', 'ward_changed');
