-- Flyway runs this after every migrate, as the owner, so the serving role's rights are re-derived from scratch at
-- every start and cover tables that later migrations add. The serving role (QUARKUS_DATASOURCE_USERNAME) owns
-- nothing, so it can neither alter a table nor switch a trigger off, and it gets only what the app does:
--
--   * every table: SELECT, INSERT, UPDATE, DELETE (a table added by a later migration works at once; a new table
--     of evidence must be added to the append-only list below);
--   * the evidence, append-only: SELECT and INSERT. These rows are what the registry proves with, and the app
--     never changes them once written: the hash-chained audit trail and its checkpoints, issued notices, stored
--     evaluation runs, the answers handed to employees and the reminders sent, work speed data (loading it again
--     adds nothing) and its upload receipts, adverse actions, the record of full chain walks, and the generated
--     signing keys (whose key material alone may be re-encrypted once, see signing.SigningKeys);
--   * registry rows the app never deletes (employers, facilities, roles, employees, users, requests, notice jobs):
--     no DELETE;
--   * work speed data: through work_speed_record only, never its month partitions (V22); a month past every
--     retention period goes whole, by the owner's work_speed_drop_month, with an audit event;
--   * the delivery ledger: read, record, and delete (the retention purge, each batch an audit event); the only
--     column it may UPDATE is acknowledged_at, which V11's trigger lets go from empty to a date once;
--   * Flyway's history: nothing.
-- No role ever gets TRUNCATE, REFERENCES or TRIGGER. Row triggers (V1, V3, V4, V7, V11) still refuse what even the
-- owner must not do by accident.
--
-- When the app migrates and serves as one role (no QUOTALEDGER_MIGRATION_USERNAME), there is nobody to grant to:
-- the app then owns its evidence and says so in a warning at start.
do $grants$
declare
    app     text := '${serving_role}';
    schema  text := current_schema();
    t       text;
    append_only text[] := array['audit_event', 'audit_checkpoint', 'audit_walk', 'notice', 'evaluation_run',
                                'request_response', 'request_reminder', 'work_speed_record', 'work_speed_upload',
                                'adverse_action', 'signing_key'];
    never_deleted text[] := array['employer', 'facility', 'job_role', 'employee', 'app_user',
                                  'employee_request', 'notice_job', 'api_token'];
begin
    if app = '' or app = current_user or not exists (select 1 from pg_roles where rolname = app) then
        raise notice 'serving role "%" is the migration role or does not exist: no grants', app;
        return;
    end if;
    execute format('grant usage on schema %I to %I', schema, app);
    execute format('revoke all on all tables in schema %I from %I', schema, app);
    execute format('revoke all on all sequences in schema %I from %I', schema, app);
    execute format('grant select, insert, update, delete on all tables in schema %I to %I', schema, app);
    execute format('grant usage, select on all sequences in schema %I to %I', schema, app);

    foreach t in array append_only loop
        if to_regclass(format('%I.%I', schema, t)) is not null then
            execute format('revoke update, delete on %I.%I from %I', schema, t, app);
        end if;
    end loop;
    foreach t in array never_deleted loop
        if to_regclass(format('%I.%I', schema, t)) is not null then
            execute format('revoke delete on %I.%I from %I', schema, t, app);
        end if;
    end loop;

    -- Work speed data is read and appended through work_speed_record alone (V22): the serving role has no right on
    -- its month partitions, so none can be changed, emptied or written around the parent's grants; the owner's
    -- functions make a month's partition and drop one past every retention period.
    for t in select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid
             where i.inhparent = to_regclass(format('%I.work_speed_record', schema)) loop
        execute format('revoke all on %I.%I from %I', schema, t, app);
    end loop;
    execute format('grant execute on function %I.work_speed_partitions_for(date, date) to %I', schema, app);
    execute format('grant execute on function %I.work_speed_drop_month(date) to %I', schema, app);

    -- A key stored before keys were encrypted at rest is re-encrypted once, in place (signing.SigningKeys).
    execute format('grant update (pkcs12, password) on %I.signing_key to %I', schema, app);

    execute format('revoke update on %I.delivery from %I', schema, app);
    execute format('grant update (acknowledged_at) on %I.delivery to %I', schema, app);

    execute format('revoke all on %I.%I from %I', schema, '${flyway:table}', app);
end
$grants$;
