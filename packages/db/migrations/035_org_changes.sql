-- The org's audit trail: every change of a position, a reporting line, a grant or an assignment,
-- written in the same transaction as the change. `changes` holds the fields before → after as
-- [{ "field", "before", "after" }]. Append-only; the id orders the trail.
CREATE TABLE org_changes (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  site_id uuid NOT NULL REFERENCES sites(id),
  kind text NOT NULL CHECK (kind IN ('position.create', 'position.edit', 'position.retire', 'reportingLine.change', 'grant.change', 'assignment.start', 'assignment.end')),
  position_id uuid NOT NULL REFERENCES positions(id),
  staff_id uuid REFERENCES staff(id),
  actor_id uuid NOT NULL REFERENCES staff(id),
  changed_at timestamptz NOT NULL,
  changes jsonb NOT NULL
);
CREATE INDEX org_changes_site_idx ON org_changes (site_id, id DESC);
CREATE INDEX org_changes_position_idx ON org_changes (site_id, position_id, id DESC);
