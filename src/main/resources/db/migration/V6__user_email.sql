-- where the daily reminders of due and overdue tasks are sent (issue 4); optional
alter table app_user add column email varchar(200);
