-- A portal request is new to the desk until a member of staff opens it (isNewToStaff in the
-- domain). Tickets registered before this column existed were all in staff hands already, except
-- portal requests nobody has moved yet; those stay new.
ALTER TABLE tickets ADD COLUMN first_seen_by_staff_at timestamptz;
UPDATE tickets SET first_seen_by_staff_at = received_at WHERE channel <> 'portal' OR status <> 'received';
-- The desk's "new" filter reads only the unseen tickets, in its due order; they are few, so
-- sorting them newest first is cheap as well.
CREATE INDEX tickets_unseen_idx ON tickets (site_id, due_at, id) WHERE first_seen_by_staff_at IS NULL;
