-- Four-eyes approval (issue #13): whoever filed or last revised a version may not also activate it. On by default,
-- switchable per employer (a one-manager site may have nobody else to ask).
alter table employer add column four_eyes_approval boolean not null default true;

-- Who last revised a version's content; null until someone does. With filed_by it names everyone the rule keeps
-- from deciding the version. Existing grants are per table, so the serving role reaches both columns already,
-- and V11's guard compares whole rows, so revised_by is frozen with the rest of a version in force.
alter table quota_description add column revised_by varchar(64);
