-- Validation rules over indicator values and system metrics (issue 5): left operator right, each side
-- an expression such as #{DDDT-TK} or metric:STAFF_FILLED. HIGH rules block approval; MEDIUM and LOW warn.
create table validation_rule (
    id          bigint generated always as identity primary key,
    ward_id     bigint        not null references ward (id),
    code        varchar(80)   not null,
    name        varchar(500)  not null collate "vi-VN-x-icu",
    left_expr   varchar(1000) not null,
    operator    varchar(2)    not null check (operator in ('=', '!=', '<', '<=', '>', '>=')),
    right_expr  varchar(1000) not null,
    missing     varchar(10)   not null check (missing in ('SKIP', 'NEVER_SKIP')),
    importance  varchar(6)    not null check (importance in ('HIGH', 'MEDIUM', 'LOW')),
    unique (ward_id, code)
);
