-- The steps a CAR offers are computed from the lifecycle's table when it is read: the projection
-- stores each offered command (with the time it closes, should one ever do), a read filters them
-- by the time of reading. Rows written before this keep their stored list until the next event.
alter table car_view add column offers jsonb;
