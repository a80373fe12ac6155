-- The audit trail: every change appends one event, in the same transaction as the change. Events
-- are hash-chained (each hash covers the previous one), and the table refuses UPDATE, DELETE and
-- TRUNCATE, so a rewritten history is either refused or shows as a broken link.
create table audit_event (
    seq          bigint primary key,
    occurred_at  timestamptz  not null,
    actor        varchar(64)  not null,
    action       varchar(64)  not null,
    entity_type  varchar(64)  not null,
    entity_id    varchar(64),
    facility_id  bigint,
    before_json  text,
    after_json   text,
    prev_hash    varchar(64)  not null,
    hash         varchar(64)  not null
);
create index audit_event_facility_idx on audit_event (facility_id, occurred_at);
create index audit_event_entity_idx on audit_event (entity_type, entity_id);

create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit trail is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';
end $$;
create trigger audit_event_no_update_delete before update or delete on audit_event
    for each row execute function audit_event_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();
