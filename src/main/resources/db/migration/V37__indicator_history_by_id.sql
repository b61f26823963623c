-- A value's history is read in the order its changes were made (by id): the form reads its newest few,
-- which with an index by time meant reading and sorting all of them on every save of the form.
create index indicator_value_history_order on indicator_value_history (indicator_id, period, id);
drop index indicator_value_history_idx;
