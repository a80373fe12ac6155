-- The chain's head is signed at each checkpoint with the registry's key (statement: format, seq, hash, time), so a
-- history rewritten by someone with database rights contradicts the signed heads stored here and every copy held
-- outside (notices, packets and request answers carry the latest one). Checkpoints written before stay unsigned.
alter table audit_checkpoint add column statement text;
alter table audit_checkpoint add column signature bytea;
create index audit_checkpoint_signed_idx on audit_checkpoint (seq desc, id desc) where signature is not null;

-- Every walk of the whole chain, intact or not, so the audit page reports what the last full walk found (the same
-- answer GET /api/v1/audit/verify gave) instead of only what it checked itself since the last checkpoint.
create table audit_walk (
    id              bigint       generated always as identity primary key,
    walked_at       timestamptz  not null,
    intact          boolean      not null,
    events_checked  bigint       not null,
    broken_at_seq   bigint,
    reason          text         not null
);
create index audit_walk_latest_idx on audit_walk (walked_at desc, id desc);
create trigger audit_walk_no_update_delete before update or delete on audit_walk
    for each row execute function audit_event_append_only();
create trigger audit_walk_no_truncate before truncate on audit_walk
    for each statement execute function audit_event_append_only();
