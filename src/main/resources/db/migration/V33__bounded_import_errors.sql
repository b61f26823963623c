-- Issue 21: the errors an import keeps are its first 200, each value cut at 200 characters and each reason
-- at 500 (as ImportError and TaskImportError now cut them). Imports recorded before kept whole cells: one of
-- 10 MB broke the imports page for every user, so those lists are cut the same way here.
create function pg_temp.bounded_errors(errors jsonb) returns jsonb language sql immutable as $$
    select coalesce(jsonb_agg(
               case when jsonb_typeof(e) <> 'object' then e
                    else e || jsonb_build_object(
                        'value', case when length(e ->> 'value') > 200 then to_jsonb(left(e ->> 'value', 200) || '…')
                                      else e -> 'value' end,
                        'message', case when length(e ->> 'message') > 500 then to_jsonb(left(e ->> 'message', 500) || '…')
                                        else e -> 'message' end)
               end order by n), '[]'::jsonb)
    from jsonb_array_elements(errors) with ordinality as t(e, n)
    where n <= 200
$$;

update dossier_import set errors = pg_temp.bounded_errors(errors)
where jsonb_typeof(errors) = 'array' and errors <> pg_temp.bounded_errors(errors);

update task_import set errors = pg_temp.bounded_errors(errors)
where jsonb_typeof(errors) = 'array' and errors <> pg_temp.bounded_errors(errors);
