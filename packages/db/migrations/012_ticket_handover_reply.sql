-- When a ticket first reached the one its hand-over deadline names (the director for a major
-- complaint, a supervisor for an important one), and when the requester was first answered.
ALTER TABLE tickets ADD COLUMN handed_over_at timestamptz;
ALTER TABLE tickets ADD COLUMN replied_at timestamptz;
-- A reported result answered the requester.
UPDATE tickets SET replied_at = resolved_at WHERE resolved_at IS NOT NULL;
