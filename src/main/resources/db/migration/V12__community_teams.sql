-- Tổ công nghệ số cộng đồng (issue 6): one team per residential group, its members and the log of
-- what it did for the residents; and the "Tổ dân phố số" model: the ward's checklist of criteria,
-- each residential group assessed against it per period.

create table community_team (
    id                    bigint generated always as identity primary key,
    ward_id               bigint        not null references ward (id),
    residential_group_id  bigint        not null unique references residential_group (id),
    name                  varchar(200)  not null collate "vi-VN-x-icu",
    founded_on            date          not null,
    dissolved_on          date,
    note                  varchar(2000),
    check (dissolved_on is null or dissolved_on >= founded_on)
);
create index community_team_ward_idx on community_team (ward_id);

-- left_on: the day the member left, from which they no longer count (as dissolved_on for a team)
create table community_team_member (
    id         bigint generated always as identity primary key,
    ward_id    bigint        not null references ward (id),
    team_id    bigint        not null references community_team (id) on delete cascade,
    full_name  varchar(200)  not null collate "vi-VN-x-icu",
    role       varchar(10)   not null check (role in ('HEAD', 'MEMBER')),
    phone      varchar(20)   check (phone ~ '^[0-9 +]+$'),
    joined_on  date          not null,
    left_on    date,
    check (left_on is null or left_on >= joined_on)
);
create index community_team_member_team_idx on community_team_member (team_id);
-- the service refuses two heads whose times overlap; this is the backstop for two current ones
create unique index community_team_member_one_head on community_team_member (team_id)
    where role = 'HEAD' and left_on is null;

create table community_team_activity (
    id                bigint generated always as identity primary key,
    ward_id           bigint         not null references ward (id),
    team_id           bigint         not null references community_team (id) on delete cascade,
    held_on           date           not null,
    description       varchar(1000)  not null collate "vi-VN-x-icu",
    residents_helped  integer        not null check (residents_helped >= 0)
);
create index community_team_activity_team_idx on community_team_activity (team_id, held_on desc);
create index community_team_activity_ward_idx on community_team_activity (ward_id, held_on);

-- The ward's checklist for a "Tổ dân phố số"; a criterion no longer applied is made inactive, not
-- deleted, so that past assessments keep their meaning.
create table digital_group_criterion (
    id          bigint generated always as identity primary key,
    ward_id     bigint        not null references ward (id),
    code        varchar(50)   not null,
    name        varchar(500)  not null collate "vi-VN-x-icu",
    sort_order  integer       not null default 0,
    active      boolean       not null default true,
    unique (ward_id, code)
);

-- One answer per residential group, period (ISO code: 2026, 2026S1, 2026Q2, 2026-05) and criterion;
-- the note is the group's for the period, written on each of its answers.
create table digital_group_assessment (
    id                    bigint generated always as identity primary key,
    ward_id               bigint        not null references ward (id),
    residential_group_id  bigint        not null references residential_group (id),
    period                varchar(7)    not null check (period ~ '^[0-9]{4}(-(0[1-9]|1[0-2])|Q[1-4]|S[12])?$'),
    criterion_id          bigint        not null references digital_group_criterion (id),
    met                   boolean       not null,
    note                  varchar(1000),
    assessed_by           varchar(50)   not null,
    assessed_at           timestamptz   not null default now(),
    unique (residential_group_id, period, criterion_id)
);
create index digital_group_assessment_period_idx on digital_group_assessment (ward_id, period);
