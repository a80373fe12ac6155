-- Who declined a request, for the answered-and-declined list (the audit trail has it too, but a list reads the row).
alter table employee_request add column declined_by text;
