-- A requester's file beyond its fields: documents (licence, contract, insurance card) whose
-- bytes are attachments, staff notes, and the history of changes (who changed what, when).
CREATE TABLE requester_documents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  site_id uuid NOT NULL REFERENCES sites(id),
  requester_id uuid NOT NULL REFERENCES requesters(id),
  kind text NOT NULL CHECK (kind IN ('licence', 'contract', 'insurance_card')),
  expires_on date,
  attachment_id uuid NOT NULL UNIQUE REFERENCES attachments(id),
  file_name text NOT NULL,
  added_by uuid REFERENCES staff(id),
  added_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX requester_documents_file_idx ON requester_documents (requester_id, added_at, id);
CREATE INDEX requester_documents_expiry_idx ON requester_documents (site_id, expires_on) WHERE expires_on IS NOT NULL;

CREATE TABLE requester_notes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  site_id uuid NOT NULL REFERENCES sites(id),
  requester_id uuid NOT NULL REFERENCES requesters(id),
  body text NOT NULL,
  author_id uuid REFERENCES staff(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX requester_notes_file_idx ON requester_notes (requester_id, created_at, id);

CREATE TABLE requester_changes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  site_id uuid NOT NULL REFERENCES sites(id),
  requester_id uuid NOT NULL REFERENCES requesters(id),
  action text NOT NULL CHECK (action IN ('created', 'updated', 'document_added')),
  actor_id uuid REFERENCES staff(id),
  at timestamptz NOT NULL DEFAULT now(),
  fields jsonb NOT NULL DEFAULT '[]'
);
CREATE INDEX requester_changes_file_idx ON requester_changes (requester_id, at, id);

-- The merchants' contract end, for the expiry list.
CREATE INDEX requesters_contract_end_idx ON requesters (site_id, contract_ends_on) WHERE contract_ends_on IS NOT NULL;
