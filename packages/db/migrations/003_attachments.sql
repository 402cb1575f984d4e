-- Photos a requester attaches to a request. The bytes live in the database, so every gateway
-- replica serves every photo without a shared disk. A photo is uploaded first (ticket_id null)
-- and attached when its request is submitted; only its uploader may attach it.
CREATE TABLE attachments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  site_id uuid NOT NULL REFERENCES sites(id),
  ticket_id uuid REFERENCES tickets(id),
  uploader_account_id uuid NOT NULL REFERENCES accounts(id),
  content_type text NOT NULL,
  byte_size integer NOT NULL CHECK (byte_size > 0),
  sha256 text NOT NULL,
  bytes bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (octet_length(bytes) = byte_size)
);
CREATE INDEX attachments_ticket_idx ON attachments (ticket_id, created_at, id) WHERE ticket_id IS NOT NULL;
CREATE INDEX attachments_unattached_idx ON attachments (uploader_account_id, created_at) WHERE ticket_id IS NULL;
