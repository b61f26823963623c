-- Imports write tens of thousands of dossiers at a time (issue 3's benchmark: a million). Measured
-- on the embedded server, each of these cost a quarter to a third of the time of writing a row:
--  * the generated date columns: the statistics take the calendar dates in their query instead;
--  * the index on (ward, received date): a ward's statistics read the ward's rows through the
--    primary key, whose first column is the ward, as fast;
--  * comparing codes by the database's locale in the primary key: a dossier code is an
--    identifier, compared byte by byte ("C").
drop index dossier_ward_received_idx;
alter table dossier
    drop column received_on,
    drop column due_on,
    drop column resolved_on,
    drop column withdrawn_on;
alter table dossier alter column code type varchar(100) collate "C";
