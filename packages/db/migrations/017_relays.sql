-- Departments outside customer service (信息传达 peers), as data per site, and relays of tickets
-- to them with the department's answer. A relay's subject is a ticket today; a reception entry
-- will be a second nullable subject column, with the CHECK widened to "exactly one".
CREATE TABLE departments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  site_id uuid NOT NULL REFERENCES sites(id),
  code text NOT NULL,
  name_zh text NOT NULL,
  name_en text NOT NULL,
  peer text,
  contacts jsonb NOT NULL DEFAULT '[]',
  member_staff_ids uuid[] NOT NULL DEFAULT '{}',
  active boolean NOT NULL DEFAULT true,
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (site_id, code),
  -- Relays name their department with its site, so no relay crosses sites.
  UNIQUE (site_id, id)
);
-- A department account's inbox: the departments a member of staff belongs to.
CREATE INDEX departments_members_idx ON departments USING gin (member_staff_ids);

CREATE TABLE relays (
  id uuid PRIMARY KEY,
  site_id uuid NOT NULL REFERENCES sites(id),
  ticket_id uuid NOT NULL REFERENCES tickets(id),
  department_id uuid NOT NULL,
  ask text NOT NULL,
  due_at timestamptz NOT NULL,
  relayed_by_id uuid NOT NULL REFERENCES staff(id),
  relayed_at timestamptz NOT NULL,
  status text NOT NULL CHECK (status IN ('pending', 'accepted', 'returned', 'replied')),
  accepted_at timestamptz,
  returned_at timestamptz,
  return_reason text CHECK (return_reason IN ('not_ours', 'cannot_handle')),
  return_note text,
  replied_at timestamptz,
  reply text,
  responded_by_id uuid REFERENCES staff(id),
  by_phone boolean NOT NULL DEFAULT false,
  corrects_relay_id uuid REFERENCES relays(id),
  version integer NOT NULL DEFAULT 1,
  FOREIGN KEY (site_id, department_id) REFERENCES departments (site_id, id),
  CHECK ((status = 'returned') = (return_reason IS NOT NULL))
);
-- A ticket's relays; the outbox and inboxes by relay time (keyset: relayed_at DESC, id DESC).
CREATE INDEX relays_ticket_idx ON relays (ticket_id, relayed_at);
CREATE INDEX relays_site_list_idx ON relays (site_id, relayed_at DESC, id DESC);
CREATE INDEX relays_department_idx ON relays (department_id, relayed_at DESC, id DESC);
