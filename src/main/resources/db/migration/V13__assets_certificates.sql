-- Thiết bị, hạ tầng; chứng thư số và thư công vụ (issue 6): the ward's equipment where it stands
-- (a unit, or a residential group for cameras and Wi-Fi points), and the digital certificates and
-- official e-mail accounts issued, from which the reports' figures are computed.

create table asset (
    id                    bigint generated always as identity primary key,
    ward_id               bigint        not null references ward (id),
    kind                  varchar(20)   not null check (kind in ('COMPUTER', 'PRINTER_SCANNER', 'SCREEN', 'KIOSK',
                                                                 'SERVER', 'NETWORK_POINT', 'WIFI_POINT', 'CAMERA',
                                                                 'OTHER')),
    name                  varchar(300)  not null collate "vi-VN-x-icu",
    -- where it is: the unit that uses it, and/or the residential group it stands in (cameras, Wi-Fi)
    unit_id               bigint        references unit (id),
    residential_group_id  bigint        references residential_group (id),
    location              varchar(300),
    quantity              integer       not null check (quantity > 0),
    -- not after this year: the service checks, a constraint cannot know the date
    acquired_year         integer       check (acquired_year between 1990 and 2100),
    condition             varchar(20)   not null default 'GOOD'
                                        check (condition in ('GOOD', 'NEEDS_REPAIR', 'OUT_OF_SERVICE')),
    note                  varchar(2000),
    created_at            timestamptz   not null default now()
);
create index asset_ward_idx on asset (ward_id, kind);
create index asset_unit_idx on asset (unit_id);
create index asset_group_idx on asset (residential_group_id);

-- One line per issue: e.g. "cấp mới chứng thư số cho 61 cá nhân" is one line of quantity 61, or 61
-- lines of one person each; the figures add the quantities either way.
create table certificate_issue (
    id           bigint generated always as identity primary key,
    ward_id      bigint        not null references ward (id),
    issued_on    date          not null,
    kind         varchar(30)   not null check (kind in ('DIGITAL_CERTIFICATE', 'OFFICIAL_EMAIL')),
    holder       varchar(10)   not null check (holder in ('BODY', 'PERSON')),
    action       varchar(10)   not null check (action in ('NEW', 'RENEWED', 'CHANGED')),
    holder_name  varchar(300)  collate "vi-VN-x-icu",
    quantity     integer       not null check (quantity > 0),
    -- the request or decision it was issued on, e.g. "125/UBND-VP"
    document     varchar(200),
    note         varchar(2000),
    created_at   timestamptz   not null default now()
);
create index certificate_issue_ward_idx on certificate_issue (ward_id, issued_on);
