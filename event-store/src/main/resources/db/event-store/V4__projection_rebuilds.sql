-- The rebuild of each read model, shared by every instance of the service: at most one runs per
-- projection (a row in state RUNNING whose heartbeat is recent), and any instance can tell its
-- progress. A rebuild whose instance died stops beating and may be started again.
create table projection_rebuilds (
    projection    text        primary key,
    state         text        not null,
    started_by    text        not null,
    started_at    timestamptz not null,
    heartbeat_at  timestamptz not null,
    finished_at   timestamptz,
    streams       bigint      not null default 0,
    events        bigint      not null default 0,
    failure       text
);
