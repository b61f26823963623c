-- The procedures that received an online dossier in a month (V19) were read only by the 766 estimate,
-- which now counts them from the period's dossiers (issue 19): the imports stop writing them.
create or replace function dossier_month_refresh(of_ward bigint) returns void language sql as $$
delete from dossier_month where ward_id = of_ward;
insert into dossier_month (ward_id, month, new_online, new_in_person, new_postal, resolved_early,
                           resolved_on_time, resolved_late, withdrawn, new_digitised_input, new_with_fee,
                           new_paid_online, resolved_digitised_result, became_overdue, overdue_closed)
select of_ward, e.month::date, sum(new_online), sum(new_in_person), sum(new_postal), sum(resolved_early),
       sum(resolved_on_time), sum(resolved_late), sum(withdrawn), sum(new_digitised_input), sum(new_with_fee),
       sum(new_paid_online), sum(resolved_digitised_result), sum(became_overdue), sum(overdue_closed)
from (
    select date_trunc('month', received_at) as month,
           count(*) filter (where channel = 'ONLINE') as new_online,
           count(*) filter (where channel = 'IN_PERSON') as new_in_person,
           count(*) filter (where channel = 'POSTAL') as new_postal,
           0::bigint as resolved_early, 0::bigint as resolved_on_time, 0::bigint as resolved_late,
           0::bigint as withdrawn,
           count(*) filter (where digitised_input) as new_digitised_input,
           count(*) filter (where fee_required) as new_with_fee,
           count(*) filter (where fee_required and paid_online) as new_paid_online,
           0::bigint as resolved_digitised_result, 0::bigint as became_overdue, 0::bigint as overdue_closed
    from dossier where ward_id = of_ward
    group by 1
    union all
    -- resolved and withdrawn exclude each other (a check of the table): the month closed is either's
    select date_trunc('month', coalesce(resolved_at, withdrawn_at)), 0, 0, 0,
           count(*) filter (where resolved_at::date < due_at::date),
           count(*) filter (where resolved_at::date = due_at::date),
           count(*) filter (where resolved_at::date > due_at::date),
           count(*) filter (where withdrawn_at is not null), 0, 0, 0,
           count(*) filter (where resolved_at is not null and digitised_result), 0,
           count(*) filter (where date_trunc('month', coalesce(resolved_at, withdrawn_at))
                                  > date_trunc('month', due_at + interval '1 day'))
    from dossier where ward_id = of_ward and (resolved_at is not null or withdrawn_at is not null)
    group by 1
    union all
    select date_trunc('month', due_at + interval '1 day'), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, count(*), 0
    from dossier where ward_id = of_ward
      and (coalesce(resolved_at, withdrawn_at) is null
           or date_trunc('month', coalesce(resolved_at, withdrawn_at)) > date_trunc('month', due_at + interval '1 day'))
    group by 1
) e
group by e.month;
$$;

drop table dossier_online_procedure_month;
