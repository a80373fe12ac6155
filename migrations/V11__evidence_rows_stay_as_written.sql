-- The serving role is no longer the owner (see afterMigrate.sql), so these triggers are out of its reach. They
-- close what V1's guard and the ledger left open to an UPDATE: the "activated by / filed by / override reason"
-- of a version in force, a delivery's date and channel, and a request's answer once given.

-- A version in force is what employees were told. Its one change is being superseded (status and the date it
-- happened); a superseded version never changes again. Compared as whole rows, so a column added later is
-- covered without touching this function.
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
        if old.status <> 'ACTIVE' or new.status <> 'SUPERSEDED' or new.superseded_at is null
           or to_jsonb(new) - 'status' - 'superseded_at' - 'updated_at'
              is distinct from to_jsonb(old) - 'status' - 'superseded_at' - 'updated_at' then
            raise exception 'quota description % (version %) is % and cannot be changed', old.id, old.version, old.status
                using errcode = 'check_violation';
        end if;
    end if;
    return new;
end $$;

-- A delivery records what was handed over, when, how and by whom: only its acknowledgement is added later, once.
create function delivery_guard() returns trigger language plpgsql as $$
begin
    if old.acknowledged_at is not null
       or to_jsonb(new) - 'acknowledged_at' is distinct from to_jsonb(old) - 'acknowledged_at' then
        raise exception 'delivery % is kept as recorded; only a missing acknowledgement can be added', old.id
            using errcode = 'check_violation';
    end if;
    return new;
end $$;
create trigger delivery_as_recorded before update on delivery
    for each row execute function delivery_guard();

-- A request answered or declined stays as it was closed: its due date, answer date and decline reason are evidence.
create function employee_request_guard() returns trigger language plpgsql as $$
begin
    if old.status <> 'OPEN' then
        raise exception 'request % is % and cannot be changed', old.id, old.status using errcode = 'check_violation';
    end if;
    return new;
end $$;
create trigger employee_request_closed before update on employee_request
    for each row execute function employee_request_guard();
