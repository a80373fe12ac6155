-- A facility waiting to be evaluated again after a change (issue #15). The change's own transaction upserts its row,
-- so a committed change always leaves a request behind, and a burst of changes leaves one row: the worker
-- (compliance.EvaluationWorker) evaluates a facility once its changes have been quiet for a moment, or once the first
-- of them has waited long enough, and deletes the row in the transaction that stores the run. Readers of the current
-- run (dashboard, history, on-demand evaluation) take the row themselves when they find one, so nobody reads a run
-- older than the last change as current.
create table evaluation_request (
    facility_id        bigint      primary key references facility (id),
    first_requested_at timestamptz not null,
    last_requested_at  timestamptz not null,
    changes            integer     not null check (changes > 0),
    -- The distinct reasons, "; "-separated, cut short past 200 characters: the trigger of the run that answers them.
    reasons            text        not null,
    -- After a failed evaluation the worker leaves the request alone until then (an on-demand read still takes it).
    retry_after        timestamptz
);
create index evaluation_request_due_idx on evaluation_request (last_requested_at);

-- A run answering several changes names them all (see reasons above), which 64 characters could not hold.
alter table evaluation_run alter column trigger type varchar(255);
