-- Each ward's revision: a counter raised by every statement that changes that ward's data, inside that
-- statement's transaction (issue 9). The dashboard and the province view keep what they computed for a
-- ward together with the revision it was computed at, and compute again as soon as the revision moves:
-- an import is visible at the very next request, never after a cache's time-out.
--
-- Writes in one ward wait for each other at this row until the earlier one commits; locks are taken in
-- ward order so that a statement touching several wards cannot deadlock with another.

-- no foreign key: a ward's rows may be deleted with the ward itself, in the same statement
create table ward_revision (
    ward_id  bigint primary key,
    revision bigint not null
);

-- for a table with ward_id; the trigger names its transition table "changed"
create function ward_changed() returns trigger language plpgsql as $$
begin
    insert into ward_revision as r (ward_id, revision)
    select ward_id, 1 from (select distinct ward_id from changed where ward_id is not null) w order by ward_id
    on conflict (ward_id) do update set revision = r.revision + 1;
    return null;
end $$;

-- the link tables without ward_id find it through their parent row
create function ward_changed_via_task() returns trigger language plpgsql as $$
begin
    insert into ward_revision as r (ward_id, revision)
    select ward_id, 1 from (select distinct t.ward_id from changed c join task t on t.id = c.task_id) w order by ward_id
    on conflict (ward_id) do update set revision = r.revision + 1;
    return null;
end $$;

create function ward_changed_via_indicator() returns trigger language plpgsql as $$
begin
    insert into ward_revision as r (ward_id, revision)
    select ward_id, 1 from (select distinct i.ward_id from changed c join indicator i on i.id = c.indicator_id) w order by ward_id
    on conflict (ward_id) do update set revision = r.revision + 1;
    return null;
end $$;

create function ward_changed_via_breakthrough() returns trigger language plpgsql as $$
begin
    insert into ward_revision as r (ward_id, revision)
    select ward_id, 1 from (select distinct b.ward_id from changed c join breakthrough b on b.id = c.breakthrough_id) w order by ward_id
    on conflict (ward_id) do update set revision = r.revision + 1;
    return null;
end $$;

create function ward_changed_via_recommendation() returns trigger language plpgsql as $$
begin
    insert into ward_revision as r (ward_id, revision)
    select ward_id, 1 from (select distinct x.ward_id from changed c join recommendation x on x.id = c.recommendation_id) w order by ward_id
    on conflict (ward_id) do update set revision = r.revision + 1;
    return null;
end $$;

create function ward_changed_itself() returns trigger language plpgsql as $$
begin
    insert into ward_revision as r (ward_id, revision)
    select id, 1 from (select distinct id from changed) w order by id
    on conflict (ward_id) do update set revision = r.revision + 1;
    return null;
end $$;

-- A transition table serves one event only, so each table gets three triggers.
create procedure watch_ward_changes(tbl text, fn text) language plpgsql as $$
begin
    execute format('create trigger %I after insert on %I referencing new table as changed for each statement execute function %I()',
                   tbl || '_ward_insert', tbl, fn);
    execute format('create trigger %I after update on %I referencing new table as changed for each statement execute function %I()',
                   tbl || '_ward_update', tbl, fn);
    execute format('create trigger %I after delete on %I referencing old table as changed for each statement execute function %I()',
                   tbl || '_ward_delete', tbl, fn);
end $$;

-- every table keyed by ward but the audit log and the users (neither is a figure; a sign-in must not
-- make every dashboard compute again)
do $$
declare
    t text;
begin
    for t in select c.table_name from information_schema.columns c
             join information_schema.tables x on x.table_schema = c.table_schema and x.table_name = c.table_name
             where c.table_schema = current_schema() and c.column_name = 'ward_id' and x.table_type = 'BASE TABLE'
               and c.table_name not in ('ward_revision', 'audit_log', 'app_user')
    loop
        call watch_ward_changes(t, 'ward_changed');
    end loop;
end $$;

call watch_ward_changes('task_coordinator', 'ward_changed_via_task');
call watch_ward_changes('breakthrough_task', 'ward_changed_via_breakthrough');
call watch_ward_changes('indicator_coordinator', 'ward_changed_via_indicator');
call watch_ward_changes('breakthrough_indicator', 'ward_changed_via_breakthrough');
call watch_ward_changes('recommendation_followup', 'ward_changed_via_recommendation');

create trigger ward_ward_update after update on ward referencing new table as changed
    for each statement execute function ward_changed_itself();
