-- An administrator disables an account instead of deleting it (app_user is never deleted: the audit trail names
-- its username). A disabled account signs in neither by form nor by HTTP Basic, and a sign-in cookie it already
-- holds stops working on its next request (security.AccountStanding looks this up by username, which is indexed).
alter table app_user add column disabled_at timestamptz;
