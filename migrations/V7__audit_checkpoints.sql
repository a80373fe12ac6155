-- Verification checkpoints: "events 1..seq were recomputed and every link held; event seq's hash was hash".
-- The audit page checks only the events after the newest checkpoint (and that the checkpointed event still
-- has its hash), so a view costs the events since the last one, not the whole history; a full walk
-- (nightly, on demand, and GET /api/v1/audit/verify) re-checks everything. Append-only like the trail.
create table audit_checkpoint (
    id           bigint       generated always as identity primary key,
    seq          bigint       not null,
    hash         varchar(64)  not null,
    full_walk    boolean      not null,
    verified_at  timestamptz  not null default now()
);
create index audit_checkpoint_seq_idx on audit_checkpoint (seq desc);
-- Every page view asks when the whole chain was last walked; the table grows with the views.
create index audit_checkpoint_full_walk_idx on audit_checkpoint (verified_at) where full_walk;
create trigger audit_checkpoint_no_update_delete before update or delete on audit_checkpoint
    for each row execute function audit_event_append_only();
create trigger audit_checkpoint_no_truncate before truncate on audit_checkpoint
    for each statement execute function audit_event_append_only();
