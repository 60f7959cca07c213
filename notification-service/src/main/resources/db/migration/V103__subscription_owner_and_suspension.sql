-- Who made a subscription (integrators see and end their own, and have a limit), and whether
-- it is suspended because its endpoint only failed for a long while.
alter table webhook_subscriptions
    add column owner_subject     text,
    add column owner_username    text,
    add column status            text not null default 'ACTIVE',
    add column failing_since     timestamptz,
    add column suspended_at      timestamptz,
    add column suspension_reason text;

create index webhook_subscriptions_by_owner on webhook_subscriptions (owner_subject);
