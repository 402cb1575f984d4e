-- Notifications about a relay (信息传达逾期) or a message (留言) as well as a ticket: each points at
-- exactly one record. The sweep tells of an overdue relay or message once: the moment it did is
-- kept on the record, claimed by a conditional UPDATE so two sweepers never both tell.
ALTER TABLE notifications ALTER COLUMN ticket_id DROP NOT NULL;
ALTER TABLE notifications ADD COLUMN relay_id uuid REFERENCES relays(id);
ALTER TABLE notifications ADD COLUMN message_id uuid REFERENCES messages(id);
ALTER TABLE notifications ADD CONSTRAINT notifications_one_target CHECK (num_nonnulls(ticket_id, relay_id, message_id) = 1);

ALTER TABLE relays ADD COLUMN overdue_notified_at timestamptz;
ALTER TABLE messages ADD COLUMN overdue_notified_at timestamptz;
-- What was overdue before this migration is not announced all at once on the first sweep.
UPDATE relays SET overdue_notified_at = now() WHERE status IN ('pending', 'accepted') AND due_at < now();
UPDATE messages SET overdue_notified_at = now() WHERE acknowledged_at IS NULL AND taken_at < now() - interval '1 day';

-- The sweep's candidates: unanswered relays and unacknowledged messages not yet told of.
CREATE INDEX relays_overdue_unnotified_idx ON relays (due_at, id) WHERE overdue_notified_at IS NULL AND status IN ('pending', 'accepted');
CREATE INDEX messages_overdue_unnotified_idx ON messages (taken_at, id) WHERE overdue_notified_at IS NULL AND acknowledged_at IS NULL;
