-- Daily pre-aggregates of the KPI facts and the monthly report (issue 18 §4, a product decision for
-- speed, not a seed rule). A row holds what one plain statement of packages/db kpi/kpi.sql.ts
-- returns for one site-local day of one site, as a JSON array: `facts` (KPI_FACTS_SQL, one element
-- per person), `intake` (REPORT_INTAKE_SQL), `sla` (REPORT_SLA_SQL), `recurring`
-- (REPORT_RECURRING_COUNTS_SQL). The reads sum the stored days and run the plain statement on the
-- raw tables for the rest of the range (today). The facts are sent out whole, so they are kept as
-- json (sent as stored), one array of values per row under their column names
-- ({"columns": [...], "rows": [[...], ...]}), with the people they count for in `people`; the
-- report's rows are summed in SQL, so they are kept as jsonb (read without parsing). `clock` is
-- what the day was computed with: the time zone, for the facts the reception standard, and a
-- digest of the statement; a day computed under another clock is computed again. A day without a row
-- has never been computed: the first read computes it, so the days of existing data fill in on
-- demand (packages/db kpi/kpi-daily.ts) and no backfill runs here.
CREATE TABLE kpi_day_rows (
  site_id uuid NOT NULL REFERENCES sites(id),
  source text NOT NULL CHECK (source IN ('facts', 'intake', 'sla', 'recurring')),
  day date NOT NULL,
  clock text NOT NULL,
  facts json,
  people uuid[],
  rows jsonb,
  CHECK ((source = 'facts') = (facts IS NOT NULL) AND (source = 'facts') = (people IS NOT NULL) AND (source = 'facts') = (rows IS NULL)),
  PRIMARY KEY (site_id, source, day)
);

-- The past days a write changed since they were computed. A write marks them in its own
-- transaction (the triggers below), whatever code writes; the next read consumes the marks and
-- computes those days again. A mark is an upsert, so a write holds the mark's row until it
-- commits and a read consuming the mark waits for it: the read then sees the write's rows.
-- Days from today on are not marked: they are never stored (kpi-daily.ts reads them raw).
CREATE TABLE kpi_stale_days (
  site_id uuid NOT NULL,
  day date NOT NULL,
  marks integer NOT NULL DEFAULT 1,
  PRIMARY KEY (site_id, day)
);

