-- Issue 21, item 8.
--
-- Feedback moderation: an item is shown publicly (receipt page content, Open311) only once an officer
-- who handles feedback has published it; published_at/published_by say when and who, and replace the
-- flag "public" that the public form set by itself. Existing items are not public until marked.
-- address_consent: the resident agreed, on the public form, that the address may be shown with the item;
-- without it the public views never show the address.
alter table feedback_item
    add column published_at    timestamptz,
    add column published_by    varchar(50),
    add column address_consent boolean not null default false,
    add constraint feedback_item_published_check check ((published_at is null) = (published_by is null));
alter table feedback_item drop column public;

-- A system administrator: a province admin of the provinces it holds who alone creates provinces.
-- The first administrator (user admin, made on the first start) becomes one.
alter table app_user drop constraint app_user_role_check;
alter table app_user add constraint app_user_role_check
    check (role in ('SYSTEM_ADMIN', 'PROVINCE_ADMIN', 'WARD_LEADER', 'WARD_OFFICER', 'VIEWER'));
alter table app_user drop constraint app_user_check;
alter table app_user add constraint app_user_province_level_check
    check ((role in ('SYSTEM_ADMIN', 'PROVINCE_ADMIN')) = (ward_id is null));
update app_user set role = 'SYSTEM_ADMIN' where username = 'admin' and role = 'PROVINCE_ADMIN';
