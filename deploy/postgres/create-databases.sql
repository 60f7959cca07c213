-- One database per service: each owns its data and its event store.
create database complaints owner rectify;
create database cars owner rectify;
create database notifications owner rectify;
