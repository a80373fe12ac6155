-- Signed notices. The signing key lives here when no keystore is configured, so every instance signs
-- with the same organisation certificate.
create table signing_key (
    id          integer primary key check (id = 1),
    pkcs12      bytea        not null,
    password    varchar(100) not null,
    alias       varchar(64)  not null,
    subject     varchar(300) not null,
    created_at  timestamptz  not null default now()
);

-- Bulk issuing runs as a job any instance may pick up: its lease expires if the instance dies, and the
-- next one carries on from the employees that have no notice of this job yet.
create sequence notice_job_seq increment by 50;
create table notice_job (
    id           bigint primary key,
    facility_id  bigint       not null references facility (id),
    role_id      bigint references job_role (id),
    status       varchar(16)  not null check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    total        integer      not null,
    done         integer      not null default 0,
    created_by   varchar(64)  not null,
    created_at   timestamptz  not null default now(),
    started_at   timestamptz,
    finished_at  timestamptz,
    lease_owner  varchar(64),
    lease_until  timestamptz,
    error        text
);
create index notice_job_claim_idx on notice_job (status, lease_until);

-- Issued notices are kept exactly as issued, with their SHA-256: never updated, never deleted.
create sequence notice_seq increment by 50;
create table notice (
    id                bigint primary key,
    kind              varchar(16)  not null check (kind in ('EMPLOYEE', 'REGULATOR')),
    verification_code varchar(20)  not null,
    facility_id       bigint       not null references facility (id),
    employee_id       bigint references employee (id),
    description_id    bigint references quota_description (id),
    job_id            bigint references notice_job (id),
    language          varchar(35)  not null,
    issued_at         timestamptz  not null,
    issued_by         varchar(64)  not null,
    sha256            varchar(64)  not null,
    size_bytes        integer      not null,
    pdf               bytea        not null,
    constraint notice_code_unique unique (verification_code),
    constraint notice_sha256_unique unique (sha256),
    -- a resumed bulk job never issues a second notice to the same employee
    constraint notice_job_employee_unique unique (job_id, employee_id),
    constraint notice_employee_fields check ((kind = 'EMPLOYEE') = (employee_id is not null and description_id is not null))
);
create index notice_employee_idx on notice (employee_id, issued_at desc);
create index notice_facility_idx on notice (facility_id, issued_at);

create function notice_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'issued notices are kept as issued: % is not allowed', tg_op using errcode = 'insufficient_privilege';
end $$;
create trigger notice_no_update_delete before update or delete on notice
    for each row execute function notice_immutable();

-- A delivery made by issuing a notice points at it.
alter table delivery add column notice_id bigint references notice (id);
