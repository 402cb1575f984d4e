-- Inbound information (对其他部门传达的信息): what a department outside customer service passes to
-- it, acknowledged by the desk and, for an audience of requesters, shown on the portal.
CREATE TABLE inbound (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  site_id uuid NOT NULL REFERENCES sites(id),
  department_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('closure', 'outage', 'promotion', 'other')),
  title text NOT NULL,
  body text NOT NULL,
  audience text NOT NULL CHECK (audience IN ('internal', 'site', 'units', 'requester')),
  unit_prefix text,
  requester_id uuid REFERENCES requesters(id),
  registered_by_id uuid NOT NULL REFERENCES staff(id),
  registered_at timestamptz NOT NULL,
  acknowledged_at timestamptz,
  acknowledged_by_id uuid REFERENCES staff(id),
  FOREIGN KEY (site_id, department_id) REFERENCES departments (site_id, id),
  CHECK ((audience = 'units') = (unit_prefix IS NOT NULL)),
  CHECK ((audience = 'requester') = (requester_id IS NOT NULL)),
  CHECK ((acknowledged_at IS NULL) = (acknowledged_by_id IS NULL))
);
-- The desk's list and the portal's notices, newest first (keyset: registered_at DESC, id DESC).
CREATE INDEX inbound_site_list_idx ON inbound (site_id, registered_at DESC, id DESC);
