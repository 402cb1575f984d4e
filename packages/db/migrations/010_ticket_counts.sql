-- The dashboard's counts by status and severity (countTicketsByStatusAndSeverity) in constant time:
-- one row per site, status and severity, kept by a trigger in the same transaction as every ticket
-- write, so the counters can never disagree with count(*) whatever code writes the tickets.
-- A product decision for performance, not a seed rule.
CREATE TABLE ticket_counts (
  site_id uuid NOT NULL,
  status text NOT NULL,
  severity text NOT NULL,
  count bigint NOT NULL,
  PRIMARY KEY (site_id, status, severity)
);

-- A ticket leaves its old counter and joins its new one. When both change, the two counter rows are
-- locked in key order, so two transactions moving tickets in opposite directions cannot deadlock.
CREATE FUNCTION ticket_counts_track() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  leave_first boolean := TG_OP = 'DELETE'
    OR (TG_OP = 'UPDATE' AND (OLD.site_id::text, OLD.status, OLD.severity) < (NEW.site_id::text, NEW.status, NEW.severity));
BEGIN
  IF leave_first THEN
    UPDATE ticket_counts SET count = count - 1 WHERE site_id = OLD.site_id AND status = OLD.status AND severity = OLD.severity;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO ticket_counts (site_id, status, severity, count) VALUES (NEW.site_id, NEW.status, NEW.severity, 1)
    ON CONFLICT (site_id, status, severity) DO UPDATE SET count = ticket_counts.count + 1;
  END IF;
  IF TG_OP = 'UPDATE' AND NOT leave_first THEN
    UPDATE ticket_counts SET count = count - 1 WHERE site_id = OLD.site_id AND status = OLD.status AND severity = OLD.severity;
  END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION ticket_counts_reset() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM ticket_counts;
  RETURN NULL;
END
$$;

CREATE TRIGGER tickets_count_rows AFTER INSERT OR DELETE ON tickets
  FOR EACH ROW EXECUTE FUNCTION ticket_counts_track();

CREATE TRIGGER tickets_count_moves AFTER UPDATE OF site_id, status, severity ON tickets
  FOR EACH ROW WHEN (OLD.site_id IS DISTINCT FROM NEW.site_id OR OLD.status IS DISTINCT FROM NEW.status OR OLD.severity IS DISTINCT FROM NEW.severity)
  EXECUTE FUNCTION ticket_counts_track();

CREATE TRIGGER tickets_count_truncate AFTER TRUNCATE ON tickets
  FOR EACH STATEMENT EXECUTE FUNCTION ticket_counts_reset();

INSERT INTO ticket_counts (site_id, status, severity, count)
  SELECT site_id, status, severity, count(*) FROM tickets GROUP BY site_id, status, severity;
