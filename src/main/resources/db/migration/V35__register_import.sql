-- Issue 21: an import of a register file (staff, training events, assets, certificates, community teams,
-- budget lines, disbursements, breakthroughs, recommendations, digital citizens) runs in the background
-- like the dossier and task imports: accepted at once (202), queued behind the ward's earlier imports,
-- followed by its status, cancellable, and recorded with its outcome. The message is kept worded in the
-- language of the one who started it; errors holds at most the first 200 faulty cells.
create table register_import (
    ward_id       bigint      not null references ward (id),
    id            bigint      generated always as identity,
    kind          text        not null,
    file_name     text        not null check (length(file_name) <= 300),
    status        text        not null default 'QUEUED'
                  check (status in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED')),
    rows_read     bigint      not null default 0,
    rows_imported bigint      not null default 0,
    errors        jsonb       not null default '[]',
    error_total   bigint      not null default 0,
    message       text        check (length(message) <= 2000),
    started_by    text        not null,
    created_at    timestamptz not null default now(),
    finished_at   timestamptz,
    primary key (ward_id, id)
);

create index register_import_ward_recent on register_import (ward_id, created_at desc);
