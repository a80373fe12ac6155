-- API tokens (issue #15): a bearer secret checked with one indexed lookup instead of bcrypt on every call.
-- Only the SHA-256 of a token is stored; the token itself is shown once, when it is made, and never again.
-- A token acts as its owner (a person, or a service account below), never beyond the owner: within a role no higher
-- than the owner's and, for a manager's token, within a subset of the facilities (facility_ids; null = all of the
-- owner's). Revoking keeps the row (the audit trail refers to it): a token is never deleted.
create sequence api_token_seq increment by 50;
create table api_token (
    id           bigint primary key,
    user_id      bigint       not null references app_user (id),
    name         varchar(100) not null,
    token_hash   varchar(64)  not null,
    prefix       varchar(16)  not null,
    role         varchar(16)  not null check (role in ('admin', 'manager', 'employee', 'compliance', 'regulator')),
    facility_ids bigint[],
    created_at   timestamptz  not null,
    created_by   varchar(64)  not null,
    expires_at   timestamptz,
    revoked_at   timestamptz,
    revoked_by   varchar(64),
    last_used_at timestamptz,
    constraint api_token_hash_unique unique (token_hash),
    constraint api_token_hash_hex check (token_hash ~ '^[0-9a-f]{64}$')
);
create index api_token_user_idx on api_token (user_id);

-- A service account ("LMS feed at ONT8") is an account for a system, not a person: it signs in only with its tokens,
-- never with a password (security.AccountStanding refuses it on the form and HTTP Basic; its stored password hash is
-- of random bytes nobody was told).
alter table app_user add column service_account boolean not null default false;
