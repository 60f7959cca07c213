#!/bin/sh
# Run once by the postgres image on an empty data directory. Two roles, neither a superuser:
# rectify_owner owns the databases and runs the migrations; rectify is what the services log in
# as, granted row access by the migrations and owning nothing, so it cannot switch off the event
# store's append-only triggers. One database per service: each owns its data and its event store.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
     -v owner_password="$RECTIFY_DB_OWNER_PASSWORD" -v service_password="$RECTIFY_DB_PASSWORD" <<'SQL'
create role rectify_owner login nosuperuser nocreatedb nocreaterole password :'owner_password';
create role rectify login nosuperuser nocreatedb nocreaterole password :'service_password';
create database complaints owner rectify_owner;
create database cars owner rectify_owner;
create database notifications owner rectify_owner;
SQL
