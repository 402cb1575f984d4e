-- A site's deadlines per ticket kind and severity (complaints keep 001's and are never stored
-- here): no row for a kind means the product's own default. Whole hours, each step positive,
-- hand-over ≤ reply ≤ resolve — the domain checks it with field errors, the table holds it too.
CREATE TABLE ticket_kind_policies (
  site_id uuid NOT NULL REFERENCES sites(id),
  kind text NOT NULL CHECK (kind IN ('repair', 'consultation', 'service_request', 'return_exchange', 'logistics', 'technical', 'suggestion')),
  severity text NOT NULL CHECK (severity IN ('major', 'important', 'minor')),
  handover_within_hours integer CHECK (handover_within_hours > 0),
  reply_within_hours integer CHECK (reply_within_hours > 0),
  resolve_within_hours integer NOT NULL CHECK (resolve_within_hours > 0),
  updated_at timestamptz NOT NULL,
  updated_by_id uuid REFERENCES staff(id),
  PRIMARY KEY (site_id, kind, severity),
  CHECK (reply_within_hours IS NULL OR reply_within_hours <= resolve_within_hours),
  CHECK (handover_within_hours IS NULL OR handover_within_hours <= coalesce(reply_within_hours, resolve_within_hours))
);
