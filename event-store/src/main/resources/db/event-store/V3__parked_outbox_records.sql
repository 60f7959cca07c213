-- A record Kafka refuses for good (too large, an invalid topic) is parked instead of retried for
-- ever: the relay skips it and the later events of its case, every other case goes on, and an
-- admin lists and retries parked records (GET /admin/outbox/parked).
alter table outbox add column parked_at timestamptz;
alter table outbox add column failure text;

drop index outbox_unpublished;
create index outbox_unpublished on outbox (position) where published_at is null and parked_at is null;
create index outbox_parked on outbox (position) where parked_at is not null;
