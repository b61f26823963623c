-- When each unit's report of a period type is due (the day of the month after the period; seed 001
-- says the 15th) and, if set, how many days after that entry closes unless the leader returns it.
create table report_schedule (
    ward_id            bigint      not null references ward (id),
    unit_id            bigint      not null references unit (id),
    period_type        varchar(10) not null check (period_type in ('MONTH', 'QUARTER', 'HALF_YEAR', 'YEAR')),
    due_day            smallint    not null default 15 check (due_day between 1 and 28),
    closes_after_days  smallint    check (closes_after_days between 0 and 365),
    primary key (unit_id, period_type)
);
