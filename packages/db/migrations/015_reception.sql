-- The reception log (来电来访登记): every call, visit and letter, registered by category.
-- arrived_at and received_at are facts kept as typed, the inputs of 来客准时接待率.
CREATE TABLE reception_entries (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  site_id uuid NOT NULL REFERENCES sites(id),
  channel text NOT NULL CHECK (channel IN ('phone', 'walk_in', 'letter')),
  category text NOT NULL CHECK (category IN ('consultation', 'complaint', 'repair', 'leasing_inquiry', 'lost_found', 'returns', 'other')),
  requester_id uuid REFERENCES requesters(id),
  summary text NOT NULL,
  arrived_at timestamptz NOT NULL,
  received_at timestamptz,
  received_by_id uuid REFERENCES staff(id),
  outcome text CHECK (outcome IN ('answered', 'ticket', 'relayed', 'message_taken')),
  ticket_id uuid REFERENCES tickets(id),
  registered_by_id uuid NOT NULL REFERENCES staff(id),
  registered_at timestamptz NOT NULL DEFAULT now(),
  CHECK (received_at IS NULL OR received_at >= arrived_at),
  CHECK ((received_at IS NULL) = (received_by_id IS NULL)),
  CHECK ((outcome = 'ticket') = (ticket_id IS NOT NULL))
);
-- The log, newest first; the hall's waiting view, oldest first.
CREATE INDEX reception_entries_log_idx ON reception_entries (site_id, arrived_at DESC, id DESC);
CREATE INDEX reception_entries_waiting_idx ON reception_entries (site_id, arrived_at, id) WHERE received_at IS NULL;
CREATE UNIQUE INDEX reception_entries_ticket_idx ON reception_entries (ticket_id) WHERE ticket_id IS NOT NULL;

-- Per-site reception settings; a site without a row uses the product's default (3 minutes).
CREATE TABLE reception_settings (
  site_id uuid PRIMARY KEY REFERENCES sites(id),
  standard_minutes integer NOT NULL CHECK (standard_minutes BETWEEN 1 AND 120),
  updated_at timestamptz NOT NULL DEFAULT now()
);
