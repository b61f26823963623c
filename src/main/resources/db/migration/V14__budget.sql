-- Ngân sách KHCN, ĐMST, CĐS (issue 6): the year's estimate line by line (dự toán), its adjustments
-- (điều chỉnh), the payments made from it (giải ngân) and what is committed but not yet paid.
-- Money is bigint đồng: exact, never float.

create table budget_line (
    id              bigint generated always as identity primary key,
    ward_id         bigint        not null references ward (id),
    fiscal_year     integer       not null check (fiscal_year between 2000 and 2100),
    category        varchar(4)    not null check (category in ('KHCN', 'DMST', 'CDS')),
    code            varchar(50)   not null,
    name            varchar(1000) not null collate "vi-VN-x-icu",
    estimate        bigint        not null check (estimate >= 0),
    funding_source  varchar(300),
    note            varchar(2000),
    unique (ward_id, fiscal_year, code)
);
create index budget_line_year_idx on budget_line (ward_id, fiscal_year, category);

-- amount is signed: + adds to the line's estimate, − cuts it
create table budget_adjustment (
    id              bigint generated always as identity primary key,
    ward_id         bigint        not null references ward (id),
    budget_line_id  bigint        not null references budget_line (id) on delete cascade,
    decided_on      date          not null,
    amount          bigint        not null check (amount <> 0),
    document        varchar(300),
    reason          varchar(2000)
);
create index budget_adjustment_line_idx on budget_adjustment (budget_line_id);

-- A line with payments is not deleted (no cascade): the payments are the ward's accounts.
-- override_reason / overridden_by: a leader let this payment take the line over its adjusted estimate.
create table disbursement (
    id              bigint generated always as identity primary key,
    ward_id         bigint        not null references ward (id),
    budget_line_id  bigint        not null references budget_line (id),
    paid_on         date          not null,
    amount          bigint        not null check (amount > 0),
    document        varchar(300),
    note            varchar(2000),
    override_reason varchar(2000),
    overridden_by   varchar(50),
    check ((override_reason is null) = (overridden_by is null))
);
create index disbursement_line_idx on disbursement (budget_line_id, paid_on);
create index disbursement_ward_idx on disbursement (ward_id, paid_on);

-- A contract signed or a purchase under way (đang làm hồ sơ): money bound but not yet paid.
create table budget_commitment (
    id              bigint generated always as identity primary key,
    ward_id         bigint        not null references ward (id),
    budget_line_id  bigint        not null references budget_line (id) on delete cascade,
    committed_on    date          not null,
    amount          bigint        not null check (amount > 0),
    document        varchar(300),
    note            varchar(2000)
);
create index budget_commitment_line_idx on budget_commitment (budget_line_id);
