-- The SLA rows of the monthly report read tickets by each deadline (REPORT_SLA_SQL): without these
-- the statement scanned the whole site, for the month's report and for each day the daily
-- pre-aggregates of migration 044 compute.
CREATE INDEX tickets_handover_by_idx ON tickets (site_id, handover_by) WHERE handover_by IS NOT NULL;
CREATE INDEX tickets_reply_by_idx ON tickets (site_id, reply_by) WHERE reply_by IS NOT NULL;
CREATE INDEX tickets_resolve_by_idx ON tickets (site_id, resolve_by);
