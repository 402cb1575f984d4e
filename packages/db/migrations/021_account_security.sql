-- A sign-in whose password was set by someone else (a first password, a reset) must be changed
-- by its owner before the session may do anything else.
ALTER TABLE accounts ADD COLUMN must_change_password boolean NOT NULL DEFAULT false;

-- The account audit log: sign-ins created, passwords changed or reset, sign-ins disabled or
-- enabled, sessions revoked; who did it (null for the owner themself signing in) and when.
CREATE TABLE account_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  site_id uuid NOT NULL REFERENCES sites(id),
  account_id uuid NOT NULL REFERENCES accounts(id),
  actor_account_id uuid REFERENCES accounts(id),
  kind text NOT NULL,
  at timestamptz NOT NULL,
  details jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX account_events_site_idx ON account_events (site_id, id DESC);
