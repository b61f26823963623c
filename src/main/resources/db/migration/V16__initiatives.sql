-- Sáng kiến and the Hội đồng xét duyệt sáng kiến (issue 7): the year's call, the initiatives
-- submitted to it, the council's rubric, members, declared conflicts and scores.

-- state: OPEN (members score) → CLOSED (the chair closed scoring: scores frozen, everyone sees all)
-- → SIGNED (the chair signed the result off: nothing changes any more).
-- award_*: the lowest result (on the 10-point scale) for each award level; configurable per call.
create table initiative_call (
    id                bigint generated always as identity primary key,
    ward_id           bigint        not null references ward (id),
    year              integer       not null check (year between 2000 and 2100),
    title             varchar(500)  not null,
    opens_on          date          not null,
    closes_on         date          not null,
    state             varchar(6)    not null default 'OPEN' check (state in ('OPEN', 'CLOSED', 'SIGNED')),
    award_first       numeric(4, 2) not null default 9,
    award_second      numeric(4, 2) not null default 8,
    award_third       numeric(4, 2) not null default 7,
    award_merit       numeric(4, 2) not null default 6,
    award_recognised  numeric(4, 2) not null default 5,
    closed_at         timestamptz,
    signed_by         varchar(100),
    signed_at         timestamptz,
    unique (ward_id, year),
    check (opens_on <= closes_on),
    check (award_first >= award_second and award_second >= award_third and award_third >= award_merit
           and award_merit >= award_recognised and award_recognised >= 0 and award_first <= 10)
);

create table initiative (
    id            bigint generated always as identity primary key,
    ward_id       bigint         not null references ward (id),
    call_id       bigint         not null references initiative_call (id),
    code          varchar(50)    not null,
    title         varchar(1000)  not null collate "vi-VN-x-icu",
    authors       varchar(1000)  not null,
    unit_id       bigint         references unit (id),
    problem       varchar(10000),
    solution      varchar(10000),
    results       varchar(10000),
    submitted_on  date           not null,
    unique (call_id, code)
);
create index initiative_call_idx on initiative (call_id);

create table initiative_file (
    id             bigint generated always as identity primary key,
    ward_id        bigint        not null references ward (id),
    initiative_id  bigint        not null references initiative (id) on delete cascade,
    file_name      varchar(300)  not null,
    content_type   varchar(200)  not null,
    content        bytea         not null,
    sha256         char(64)      not null,
    uploaded_by    varchar(100)  not null,
    uploaded_at    timestamptz   not null default now()
);
create index initiative_file_idx on initiative_file (initiative_id);

-- The rubric: weighted criteria, each scored 0..max_score in steps of 0.5.
create table initiative_criterion (
    id         bigint generated always as identity primary key,
    ward_id    bigint        not null references ward (id),
    call_id    bigint        not null references initiative_call (id) on delete cascade,
    code       varchar(50)   not null,
    name       varchar(300)  not null,
    weight     numeric(5, 2) not null check (weight > 0),
    max_score  integer       not null default 10 check (max_score between 1 and 100),
    position   integer       not null,
    unique (call_id, code)
);

create table initiative_member (
    id         bigint generated always as identity primary key,
    ward_id    bigint        not null references ward (id),
    call_id    bigint        not null references initiative_call (id) on delete cascade,
    username   varchar(100)  not null,
    full_name  varchar(200)  not null collate "vi-VN-x-icu",
    role       varchar(6)    not null check (role in ('CHAIR', 'MEMBER')),
    unique (call_id, username)
);
-- at most one chair here; closing needs one, so a council that scores has exactly one
create unique index initiative_member_one_chair on initiative_member (call_id) where role = 'CHAIR';

create table initiative_conflict (
    id             bigint generated always as identity primary key,
    ward_id        bigint         not null references ward (id),
    member_id      bigint         not null references initiative_member (id) on delete cascade,
    initiative_id  bigint         not null references initiative (id) on delete cascade,
    reason         varchar(2000)  not null,
    declared_at    timestamptz    not null default now(),
    unique (member_id, initiative_id)
);

-- value: 0..the criterion's max_score (checked by the service), in steps of 0.5
create table initiative_score (
    ward_id        bigint        not null references ward (id),
    member_id      bigint        not null references initiative_member (id) on delete cascade,
    initiative_id  bigint        not null references initiative (id) on delete cascade,
    criterion_id   bigint        not null references initiative_criterion (id) on delete cascade,
    value          numeric(4, 1) not null check (value >= 0 and value * 2 = trunc(value * 2)),
    scored_at      timestamptz   not null default now(),
    primary key (member_id, initiative_id, criterion_id)
);
create index initiative_score_initiative_idx on initiative_score (initiative_id);
