-- Which customer a case belongs to, so that a customer's user sees only their own cases'
-- notifications. Cases learnt before this column existed have none and are shown to staff only.
alter table case_contacts add column customer_id text;
