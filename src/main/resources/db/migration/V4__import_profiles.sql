-- A named column mapping for a one-stop export whose headers ward57 does not recognise by itself,
-- saved once by a ward officer and chosen at each import. A vendor that writes a status column and
-- one date instead of separate result and withdrawal dates is mapped with the status_* columns:
-- a row whose status is one of resolved_values was resolved on status_date_column's date, one of
-- withdrawn_values was withdrawn on it; any other status is still in progress.
create table import_profile (
    id                 bigint generated always as identity primary key,
    ward_id            bigint       not null references ward (id),
    name               varchar(100) not null collate "vi-VN-x-icu",
    columns            jsonb        not null default '{}',  -- canonical column name → the file's header
    status_column      varchar(200),
    status_date_column varchar(200),
    resolved_values    jsonb        not null default '[]',
    withdrawn_values   jsonb        not null default '[]',
    unique (ward_id, name),
    check ((status_column is null) = (status_date_column is null))
);
