-- Issue 21: an import runs in the background, one at a time per ward, and no longer holds the ward's
-- revision row (V20) while it writes. Every write statement raised the revision in its own transaction,
-- so a 20-minute import locked that row for 20 minutes and every other write of the ward waited on it.
-- A transaction that sets ward57.revision_deferred (set_config(..., true): this transaction only) skips
-- the raise; common/database/WardBatchWrite raises the revision once, as the last statement before the
-- commit, so the figures still change with the data and the row is held for the commit only.

create or replace function revision_deferred() returns boolean language sql stable as $$
    select coalesce(current_setting('ward57.revision_deferred', true), '') = 'on'
$$;

create or replace function ward_changed() returns trigger language plpgsql as $$
begin
    if revision_deferred() then return null; end if;
    insert into ward_revision as r (ward_id, revision)
    select ward_id, 1 from (select distinct ward_id from changed where ward_id is not null) w order by ward_id
    on conflict (ward_id) do update set revision = r.revision + 1;
    return null;
end $$;

create or replace function ward_changed_via_task() returns trigger language plpgsql as $$
begin
    if revision_deferred() then return null; end if;
    insert into ward_revision as r (ward_id, revision)
    select ward_id, 1 from (select distinct t.ward_id from changed c join task t on t.id = c.task_id) w order by ward_id
    on conflict (ward_id) do update set revision = r.revision + 1;
    return null;
end $$;

create or replace function ward_changed_via_indicator() returns trigger language plpgsql as $$
begin
    if revision_deferred() then return null; end if;
    insert into ward_revision as r (ward_id, revision)
    select ward_id, 1 from (select distinct i.ward_id from changed c join indicator i on i.id = c.indicator_id) w order by ward_id
    on conflict (ward_id) do update set revision = r.revision + 1;
    return null;
end $$;

create or replace function ward_changed_via_breakthrough() returns trigger language plpgsql as $$
begin
    if revision_deferred() then return null; end if;
    insert into ward_revision as r (ward_id, revision)
    select ward_id, 1 from (select distinct b.ward_id from changed c join breakthrough b on b.id = c.breakthrough_id) w order by ward_id
    on conflict (ward_id) do update set revision = r.revision + 1;
    return null;
end $$;

create or replace function ward_changed_via_recommendation() returns trigger language plpgsql as $$
begin
    if revision_deferred() then return null; end if;
    insert into ward_revision as r (ward_id, revision)
    select ward_id, 1 from (select distinct x.ward_id from changed c join recommendation x on x.id = c.recommendation_id) w order by ward_id
    on conflict (ward_id) do update set revision = r.revision + 1;
    return null;
end $$;

create or replace function ward_changed_itself() returns trigger language plpgsql as $$
begin
    if revision_deferred() then return null; end if;
    insert into ward_revision as r (ward_id, revision)
    select id, 1 from (select distinct id from changed) w order by id
    on conflict (ward_id) do update set revision = r.revision + 1;
    return null;
end $$;

-- A task import is recorded when it is accepted (QUEUED), runs (RUNNING) and ends; failure names, as a
-- message key, why one ended FAILED without row errors (system error, out of memory, cancelled, stopped).
alter table task_import drop constraint task_import_status_check;
alter table task_import add constraint task_import_status_check
    check (status in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED'));
alter table task_import add column failure varchar(100);
alter table task_import add column finished_at timestamptz;
