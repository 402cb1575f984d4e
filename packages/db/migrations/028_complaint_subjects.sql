-- Who a complaint is about (被投诉人及被投诉部门, 001 投诉接待 (1)): a member of staff, a position,
-- one of the department's units (by code), or another department (a peer department's code).
-- Exactly the column of the kind is set; all are null when no subject is recorded.
ALTER TABLE tickets ADD COLUMN subject_kind text
  CHECK (subject_kind IS NULL OR subject_kind IN ('staff', 'position', 'unit', 'department'));
ALTER TABLE tickets ADD COLUMN subject_staff_id uuid REFERENCES staff(id);
ALTER TABLE tickets ADD COLUMN subject_position_id uuid REFERENCES positions(id);
ALTER TABLE tickets ADD COLUMN subject_unit_code text;
ALTER TABLE tickets ADD COLUMN subject_department_id text;
ALTER TABLE tickets ADD CONSTRAINT tickets_subject_one_reference CHECK (
  (subject_kind IS NULL AND subject_staff_id IS NULL AND subject_position_id IS NULL AND subject_unit_code IS NULL AND subject_department_id IS NULL)
  OR (subject_kind = 'staff' AND subject_staff_id IS NOT NULL AND subject_position_id IS NULL AND subject_unit_code IS NULL AND subject_department_id IS NULL)
  OR (subject_kind = 'position' AND subject_position_id IS NOT NULL AND subject_staff_id IS NULL AND subject_unit_code IS NULL AND subject_department_id IS NULL)
  OR (subject_kind = 'unit' AND subject_unit_code IS NOT NULL AND subject_staff_id IS NULL AND subject_position_id IS NULL AND subject_department_id IS NULL)
  OR (subject_kind = 'department' AND subject_department_id IS NOT NULL AND subject_staff_id IS NULL AND subject_position_id IS NULL AND subject_unit_code IS NULL)
);
-- Supervisors' queues and the per-subject tallies look tickets up by their subject.
CREATE INDEX tickets_subject_staff_idx ON tickets (site_id, subject_staff_id) WHERE subject_staff_id IS NOT NULL;
CREATE INDEX tickets_subject_position_idx ON tickets (site_id, subject_position_id) WHERE subject_position_id IS NOT NULL;
CREATE INDEX tickets_subject_unit_idx ON tickets (site_id, subject_unit_code) WHERE subject_unit_code IS NOT NULL;