-- Marks the past site-local days of `stamps` on `site_ids`, in key order (two writers marking the
-- same days lock them in the same order).
CREATE FUNCTION kpi_mark_days(site_ids uuid[], stamps timestamptz[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO kpi_stale_days (site_id, day)
  SELECT DISTINCT s.id, (t AT TIME ZONE s.time_zone)::date
  FROM sites s CROSS JOIN unnest(stamps) t
  WHERE s.id = ANY(site_ids) AND t IS NOT NULL AND (t AT TIME ZONE s.time_zone)::date < (now() AT TIME ZONE s.time_zone)::date
  ORDER BY 1, 2
  ON CONFLICT (site_id, day) DO UPDATE SET marks = kpi_stale_days.marks + 1;
END
$$;

-- A ticket counts on the day it was received (intake, recurring), on each deadline's day (SLA)
-- and on the day it was decided (facts): each day is marked when what that day's rows read of
-- the ticket changed.
CREATE FUNCTION kpi_mark_ticket_days() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  o tickets := CASE WHEN TG_OP = 'INSERT' THEN NEW ELSE OLD END;
  n tickets := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  whole boolean := TG_OP <> 'UPDATE' OR o.site_id IS DISTINCT FROM n.site_id;
  stamps timestamptz[] := '{}';
BEGIN
  IF whole OR (o.received_at, o.kind, o.channel, o.severity, o.requester_kind, o.status = 'invalid', o.location, o.repair_category)
       IS DISTINCT FROM (n.received_at, n.kind, n.channel, n.severity, n.requester_kind, n.status = 'invalid', n.location, n.repair_category) THEN
    stamps := stamps || ARRAY[o.received_at, n.received_at];
  END IF;
  IF whole OR (o.handover_by, o.handed_over_at) IS DISTINCT FROM (n.handover_by, n.handed_over_at) THEN
    stamps := stamps || ARRAY[o.handover_by, n.handover_by];
  END IF;
  IF whole OR (o.reply_by, o.replied_at) IS DISTINCT FROM (n.reply_by, n.replied_at) THEN
    stamps := stamps || ARRAY[o.reply_by, n.reply_by];
  END IF;
  IF whole OR (o.resolve_by, o.resolved_at, o.status = 'invalid') IS DISTINCT FROM (n.resolve_by, n.resolved_at, n.status = 'invalid') THEN
    stamps := stamps || ARRAY[o.resolve_by, n.resolve_by];
  END IF;
  IF whole OR (o.status, o.resolved_at, o.closed_at, o.assignee_id, o.kind, o.requester_kind, o.satisfaction,
               o.subject_kind, o.subject_staff_id, o.subject_position_id, o.subject_unit_code, o.subject_department_id)
       IS DISTINCT FROM (n.status, n.resolved_at, n.closed_at, n.assignee_id, n.kind, n.requester_kind, n.satisfaction,
               n.subject_kind, n.subject_staff_id, n.subject_position_id, n.subject_unit_code, n.subject_department_id) THEN
    stamps := stamps || ARRAY[o.resolved_at, o.closed_at, n.resolved_at, n.closed_at];
  END IF;
  IF cardinality(stamps) > 0 THEN
    PERFORM kpi_mark_days(ARRAY[o.site_id, n.site_id], stamps);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER tickets_kpi_days AFTER INSERT OR UPDATE OR DELETE ON tickets
  FOR EACH ROW EXECUTE FUNCTION kpi_mark_ticket_days();

-- Who judged a ticket 无效 with nobody holding it comes from its timeline: a deciding event marks
-- the day its ticket was decided.
CREATE FUNCTION kpi_mark_event_days() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  e ticket_events := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
BEGIN
  IF e.type IN ('resolved', 'marked_invalid') THEN
    PERFORM kpi_mark_days(ARRAY[t.site_id], ARRAY[t.resolved_at, t.closed_at]) FROM tickets t WHERE t.id = e.ticket_id;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER ticket_events_kpi_days AFTER INSERT OR UPDATE OR DELETE ON ticket_events
  FOR EACH ROW EXECUTE FUNCTION kpi_mark_event_days();

-- A reception contact counts on the day the visitor arrived.
CREATE FUNCTION kpi_mark_reception_days() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  o reception_entries := CASE WHEN TG_OP = 'INSERT' THEN NEW ELSE OLD END;
  n reception_entries := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
BEGIN
  IF TG_OP <> 'UPDATE' OR (o.site_id, o.arrived_at, o.received_at, o.received_by_id) IS DISTINCT FROM (n.site_id, n.arrived_at, n.received_at, n.received_by_id) THEN
    PERFORM kpi_mark_days(ARRAY[o.site_id, n.site_id], ARRAY[o.arrived_at, n.arrived_at]);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER reception_entries_kpi_days AFTER INSERT OR UPDATE OR DELETE ON reception_entries
  FOR EACH ROW EXECUTE FUNCTION kpi_mark_reception_days();

-- A relay counts on the day it was sent.
CREATE FUNCTION kpi_mark_relay_days() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  o relays := CASE WHEN TG_OP = 'INSERT' THEN NEW ELSE OLD END;
  n relays := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
BEGIN
  IF TG_OP <> 'UPDATE' OR (o.site_id, o.relayed_at, o.relayed_by_id, o.status, o.return_reason) IS DISTINCT FROM (n.site_id, n.relayed_at, n.relayed_by_id, n.status, n.return_reason) THEN
    PERFORM kpi_mark_days(ARRAY[o.site_id, n.site_id], ARRAY[o.relayed_at, n.relayed_at]);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER relays_kpi_days AFTER INSERT OR UPDATE OR DELETE ON relays
  FOR EACH ROW EXECUTE FUNCTION kpi_mark_relay_days();

-- A follow-up (回访) counts by the days it was opened, due and done; an attempt by its own day and
-- its follow-up's. Marked on any change, for the follow-up facts (kpi-facts.ts `followups`).
CREATE FUNCTION kpi_mark_follow_up_days() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  o follow_ups := CASE WHEN TG_OP = 'INSERT' THEN NEW ELSE OLD END;
  n follow_ups := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
BEGIN
  PERFORM kpi_mark_days(ARRAY[o.site_id, n.site_id], ARRAY[o.opened_at, o.due_at, o.done_at, n.opened_at, n.due_at, n.done_at]);
  RETURN NULL;
END
$$;

CREATE TRIGGER follow_ups_kpi_days AFTER INSERT OR UPDATE OR DELETE ON follow_ups
  FOR EACH ROW EXECUTE FUNCTION kpi_mark_follow_up_days();

CREATE FUNCTION kpi_mark_follow_up_attempt_days() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  a follow_up_attempts := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
BEGIN
  PERFORM kpi_mark_days(ARRAY[a.site_id], ARRAY[a.at, f.opened_at, f.due_at, f.done_at]) FROM follow_ups f WHERE f.id = a.follow_up_id;
  RETURN NULL;
END
$$;

CREATE TRIGGER follow_up_attempts_kpi_days AFTER INSERT OR UPDATE OR DELETE ON follow_up_attempts
  FOR EACH ROW EXECUTE FUNCTION kpi_mark_follow_up_attempt_days();

-- A site's clock changes every day's boundaries: its stored days go.
CREATE FUNCTION kpi_forget_site_days() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM kpi_day_rows WHERE site_id = NEW.id;
  RETURN NULL;
END
$$;

CREATE TRIGGER sites_kpi_days AFTER UPDATE OF time_zone ON sites
  FOR EACH ROW WHEN (OLD.time_zone IS DISTINCT FROM NEW.time_zone) EXECUTE FUNCTION kpi_forget_site_days();
