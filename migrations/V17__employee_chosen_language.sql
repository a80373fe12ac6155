-- The language an employee chose for their documents in the portal (issue 14). Set, it wins over the roster's
-- primary_language: a later roster upload does not undo the employee's own choice.
alter table employee add column language_chosen_at timestamptz;
