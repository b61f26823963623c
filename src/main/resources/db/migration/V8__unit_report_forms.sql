-- The monthly unit reports (issue 5): each unit's form of a period holds the ENTERED indicators it
-- leads of that period's type. It is saved as a draft, submitted, and approved (locked) or returned
-- by the ward's leader; every step is kept. A RED value needs an explanation before submission.
alter table indicator_value add column explanation varchar(2000);

create table report_form (
    ward_id       bigint      not null references ward (id),
    unit_id       bigint      not null references unit (id),
    period        varchar(7)  not null,
    status        varchar(10) not null check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED')),
    submitted_at  timestamptz,
    submitted_by  varchar(50),
    primary key (unit_id, period)
);
create index report_form_ward_idx on report_form (ward_id, period);

create table report_form_event (
    id        bigint generated always as identity primary key,
    ward_id   bigint        not null references ward (id),
    unit_id   bigint        not null references unit (id),
    period    varchar(7)    not null,
    kind      varchar(10)   not null check (kind in ('SUBMITTED', 'RETURNED', 'APPROVED', 'REOPENED')),
    message   varchar(2000),
    actor     varchar(50)   not null,
    at        timestamptz   not null default now()
);
create index report_form_event_idx on report_form_event (unit_id, period, at);
