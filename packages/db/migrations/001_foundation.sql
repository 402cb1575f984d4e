-- kefu foundation: sites, the department's org chart, people, accounts and sessions, tickets
-- with their append-only timeline. Every site-scoped table carries site_id, so one server can
-- hold a group of malls. Runs on PostgreSQL 15 and on PGlite (PostgreSQL 18).

CREATE TABLE sites (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code text NOT NULL UNIQUE,
  name jsonb NOT NULL,
  time_zone text NOT NULL DEFAULT 'Asia/Shanghai',
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Per-site counters (ticket numbers): one row per site and name, bumped inside the writing transaction.
CREATE TABLE site_counters (
  site_id uuid NOT NULL REFERENCES sites(id),
  name text NOT NULL,
  value bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (site_id, name)
);

CREATE TABLE units (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  site_id uuid NOT NULL REFERENCES sites(id),
  code text NOT NULL,
  name jsonb NOT NULL,
  parent_id uuid REFERENCES units(id),
  UNIQUE (site_id, code)
);

CREATE TABLE positions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  site_id uuid NOT NULL REFERENCES sites(id),
  code text NOT NULL,
  title jsonb NOT NULL,
  unit_id uuid NOT NULL REFERENCES units(id),
  headcount integer NOT NULL CHECK (headcount >= 0),
  purpose jsonb NOT NULL,
  duties jsonb NOT NULL DEFAULT '[]',
  kpis jsonb NOT NULL DEFAULT '[]',
  authorities jsonb NOT NULL DEFAULT '[]',
  qualifications jsonb NOT NULL,
  work_environment jsonb NOT NULL DEFAULT '[]',
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (site_id, code)
);

-- 直接上级: a position may report to several (商户客服主管 → director and deputy).
CREATE TABLE reporting_lines (
  site_id uuid NOT NULL REFERENCES sites(id),
  position_id uuid NOT NULL REFERENCES positions(id),
  reports_to_id uuid NOT NULL REFERENCES positions(id),
  ordinal integer NOT NULL DEFAULT 0,
  PRIMARY KEY (position_id, reports_to_id),
  CHECK (position_id <> reports_to_id)
);
CREATE INDEX reporting_lines_site_idx ON reporting_lines (site_id);

CREATE TABLE staff (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  site_id uuid NOT NULL REFERENCES sites(id),
  name text NOT NULL,
  employee_no text NOT NULL,
  phone text,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (site_id, employee_no)
);

-- ends_on is exclusive; null while the assignment is open. Overlaps are refused by the domain,
-- inside a transaction that locks the person's rows.
CREATE TABLE assignments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  site_id uuid NOT NULL REFERENCES sites(id),
  staff_id uuid NOT NULL REFERENCES staff(id),
  position_id uuid NOT NULL REFERENCES positions(id),
  starts_on date NOT NULL,
  ends_on date,
  acting boolean NOT NULL DEFAULT false,
  CHECK (ends_on IS NULL OR ends_on > starts_on)
);
CREATE INDEX assignments_site_idx ON assignments (site_id, position_id);
CREATE INDEX assignments_staff_idx ON assignments (staff_id);

-- Merchants (shop tenants), owners and customers who raise tickets.
CREATE TABLE requesters (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  site_id uuid NOT NULL REFERENCES sites(id),
  kind text NOT NULL CHECK (kind IN ('merchant', 'customer', 'owner')),
  name text NOT NULL,
  shop_name text,
  shop_unit text,
  phone text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX requesters_site_idx ON requesters (site_id, kind, name);

-- A sign-in: staff or requester, never both.
CREATE TABLE accounts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  site_id uuid NOT NULL REFERENCES sites(id),
  username text NOT NULL UNIQUE,
  password_hash text NOT NULL,
  staff_id uuid REFERENCES staff(id),
  requester_id uuid REFERENCES requesters(id),
  locale text NOT NULL DEFAULT 'zh-CN',
  disabled boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((staff_id IS NULL) <> (requester_id IS NULL))
);

-- Sessions live in the database so any gateway replica can serve any request.
-- id is the SHA-256 of the cookie's token: a leaked table does not leak sessions.
CREATE TABLE sessions (
  id text PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES accounts(id),
  site_id uuid NOT NULL REFERENCES sites(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz
);
CREATE INDEX sessions_account_idx ON sessions (account_id);

CREATE TABLE tickets (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  site_id uuid NOT NULL REFERENCES sites(id),
  number integer NOT NULL,
  kind text NOT NULL,
  channel text NOT NULL,
  severity text NOT NULL,
  status text NOT NULL,
  title text NOT NULL,
  description text NOT NULL,
  location text,
  requester_id uuid NOT NULL REFERENCES requesters(id),
  requester_kind text NOT NULL,
  unit_id uuid REFERENCES units(id),
  assignee_id uuid REFERENCES staff(id),
  relayed_to text,
  repair_category text,
  requested_by timestamptz,
  received_at timestamptz NOT NULL,
  handover_by timestamptz,
  reply_by timestamptz,
  resolve_by timestamptz NOT NULL,
  follow_up_due_at timestamptz,
  resolved_at timestamptz,
  closed_at timestamptz,
  -- The deadline that matters in the ticket's current status: the queue's sort key.
  due_at timestamptz,
  escalation_level integer NOT NULL DEFAULT 0,
  satisfaction integer,
  created_by_id uuid REFERENCES staff(id),
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (site_id, number)
);
-- The queues served: by status and due time, by unit, by assignee, by requester.
CREATE INDEX tickets_queue_idx ON tickets (site_id, status, due_at, id);
CREATE INDEX tickets_unit_queue_idx ON tickets (site_id, unit_id, status, due_at, id);
CREATE INDEX tickets_assignee_idx ON tickets (site_id, assignee_id, status, due_at, id);
CREATE INDEX tickets_requester_idx ON tickets (site_id, requester_id, received_at DESC, id);
CREATE INDEX tickets_site_due_idx ON tickets (site_id, due_at, id);

-- Append-only: rows are inserted, never updated or deleted.
CREATE TABLE ticket_events (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  site_id uuid NOT NULL REFERENCES sites(id),
  ticket_id uuid NOT NULL REFERENCES tickets(id),
  at timestamptz NOT NULL,
  actor_kind text NOT NULL,
  actor_id uuid,
  type text NOT NULL,
  from_status text,
  to_status text,
  data jsonb NOT NULL DEFAULT '{}',
  visible_to_requester boolean NOT NULL DEFAULT false
);
CREATE INDEX ticket_events_ticket_idx ON ticket_events (ticket_id, at, id);

-- A retried submit with the same key returns the first result instead of a second ticket.
CREATE TABLE idempotency_keys (
  account_id uuid NOT NULL REFERENCES accounts(id),
  key text NOT NULL,
  site_id uuid NOT NULL REFERENCES sites(id),
  request_hash text NOT NULL,
  ticket_id uuid REFERENCES tickets(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (account_id, key)
);
