-- A hash chain per stream: each event stores the hash of the previous event of its stream and its
-- own hash over an unambiguous encoding of what it says, so that a changed, removed or inserted
-- event breaks the chain at that event (see HashChains). Computed in the append statement itself.

-- One field of the encoding: its length in bytes, a colon, its UTF-8 bytes. Nothing a field holds
-- can be read as the start of the next one.
create function event_hash_field(value text) returns bytea language sql immutable strict as $$
    select convert_to(octet_length(value)::text || ':' || value, 'UTF8')
$$;

-- The hash of one event: SHA-256 over stream type, stream id, version, event type, data (jsonb's
-- normal text form, which is what the record on Kafka carries), actor, time (UTC, microseconds,
-- RFC 3339) and the previous event's hash (hex; empty for the first event of a stream).
create function event_hash(stream_type text, stream_id uuid, version bigint, event_type text, data jsonb,
                           actor text, occurred_at timestamptz, previous_hash bytea) returns bytea
    language sql stable as $$
    select sha256(event_hash_field(stream_type) || event_hash_field(stream_id::text)
                  || event_hash_field(version::text) || event_hash_field(event_type)
                  || event_hash_field(data::text) || event_hash_field(actor)
                  || event_hash_field(to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
                  || event_hash_field(coalesce(encode(previous_hash, 'hex'), '')))
$$;

alter table events add column previous_hash bytea, add column hash bytea;

-- the events recorded so far get their chain, stream by stream in version order (the owner may
-- update: the append-only trigger is off for this migration only)
alter table events disable trigger events_no_update_or_delete;
do $$
declare
    event record;
    previous bytea;
    last_stream uuid;
begin
    for event in select position, stream_type, stream_id, version, event_type, data, actor, occurred_at
                   from events order by stream_id, version loop
        if last_stream is distinct from event.stream_id then
            previous := null;
            last_stream := event.stream_id;
        end if;
        update events
           set previous_hash = previous,
               hash = event_hash(event.stream_type, event.stream_id, event.version, event.event_type, event.data,
                                 event.actor, event.occurred_at, previous)
         where position = event.position
     returning hash into previous;
    end loop;
end;
$$;
alter table events enable trigger events_no_update_or_delete;
alter table events alter column hash set not null;
