-- A schedule of a saved statistic has no SLA report grouping.
ALTER TABLE report_schedule ALTER COLUMN group_by DROP NOT NULL;
