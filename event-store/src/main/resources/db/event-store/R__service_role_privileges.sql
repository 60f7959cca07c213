-- What the services' role may do, granted by the owner role that runs the migrations (and owns
-- every table): read and write rows, never own a table, so it cannot switch off the event store's
-- append-only triggers. On events it may read and append; UPDATE stays granted only because
-- LOCK TABLE ... IN SHARE MODE (a projection rebuild's batch) needs it, and the trigger refuses
-- every update. Re-run by Flyway whenever this file changes; ${service_role} comes from
-- quarkus.flyway.placeholders.service_role (the datasource's user).
grant usage on schema public to ${service_role};
grant select, insert, update, delete on all tables in schema public to ${service_role};
grant usage, select on all sequences in schema public to ${service_role};
revoke delete, truncate, references, trigger on events from ${service_role};
grant select, insert, update on events to ${service_role};
-- tables and sequences the owner creates in later migrations
alter default privileges in schema public grant select, insert, update, delete on tables to ${service_role};
alter default privileges in schema public grant usage, select on sequences to ${service_role};
