-- The actor of an event is the authenticated user: beside the username (actor) the identity
-- provider's subject, which stays the same when a username changes. Events recorded before
-- authentication existed have none.
alter table events add column actor_id text;
