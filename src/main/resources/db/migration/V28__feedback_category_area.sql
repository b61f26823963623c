-- Whether a feedback category belongs to the Resolution-57 area (KHCN, ĐMST, CĐS): the report's PAKN section
-- and its appendix II count only those (issue 20). Each ward marks its own categories; none is by default.
alter table feedback_category add column nq57_area boolean not null default false;
