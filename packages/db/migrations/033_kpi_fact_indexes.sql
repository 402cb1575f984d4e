-- The KPI facts read tickets by the time they were decided: resolved (valid) or judged 无效.
-- Partial indexes keep them to decided tickets, so a month of a large site is a range scan.
CREATE INDEX tickets_resolved_idx ON tickets (site_id, resolved_at) WHERE resolved_at IS NOT NULL;
CREATE INDEX tickets_invalid_idx ON tickets (site_id, closed_at) WHERE status = 'invalid';
-- The monthly report reads tickets received in the month.
CREATE INDEX tickets_received_idx ON tickets (site_id, received_at);
