-- The dashboard counts a site's tickets by status and severity (countTicketsByStatusAndSeverity):
-- with this index that is an index-only scan instead of reading every ticket row.
CREATE INDEX tickets_status_severity_idx ON tickets (site_id, status, severity);
