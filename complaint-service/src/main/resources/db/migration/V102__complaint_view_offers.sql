-- The commands a case offers are computed from the lifecycle's table when the case is read: the
-- projection stores each offered command with the time it closes (a survey link expires), and a
-- read filters them by the time of reading. Rows written before this keep their stored list
-- until the next event or a rebuild.
alter table complaint_view add column offers jsonb;
