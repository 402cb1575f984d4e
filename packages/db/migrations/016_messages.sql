-- Messages taken for a member of staff or a unit (留言), acknowledged by the receiver.
CREATE TABLE messages (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  site_id uuid NOT NULL REFERENCES sites(id),
  from_name text NOT NULL,
  from_phone text,
  for_staff_id uuid REFERENCES staff(id),
  for_unit_id uuid REFERENCES units(id),
  text text NOT NULL,
  urgency text NOT NULL CHECK (urgency IN ('normal', 'urgent')),
  taken_by_id uuid NOT NULL REFERENCES staff(id),
  taken_at timestamptz NOT NULL,
  acknowledged_at timestamptz,
  acknowledged_by_id uuid REFERENCES staff(id),
  CHECK ((for_staff_id IS NULL) <> (for_unit_id IS NULL)),
  CHECK ((acknowledged_at IS NULL) = (acknowledged_by_id IS NULL))
);
-- The inbox (by receiver), the taker's list, and the unacknowledged ones that age.
CREATE INDEX messages_for_staff_idx ON messages (site_id, for_staff_id, taken_at DESC, id DESC);
CREATE INDEX messages_for_unit_idx ON messages (site_id, for_unit_id, taken_at DESC, id DESC);
CREATE INDEX messages_taken_by_idx ON messages (site_id, taken_by_id, taken_at DESC, id DESC);
CREATE INDEX messages_open_idx ON messages (site_id, taken_at, id) WHERE acknowledged_at IS NULL;

-- Per-site message settings; a site without a row uses the product's default (30 minutes).
CREATE TABLE message_settings (
  site_id uuid PRIMARY KEY REFERENCES sites(id),
  escalation_minutes integer NOT NULL CHECK (escalation_minutes BETWEEN 5 AND 1440),
  updated_at timestamptz NOT NULL DEFAULT now()
);
