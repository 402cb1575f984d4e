-- Each member of staff's inbox (消息提醒): written in the same transaction as the ticket change
-- that causes it; read newest first; unread ones counted for the bell.
CREATE TABLE notifications (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  site_id uuid NOT NULL REFERENCES sites(id),
  recipient_id uuid NOT NULL REFERENCES staff(id),
  kind text NOT NULL,
  ticket_id uuid NOT NULL REFERENCES tickets(id),
  created_at timestamptz NOT NULL,
  read_at timestamptz
);
CREATE INDEX notifications_inbox_idx ON notifications (site_id, recipient_id, created_at DESC, id DESC);
CREATE INDEX notifications_unread_idx ON notifications (site_id, recipient_id, created_at DESC) WHERE read_at IS NULL;
