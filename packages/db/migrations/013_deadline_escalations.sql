-- The escalation sweep: each breached deadline of a ticket escalates once. The primary key is the
-- claim that several gateway replicas race for: the second insert of the same breach waits for the
-- first transaction and then inserts nothing. A reopened ticket has new deadlines, so a new breach
-- of the same kind is a new row.
CREATE TABLE deadline_escalations (
  ticket_id uuid NOT NULL REFERENCES tickets(id),
  deadline_kind text NOT NULL,
  due_at timestamptz NOT NULL,
  site_id uuid NOT NULL REFERENCES sites(id),
  escalated_at timestamptz NOT NULL,
  to_staff_id uuid NOT NULL REFERENCES staff(id),
  PRIMARY KEY (ticket_id, deadline_kind, due_at)
);
-- The sweep reads the tickets still owing something whose deadline that matters has passed.
CREATE INDEX tickets_sweep_idx ON tickets (due_at, id) WHERE status IN ('received', 'assigned', 'relayed', 'in_progress', 'resolved');
