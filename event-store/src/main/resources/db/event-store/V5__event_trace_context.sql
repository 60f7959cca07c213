-- The W3C trace context (traceparent) of the request or consumer that appended each event, so
-- that the relay's publish, the consumers downstream and a later delivery continue its trace.
-- Not part of what the event says: null where no trace was active.
alter table events add column traceparent text;
