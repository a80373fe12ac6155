-- Failed sign-ins, kept only as long as the throttling window needs them (LoginThrottle prunes older rows).
-- In the database, not in memory, so every instance behind a load balancer counts the same attempts.
-- The audit trail keeps the lasting record of each failure.
create table login_failure (
    id         bigint generated always as identity primary key,
    username   varchar(64)  not null,
    address    varchar(64)  not null,
    failed_at  timestamptz  not null
);
create index login_failure_username_idx on login_failure (username, failed_at);
create index login_failure_address_idx on login_failure (address, failed_at);
create index login_failure_failed_at_idx on login_failure (failed_at);
