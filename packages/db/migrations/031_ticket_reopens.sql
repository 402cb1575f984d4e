-- Work sent back never disappears: a ticket counts its reopens (a reopen, a 回访 or a rating of 2
-- or less) and keeps when it was last sent back. The deadlines of an ended round stay in the
-- reopen's timeline event and in deadline_escalations; the columns hold the current round.
ALTER TABLE tickets ADD COLUMN reopen_count integer NOT NULL DEFAULT 0 CHECK (reopen_count >= 0);
ALTER TABLE tickets ADD COLUMN reopened_at timestamptz;
-- The "returned / unsatisfied" view: reopened tickets still at work.
CREATE INDEX tickets_returned_idx ON tickets (site_id, reopened_at DESC, id DESC)
  WHERE reopen_count > 0 AND status IN ('received', 'assigned', 'relayed', 'in_progress');
