-- The dossiers of each ward by month (issue 9): what was newly received (by channel), resolved (early, on
-- time, late) and withdrawn in the month. Rewritten for a ward in the same transaction as every import of
-- its dossiers, so it is never older than the dossiers; the province view and the dashboard's charts sum
-- months instead of scanning a million dossiers. For periods of whole months these sums are exactly the
-- issue-3 figures (newly received, resolved and its parts, withdrawn); carried-over and pending dossiers
-- still come from the dossiers themselves.

create table dossier_month (
    ward_id          bigint  not null references ward (id),
    month            date    not null check (extract(day from month) = 1),
    new_online       bigint  not null default 0,
    new_in_person    bigint  not null default 0,
    new_postal       bigint  not null default 0,
    resolved_early   bigint  not null default 0,
    resolved_on_time bigint  not null default 0,
    resolved_late    bigint  not null default 0,
    withdrawn        bigint  not null default 0,
    -- the 766 index's parts: digitised inputs and online payment over the month's new dossiers,
    -- electronic results over the month's resolved ones
    new_digitised_input       bigint not null default 0,
    new_with_fee              bigint not null default 0,
    new_paid_online           bigint not null default 0,
    resolved_digitised_result bigint not null default 0,
    primary key (ward_id, month)
);

-- the procedures that received an online dossier in a month (the 766 share of online services used)
create table dossier_online_procedure_month (
    ward_id         bigint       not null references ward (id),
    month           date         not null,
    procedure_code  varchar(50)  not null,
    primary key (ward_id, month, procedure_code)
);

-- the dossiers already there
insert into dossier_month (ward_id, month, new_online, new_in_person, new_postal, resolved_early, resolved_on_time,
                           resolved_late, withdrawn, new_digitised_input, new_with_fee, new_paid_online,
                           resolved_digitised_result)
select d.ward_id, e.month,
       count(*) filter (where e.kind = 'R' and d.channel = 'ONLINE'),
       count(*) filter (where e.kind = 'R' and d.channel = 'IN_PERSON'),
       count(*) filter (where e.kind = 'R' and d.channel = 'POSTAL'),
       count(*) filter (where e.kind = 'S' and d.resolved_at::date < d.due_at::date),
       count(*) filter (where e.kind = 'S' and d.resolved_at::date = d.due_at::date),
       count(*) filter (where e.kind = 'S' and d.resolved_at::date > d.due_at::date),
       count(*) filter (where e.kind = 'W'),
       count(*) filter (where e.kind = 'R' and d.digitised_input),
       count(*) filter (where e.kind = 'R' and d.fee_required),
       count(*) filter (where e.kind = 'R' and d.fee_required and d.paid_online),
       count(*) filter (where e.kind = 'S' and d.digitised_result)
from dossier d
cross join lateral (values ('R', date_trunc('month', d.received_at::date)::date),
                           ('S', date_trunc('month', d.resolved_at::date)::date),
                           ('W', date_trunc('month', d.withdrawn_at::date)::date)) as e (kind, month)
where e.month is not null
group by d.ward_id, e.month;

insert into dossier_online_procedure_month (ward_id, month, procedure_code)
select distinct ward_id, date_trunc('month', received_at)::date, procedure_code
from dossier where channel = 'ONLINE' and procedure_code is not null;
