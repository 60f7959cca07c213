-- Delivery: what is due when, and which instance is delivering it right now (a lease, so two
-- instances never send the same notification at once and a crashed one's work is taken over).
alter table notification_view
    add column subject          text,
    add column subscription_id  uuid,
    add column next_attempt_at  timestamptz,
    add column lease_until      timestamptz;

create index notification_view_due on notification_view (next_attempt_at) where status = 'PENDING';

-- Who a case's customer is, learnt from complaints.events (the received event), so that later
-- steps of the case can be told to the customer in the customer's language.
create table case_contacts (
    case_id        uuid primary key,
    reference      text not null,
    customer_name  text,
    email          text not null,
    language       text not null
);

-- The reference of each CAR, learnt from cars.events, for the quality team's alerts.
create table car_references (
    car_id     uuid primary key,
    case_id    uuid not null,
    reference  text not null
);

-- Webhook subscriptions of integrations.
create table webhook_subscriptions (
    id           uuid primary key,
    url          text not null,
    event_types  text[] not null,
    secret       text not null,
    description  text,
    created_at   timestamptz not null
);
