-- Anchors: now and then the heads of all hash chains are combined into one Merkle root, which is
-- appended as an event (stream type chain-anchor) and so published on the service's topic (see
-- ChainAnchors). The leaves are kept to prove later that a stream's head was in a published root.

create table chain_anchors (
    anchor       bigint      primary key check (anchor > 0),
    root         bytea       not null,
    streams      bigint      not null,
    event_id     uuid        not null references events (event_id),
    anchored_at  timestamptz not null
);

create table chain_anchor_leaves (
    -- checked at commit: the leaves are written first, the anchor once their root is known
    anchor       bigint      not null references chain_anchors (anchor) deferrable initially deferred,
    leaf         bigint      not null,
    stream_type  text        not null,
    stream_id    uuid        not null,
    version      bigint      not null,
    hash         bytea       not null,
    primary key (anchor, leaf)
);

-- a stream's latest anchor, for its proof
create index chain_anchor_leaves_by_stream on chain_anchor_leaves (stream_id, anchor);

create trigger chain_anchors_no_update_or_delete before update or delete on chain_anchors
    for each row execute function events_are_append_only();
create trigger chain_anchor_leaves_no_update_or_delete before update or delete on chain_anchor_leaves
    for each row execute function events_are_append_only();
