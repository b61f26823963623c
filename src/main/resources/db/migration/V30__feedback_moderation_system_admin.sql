-- Issue 21, item 8.

-- A system administrator: a province admin of the provinces it holds who alone creates provinces.
-- The first administrator (user admin, made on the first start) becomes one.
alter table app_user drop constraint app_user_role_check;
alter table app_user add constraint app_user_role_check
    check (role in ('SYSTEM_ADMIN', 'PROVINCE_ADMIN', 'WARD_LEADER', 'WARD_OFFICER', 'VIEWER'));
alter table app_user drop constraint app_user_check;
alter table app_user add constraint app_user_province_level_check
    check ((role in ('SYSTEM_ADMIN', 'PROVINCE_ADMIN')) = (ward_id is null));
update app_user set role = 'SYSTEM_ADMIN' where username = 'admin' and role = 'PROVINCE_ADMIN';
