-- Optimistic locking (issue 21): each editable record has a version, 0 when written first and raised by every
-- UPDATE of it (set version = version + 1 where … and version = ?). The API gives it as the ETag of the record and
-- refuses a change whose If-Match names an older one; the pages carry it in a hidden field of their edit forms.
-- Adding a column with a constant default rewrites no table. Directives are only registered, never edited, so
-- they have none.
alter table task add column version integer not null default 0;
alter table indicator_value add column version integer not null default 0;
alter table indicator_target add column version integer not null default 0;
alter table budget_line add column version integer not null default 0;
alter table disbursement add column version integer not null default 0;
alter table asset add column version integer not null default 0;
alter table certificate_issue add column version integer not null default 0;
alter table feedback_item add column version integer not null default 0;
alter table staff_member add column version integer not null default 0;
alter table training_event add column version integer not null default 0;
alter table community_team add column version integer not null default 0;

-- who changed a record last, and when, for the refusal of a stale change: the latest audit entry of the record
create index audit_log_entity_key_idx on audit_log (entity, entity_key, id desc);
