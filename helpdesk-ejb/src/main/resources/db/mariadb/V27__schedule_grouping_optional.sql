-- A schedule of a saved statistic has no SLA report grouping.
ALTER TABLE report_schedule MODIFY group_by VARCHAR(20) NULL;
