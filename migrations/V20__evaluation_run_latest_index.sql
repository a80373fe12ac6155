-- Each facility's newest run of the newest day judged: what /q/metrics reports as its failed findings, read by every
-- instance every few seconds. The index finds that one row per facility however many runs it has (a run is stored
-- after every change); evaluation_run_facility_idx orders by evaluated_at only, so a run of a past day stored on
-- demand would be read as the newest, and finding the newest day would scan every run of the facility.
create index evaluation_run_latest_idx on evaluation_run (facility_id, as_of desc, evaluated_at desc, id desc);
