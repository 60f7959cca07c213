create table counter_view (
    id      uuid   primary key,
    total   bigint not null,
    version bigint not null
);
