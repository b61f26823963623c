-- Thủ tục hành chính and hồ sơ: the catalogue a ward offers and the dossiers it handles,
-- imported from the one-stop system. Dates are the ward's local time (Asia/Ho_Chi_Minh) as the
-- one-stop exports write them; statistics compare calendar dates, kept as generated columns.

create table procedure (
    id            bigint generated always as identity primary key,
    ward_id       bigint       not null references ward (id),
    code          varchar(50)  not null,
    name          varchar(1000) not null collate "vi-VN-x-icu",
    field         varchar(200) not null collate "vi-VN-x-icu",
    level         varchar(10)  not null check (level in ('WARD', 'PROVINCE', 'CENTRAL')),
    online_level  varchar(10)  not null check (online_level in ('FULL', 'PARTIAL', 'NONE')),
    non_residence boolean      not null default false,
    has_fee       boolean      not null default false,
    unique (ward_id, code)
);

create table dossier_import (
    id             bigint generated always as identity primary key,
    ward_id        bigint       not null references ward (id),
    file_name      varchar(300) not null,
    checksum       varchar(64)  not null,
    size_bytes     bigint       not null,
    imported_by    varchar(50)  not null,
    started_at     timestamptz  not null default now(),
    finished_at    timestamptz,
    status         varchar(10)  not null check (status in ('RUNNING', 'SUCCEEDED', 'FAILED')),
    skip_invalid   boolean      not null,
    rows_read      integer      not null default 0,
    rows_inserted  integer      not null default 0,
    rows_updated   integer      not null default 0,
    rows_rejected  integer      not null default 0,
    error_total    integer      not null default 0,
    errors         jsonb        not null default '[]',
    message        varchar(1000)
);
create index dossier_import_ward_idx on dossier_import (ward_id, started_at desc);

-- (ward, code) identifies a dossier. ward_id has no foreign key: PostgreSQL would check it row by
-- row on every import (a third of the import's time); the trigger below keeps a ward with
-- dossiers from being deleted instead, with the same error a foreign key gives.
create table dossier (
    ward_id          bigint       not null,
    code             varchar(100) not null,
    procedure_code   varchar(50),
    field            varchar(200) collate "vi-VN-x-icu",
    channel          varchar(10)  not null check (channel in ('ONLINE', 'IN_PERSON', 'POSTAL')),
    received_at      timestamp    not null,
    due_at           timestamp    not null,
    resolved_at      timestamp,
    withdrawn_at     timestamp,
    digitised_input  boolean      not null default false,
    digitised_result boolean      not null default false,
    fee_required     boolean      not null default false,
    paid_online      boolean      not null default false,
    import_id        bigint,   -- the import that last wrote it; no foreign key, which would be checked row by row
    received_on      date generated always as (received_at::date) stored,
    due_on           date generated always as (due_at::date) stored,
    resolved_on      date generated always as (resolved_at::date) stored,
    withdrawn_on     date generated always as (withdrawn_at::date) stored,
    primary key (ward_id, code),
    check (due_at >= received_at),
    check (resolved_at is null or resolved_at >= received_at),
    check (withdrawn_at is null or withdrawn_at >= received_at),
    check (resolved_at is null or withdrawn_at is null)
);
-- the statistics scan one ward's dossiers received up to the period's end
create index dossier_ward_received_idx on dossier (ward_id, received_on);

create function ward_keeps_its_dossiers() returns trigger language plpgsql as $$
begin
    if exists (select 1 from dossier where ward_id = old.id) then
        raise foreign_key_violation using
            message = 'ward ' || old.code || ' still has dossiers',
            table = 'dossier';
    end if;
    return old;
end;
$$;

create trigger ward_keeps_its_dossiers before delete on ward
    for each row execute function ward_keeps_its_dossiers();
