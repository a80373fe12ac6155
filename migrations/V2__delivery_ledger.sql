-- The delivery ledger: which employee received which description version, when, how and in which
-- language, and when they acknowledged it (Cal. Lab. Code §2101; N.Y. Labor Law §781; RCW 49.84.020).
create sequence delivery_seq increment by 50;
create table delivery (
    id              bigint primary key,
    employee_id     bigint      not null references employee (id),
    description_id  bigint      not null references quota_description (id),
    delivered_at    timestamptz not null,
    channel         varchar(16) not null check (channel in ('PAPER', 'EMAIL', 'PORTAL', 'VERBAL')),
    language        varchar(35) not null,
    acknowledged_at timestamptz,
    recorded_by     varchar(64) not null,
    recorded_at     timestamptz not null default now(),
    constraint delivery_acknowledged_after check (acknowledged_at is null or acknowledged_at >= delivered_at)
);
create index delivery_employee_idx on delivery (employee_id, description_id);
create index delivery_description_idx on delivery (description_id);

-- Evaluation runs keep every result of the rules for a facility, so the trend can be shown.
create sequence evaluation_run_seq increment by 50;
create table evaluation_run (
    id             bigint primary key,
    facility_id    bigint        not null references facility (id),
    evaluated_at   timestamptz   not null default now(),
    as_of          date          not null,
    trigger        varchar(64)   not null,
    pass_count     integer       not null,
    fail_count     integer       not null,
    review_count   integer       not null,
    pending_count  integer       not null,
    na_count       integer       not null,
    exposure_cents bigint        not null,
    exposure_text  text          not null,
    -- the findings exactly as the rules returned them (the v1 spec's finding shape)
    findings       jsonb         not null
);
create index evaluation_run_facility_idx on evaluation_run (facility_id, evaluated_at desc);
