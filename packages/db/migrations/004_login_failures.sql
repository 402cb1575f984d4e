-- Failed sign-ins, shared by every replica: sign-in is refused after too many failures for one
-- username or from one address within a window (the gateway decides the numbers). Rows older
-- than a day are purged as new failures arrive.
CREATE TABLE login_failures (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  username text NOT NULL,
  address text,
  failed_at timestamptz NOT NULL
);
CREATE INDEX login_failures_username_idx ON login_failures (username, failed_at);
CREATE INDEX login_failures_address_idx ON login_failures (address, failed_at) WHERE address IS NOT NULL;
CREATE INDEX login_failures_failed_at_idx ON login_failures (failed_at);
