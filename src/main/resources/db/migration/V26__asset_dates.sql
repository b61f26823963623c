-- As of the period (issue 20): when an asset was installed (ngày lắp đặt) and removed (ngày thu hồi,
-- ngừng sử dụng), so that a report counts the cameras and equipment in service on its last day, not today.
-- Nullable: entries made before have no dates; the figures count them and say "theo số liệu hiện tại".
alter table asset
    add column installed_on date,
    add column removed_on   date,
    -- the same day is allowed (installed and taken away again); "not after today" the service checks
    add constraint asset_removed_not_before_installed
        check (removed_on is null or installed_on is null or removed_on >= installed_on);
