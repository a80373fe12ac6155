-- Valid time of quota descriptions (issue 10). A version is in force from its effective day, the first
-- facility-local day employees are subject to it; activation only records when it was decided. The effective day
-- is fixed at activation (the document's effectiveDate, else the local day of activation) and kept in a column so
-- that every query about "in force on day D" reads the same value.
alter table quota_description add column effective_on date;
alter table quota_description add column backdate_reason text;

-- Versions decided before this migration: the document's date, else the day they were activated, in the
-- facility's state's zone (the same table as calendar.StateTimeZones).
alter table quota_description disable trigger quota_description_immutable;
update quota_description d
set effective_on = coalesce((d.document ->> 'effectiveDate')::date,
                            (d.activated_at at time zone case f.state
                                when 'CA' then 'America/Los_Angeles' when 'WA' then 'America/Los_Angeles'
                                when 'OR' then 'America/Los_Angeles' when 'MN' then 'America/Chicago'
                                else 'America/New_York' end)::date)
from facility f
where f.id = d.facility_id and d.activated_at is not null;
alter table quota_description enable trigger quota_description_immutable;

alter table quota_description add constraint quota_description_decided_has_effective_day
    check (activated_at is null or effective_on is not null);
create index quota_description_in_force_idx on quota_description (role_id, effective_on) where activated_at is not null;

-- What was decided stays decided: the effective day and the back-dating reason join the immutable columns.
create or replace function quota_description_guard() returns trigger language plpgsql as $$
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
           or new.effective_on is distinct from old.effective_on
           or new.backdate_reason is distinct from old.backdate_reason
           or not (new.status = old.status or (old.status = 'ACTIVE' and new.status = 'SUPERSEDED')) then
            raise exception 'quota description % (version %) is % and cannot be changed', old.id, old.version, old.status
                using errcode = 'check_violation';
        end if;
    end if;
    return new;
end $$;

-- The roster as it stood on a past day needs to know when the registry first knew each employee.
alter table employee add column created_at timestamptz;
update employee set created_at = updated_at;
alter table employee alter column created_at set not null;
alter table employee alter column created_at set default now();

-- When a request was declined, so that a past day's evaluation sees it still open.
alter table employee_request add column declined_at timestamptz;
