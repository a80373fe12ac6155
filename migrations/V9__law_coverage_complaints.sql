-- Issue 11: coverage counted from the registry, job functions, complaints, every request recorded.

-- Employers linked into one controlled group (Rev. & Tax. Code §25105, N.Y. Lab. Law §780(4), RCW 49.84.010):
-- employers with the same group name count their employees together.
alter table employer add column controlled_group varchar(200);
create index employer_controlled_group_idx on employer (controlled_group) where controlled_group is not null;

-- Headcounts are counted from the roster. Agency and staffing workers the employer controls are not on the roster:
-- they are a number per site. A typed headcount is an override and needs a reason; the ones typed before this
-- migration keep their value, with a reason saying where it came from.
alter table facility add column agency_workers integer not null default 0 check (agency_workers >= 0);
alter table facility add column headcount_override_reason varchar(500);
update facility set headcount_override_reason = 'Typed before headcounts were counted from the roster'
 where site_nonexempt_headcount is not null or statewide_nonexempt_headcount is not null;
alter table facility add constraint facility_headcount_override_reason check (
    (site_nonexempt_headcount is null and statewide_nonexempt_headcount is null)
    or (headcount_override_reason is not null and btrim(headcount_override_reason) <> ''));

-- What a role's people mainly do: some statutes leave drivers, couriers and office staff out.
alter table job_role add column job_function varchar(24) not null default 'WAREHOUSE' check (job_function in
    ('WAREHOUSE', 'DRIVER', 'COURIER', 'MANUFACTURING', 'ADMINISTRATIVE', 'SALES', 'ACCOUNTING', 'HUMAN_RESOURCES'));

-- Every request is recorded; one the law does not oblige the employer to answer (a former employee's second request
-- in CA, NY and OR; a WA former employee after three years) says so, with the citation. The answer's languages are
-- kept, comma-separated BCP 47 tags (N.Y. Lab. Law §785(5): English and the primary language).
alter table employee_request add column required boolean not null default true;
alter table employee_request add column not_required_reason text;
alter table employee_request add column answer_languages varchar(64);
alter table employee_request add constraint employee_request_not_required_reason
    check (required or not_required_reason is not null);

-- Quota complaints, to the employer or an agency: they start the retaliation presumption (Cal. Lab. Code §2105,
-- N.Y. Lab. Law §786, WAC 296-136-090).
create sequence complaint_seq increment by 50;
create table complaint (
    id           bigint primary key,
    facility_id  bigint        not null references facility (id),
    employee_id  bigint        not null references employee (id),
    made_on      date          not null,
    recipient    varchar(16)   not null check (recipient in ('EMPLOYER', 'AGENCY')),
    agency       varchar(200),
    made_by      varchar(200)  not null,
    allegation   text          not null check (btrim(allegation) <> ''),
    recorded_by  varchar(64)   not null,
    recorded_at  timestamptz   not null default now(),
    constraint complaint_agency_named check (recipient = 'EMPLOYER' or agency is not null)
);
create index complaint_facility_idx on complaint (facility_id, made_on);
create index complaint_employee_idx on complaint (employee_id, made_on);

-- The penalty estimate's count broken down by rule and by employee, so it matches the findings next to it.
alter table evaluation_run add column exposure_breakdown jsonb;
