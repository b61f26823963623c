-- A date without a time means that whole day (issue 19): a same-day procedure's due date, result or
-- withdrawal written as 10/07/2026 is stored at 00:00 and may lie "before" a receipt at 08:15 the same
-- day. The import compares exact times only when both values had one; the table compares calendar
-- days, as the statistics do. V2 left its checks unnamed, so they are found by what they say.
do $$
declare
    c record;
begin
    for c in select conname from pg_constraint
             where conrelid = 'dossier'::regclass and contype = 'c'
               and pg_get_constraintdef(oid) like '%received_at%' loop
        execute format('alter table dossier drop constraint %I', c.conname);
    end loop;
end;
$$;

alter table dossier
    add constraint dossier_due_not_before_received check (due_at::date >= received_at::date),
    add constraint dossier_resolved_not_before_received
        check (resolved_at is null or resolved_at::date >= received_at::date),
    add constraint dossier_withdrawn_not_before_received
        check (withdrawn_at is null or withdrawn_at::date >= received_at::date);

-- A vendor status cell may carry its own date ("Đã trả kết quả ngày 12/07/2026"): a profile's status
-- column no longer needs a date column; a date column still needs a status column.
alter table import_profile drop constraint if exists import_profile_check;
alter table import_profile
    add constraint import_profile_status_date_has_status check (status_date_column is null or status_column is not null);
