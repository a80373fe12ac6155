-- The quota registry: employers, facilities, job roles, employees, versioned quota descriptions,
-- and the users who may see them. Hibernate never generates this schema; it only validates it.
-- Sequences step by 50 to match Hibernate's pooled id allocation.

create sequence employer_seq increment by 50;
create table employer (
    id         bigint primary key,
    name       varchar(200) not null,
    created_at timestamptz  not null default now()
);

create sequence facility_seq increment by 50;
create table facility (
    id                            bigint primary key,
    employer_id                   bigint       not null references employer (id),
    code                          varchar(32)  not null,
    name                          varchar(200) not null,
    address                       varchar(500),
    state                         varchar(2)   not null check (state ~ '^[A-Z]{2}$'),
    naics_code                    varchar(6) check (naics_code ~ '^[0-9]{6}$'),
    site_nonexempt_headcount      integer check (site_nonexempt_headcount >= 0),
    statewide_nonexempt_headcount integer check (statewide_nonexempt_headcount >= 0),
    cba_covered                   boolean      not null default false,
    cba_metrics_negotiable        boolean      not null default false,
    cba_records_right_equivalent  boolean      not null default false,
    federal_opt_in                boolean      not null default false,
    created_at                    timestamptz  not null default now(),
    constraint facility_code_unique unique (code)
);
create index facility_employer_idx on facility (employer_id);

create sequence job_role_seq increment by 50;
create table job_role (
    id          bigint primary key,
    facility_id bigint       not null references facility (id),
    code        varchar(32)  not null,
    title       varchar(200) not null,
    constraint job_role_code_unique unique (facility_id, code),
    -- lets employees and descriptions prove their role belongs to their own facility
    constraint job_role_id_facility_unique unique (id, facility_id)
);

create sequence employee_seq increment by 50;
create table employee (
    id               bigint primary key,
    facility_id      bigint       not null references facility (id),
    employee_number  varchar(32)  not null,
    name             varchar(200) not null,
    role_id          bigint,
    hire_date        date         not null,
    separation_date  date,
    exempt           boolean      not null default false,
    primary_language varchar(35)  not null default 'en',
    email            varchar(320),
    updated_at       timestamptz  not null default now(),
    constraint employee_number_unique unique (facility_id, employee_number),
    constraint employee_role_same_facility foreign key (role_id, facility_id) references job_role (id, facility_id),
    constraint employee_separation_after_hire check (separation_date is null or separation_date >= hire_date)
);
create index employee_role_idx on employee (role_id);

create sequence quota_description_seq increment by 50;
create table quota_description (
    id                         bigint primary key,
    facility_id                bigint      not null references facility (id),
    role_id                    bigint      not null,
    version                    integer     not null check (version > 0),
    status                     varchar(16) not null check (status in ('DRAFT', 'IN_REVIEW', 'ACTIVE', 'SUPERSEDED')),
    document                   jsonb       not null,
    filed_by                   varchar(64) not null,
    filed_at                   timestamptz not null default now(),
    updated_at                 timestamptz not null default now(),
    submitted_at               timestamptz,
    activated_at               timestamptz,
    activated_by               varchar(64),
    superseded_at              timestamptz,
    activation_override_reason text,
    constraint quota_description_version_unique unique (facility_id, role_id, version),
    constraint quota_description_role_same_facility foreign key (role_id, facility_id) references job_role (id, facility_id)
);
-- At most one version of a role's description is in force at a time.
create unique index quota_description_one_active on quota_description (role_id) where status = 'ACTIVE';

-- ACTIVE and SUPERSEDED versions are what employees were told: the database refuses to rewrite them,
-- whatever the application does. The only change allowed is ACTIVE -> SUPERSEDED.
create function quota_description_guard() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        if old.status <> 'DRAFT' then
            raise exception 'quota description % (version %) is %, and only drafts can be deleted', old.id, old.version, old.status
                using errcode = 'check_violation';
        end if;
        return old;
    end if;
    if old.status in ('ACTIVE', 'SUPERSEDED') then
        if new.document is distinct from old.document or new.version <> old.version or new.role_id <> old.role_id
           or new.facility_id <> old.facility_id or new.activated_at is distinct from old.activated_at
           or not (new.status = old.status or (old.status = 'ACTIVE' and new.status = 'SUPERSEDED')) then
            raise exception 'quota description % (version %) is % and cannot be changed', old.id, old.version, old.status
                using errcode = 'check_violation';
        end if;
    end if;
    return new;
end $$;
create trigger quota_description_immutable
    before update or delete on quota_description
    for each row execute function quota_description_guard();

create sequence app_user_seq increment by 50;
create table app_user (
    id           bigint primary key,
    username     varchar(64)  not null,
    password     varchar(100) not null,
    role         varchar(16)  not null check (role in ('admin', 'manager', 'employee', 'compliance', 'regulator')),
    display_name varchar(200),
    employee_id  bigint references employee (id),
    created_at   timestamptz  not null default now(),
    constraint app_user_username_unique unique (username),
    constraint app_user_employee_unique unique (employee_id),
    constraint app_user_employee_role check ((role = 'employee') = (employee_id is not null))
);

-- Which facilities a manager may see and change.
create table manager_facility (
    user_id     bigint not null references app_user (id) on delete cascade,
    facility_id bigint not null references facility (id),
    primary key (user_id, facility_id)
);
create index manager_facility_facility_idx on manager_facility (facility_id);
