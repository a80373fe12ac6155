-- Issue 14: an employee's language may be "not recorded". The default 'en' made a roster line without a language
-- look like an English speaker, so Oregon's "language the employer regularly uses with that employee"
-- (ORS 653.556(2)) could never be asked about. Existing rows keep the value they hold.
alter table employee alter column primary_language drop default;
alter table employee alter column primary_language drop not null;
