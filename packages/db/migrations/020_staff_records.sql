-- A staff record's history: every change of a field (name, employee number, phone) and every
-- deactivation or reactivation (field `active`), who made it and when. Append-only.
CREATE TABLE staff_changes (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  site_id uuid NOT NULL REFERENCES sites(id),
  staff_id uuid NOT NULL REFERENCES staff(id),
  changed_by uuid REFERENCES staff(id),
  changed_at timestamptz NOT NULL,
  field text NOT NULL CHECK (field IN ('name', 'employeeNo', 'phone', 'active')),
  old_value text,
  new_value text
);
CREATE INDEX staff_changes_staff_idx ON staff_changes (site_id, staff_id, id DESC);
