-- Invitations to the portal for merchants and owners: a clerk makes one, its code is shown once
-- (only its SHA-256 is kept), and the person chooses a username and password with it within 7 days.
CREATE TABLE account_invitations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  site_id uuid NOT NULL REFERENCES sites(id),
  requester_id uuid NOT NULL REFERENCES requesters(id),
  code_hash text NOT NULL UNIQUE,
  created_by uuid REFERENCES accounts(id),
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  revoked_at timestamptz,
  account_id uuid REFERENCES accounts(id)
);
CREATE INDEX account_invitations_requester_idx ON account_invitations (site_id, requester_id, created_at DESC);

-- An invitation is logged before any account exists: the event then names the requester.
ALTER TABLE account_events ALTER COLUMN account_id DROP NOT NULL;
ALTER TABLE account_events ADD COLUMN requester_id uuid REFERENCES requesters(id);
