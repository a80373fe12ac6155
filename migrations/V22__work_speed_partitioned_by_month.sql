-- Work speed data grows fastest (a 70,000-employee employer at four metrics a day writes about 100 million rows a
-- year), so work_speed_record becomes a table partitioned by month of work_date (issue #15):
--   * a month whose every row is past every retention period goes as one DROP of its partition, not as 8 million
--     deleted rows and the vacuum after them (retention.WorkSpeedMonths decides, work_speed_drop_month enforces);
--   * the employee's 90-day report reads three or four partitions' indexes, however many years are stored;
--   * every unique index starts with facility_id, so the table can later be distributed by facility (Citus,
--     docs/scaling.md); the primary key also holds work_date, which partitioning requires of it.
-- Same columns, checks, defaults, keys, index names and foreign keys as V5; existing rows are moved in this
-- migration's one transaction. There is no DEFAULT partition: a row of a month nobody made a partition for fails
-- loudly instead of landing where a month's drop could never reach it. Partitions are made on demand by
-- work_speed_partitions_for, which the loader calls for the months of a file before storing it.

alter table work_speed_record rename to work_speed_record_v5;
alter index work_speed_record_pkey rename to work_speed_record_v5_pkey;
alter index work_speed_record_employee_idx rename to work_speed_record_v5_employee_idx;

create table work_speed_record (
    facility_id          bigint        not null references facility (id),
    employee_id          bigint        not null references employee (id),
    work_date            date          not null,
    metric               varchar(64)   not null,
    units                numeric(12,2) not null check (units >= 0),
    time_on_task_minutes integer       not null check (time_on_task_minutes between 0 and 1440),
    off_task_bathroom    integer       not null default 0 check (off_task_bathroom between 0 and 1440),
    off_task_break       integer       not null default 0 check (off_task_break between 0 and 1440),
    off_task_safety      integer       not null default 0 check (off_task_safety between 0 and 1440),
    off_task_other       integer       not null default 0 check (off_task_other between 0 and 1440),
    loaded_at            timestamptz   not null default now(),
    primary key (facility_id, employee_id, work_date, metric)
) partition by range (work_date);
create index work_speed_record_employee_idx on work_speed_record (employee_id, work_date);

-- Makes the month partitions from first_day's month to last_day's month that do not exist yet; returns how many it
-- made. Runs as the schema's owner (the serving role owns nothing and may not create tables), so a partition is
-- the owner's like the table, and the serving role reaches its rows only through work_speed_record, whose grants
-- (afterMigrate.sql) let it read and append, never change or delete. A partition is created standalone and then
-- attached: ATTACH takes only a SHARE UPDATE EXCLUSIVE lock on work_speed_record, so reads and loads of other
-- months go on meanwhile (CREATE TABLE ... PARTITION OF would take an ACCESS EXCLUSIVE one). Two instances making
-- the same month: the advisory lock lets one make it; the other then finds it (WorkSpeedPartitionsTest).
create function work_speed_partitions_for(first_day date, last_day date) returns integer
    language plpgsql security definer as $$
declare
    month date;
    part  text;
    made  integer := 0;
begin
    if first_day is null or last_day is null or last_day < first_day then
        return 0;
    end if;
    if last_day - first_day > 3700 then
        raise exception 'work speed partitions are made for at most ten years at a time, not % to %', first_day, last_day
            using errcode = 'invalid_parameter_value';
    end if;
    month := date_trunc('month', first_day)::date;
    while month <= last_day loop
        part := 'work_speed_record_' || to_char(month, 'YYYY_MM');
        if to_regclass(part) is null then
            perform pg_advisory_xact_lock(hashtext('work_speed_record partitions'));
            -- Asked of pg_class with this statement's own snapshot: to_regclass reads the catalog cache, which an
            -- advisory lock does not refresh, and would miss the month another instance made while we waited.
            if not exists (select 1 from pg_class where relname = part and relnamespace = current_schema()::regnamespace) then
                execute format('create table %I (like work_speed_record including defaults including constraints'
                               ' including indexes)', part);
                execute format('alter table work_speed_record attach partition %I for values from (%L) to (%L)',
                               part, month, (month + interval '1 month')::date);
                made := made + 1;
            end if;
        end if;
        month := (month + interval '1 month')::date;
    end loop;
    return made;
end $$;

-- Drops the partition of the month starting on month_start and returns how many rows it held (null when there is no
-- such partition: another instance dropped it). The app decides which months may go under each facility's own
-- periods (retention.WorkSpeedMonths); this function is the floor the database holds whatever the app asks,
-- because dropping a partition deletes evidence: it refuses a month that ended less than three years ago (the
-- shortest period any of the laws sets), a month holding a row of an employee not separated or separated less
-- than three years ago, and a month inside the window of an open request for work speed data.
create function work_speed_drop_month(month_start date) returns bigint
    language plpgsql security definer as $$
declare
    part     text := 'work_speed_record_' || to_char(month_start, 'YYYY_MM');
    month_end date := (month_start + interval '1 month')::date;
    blocking bigint;
    held     bigint;
begin
    if month_start is null or month_start <> date_trunc('month', month_start)::date then
        raise exception 'a month is given by its first day, not %', month_start using errcode = 'invalid_parameter_value';
    end if;
    if to_regclass(part) is null then
        return null;
    end if;
    if (month_end + interval '3 years')::date > current_date then
        raise exception 'work speed data of % is within three years and is kept', to_char(month_start, 'YYYY-MM')
            using errcode = 'check_violation';
    end if;
    -- No new row may arrive between the checks and the drop.
    execute format('lock table %I in access exclusive mode', part);
    execute format('select count(*) from %I w join employee e on e.id = w.employee_id'
                   ' where e.separation_date is null or (e.separation_date + interval ''3 years'')::date >= current_date',
                   part) into blocking;
    if blocking > 0 then
        raise exception 'work speed data of % holds % rows of employees still employed or separated within three years',
            to_char(month_start, 'YYYY-MM'), blocking using errcode = 'check_violation';
    end if;
    if exists (select 1 from employee_request r where r.kind = 'WORK_SPEED_DATA' and r.status = 'OPEN'
               and r.window_from < month_end and r.window_to >= month_start) then
        raise exception 'work speed data of % is inside the window of an open request', to_char(month_start, 'YYYY-MM')
            using errcode = 'check_violation';
    end if;
    execute format('select count(*) from %I', part) into held;
    execute format('drop table %I', part);
    return held;
end $$;

-- Security definer functions: name resolution pinned to this schema (a temporary table of the caller's cannot stand
-- in for work_speed_record), and only the roles afterMigrate.sql grants may call them.
do $pin$
begin
    execute format('alter function work_speed_partitions_for(date, date) set search_path = %I, pg_temp', current_schema());
    execute format('alter function work_speed_drop_month(date) set search_path = %I, pg_temp', current_schema());
end
$pin$;
revoke execute on function work_speed_partitions_for(date, date) from public;
revoke execute on function work_speed_drop_month(date) from public;

-- The rows already stored, in the partitions of their months.
select work_speed_partitions_for(m, m)
from (select distinct date_trunc('month', work_date)::date m from work_speed_record_v5) months;
insert into work_speed_record select * from work_speed_record_v5;
drop table work_speed_record_v5;

-- The old table held V5's constraint names while the new one was made: give them back, so a constraint violation
-- still names what it always named.
do $names$
declare
    c record;
begin
    for c in select conname from pg_constraint
             where conrelid = 'work_speed_record'::regclass and contype in ('c', 'f') and conname ~ '1$' loop
        execute format('alter table work_speed_record rename constraint %I to %I', c.conname, left(c.conname, -1));
    end loop;
end
$names$;
