-- The 回访 queue: one follow-up per resolution of a ticket that owes one (repairs), its call
-- attempts, and how it ended. The facts 客户意见定时回访率 and 回访处理率 are computed from
-- (due_at, done_at, outcome) and the attempts.
CREATE TABLE follow_ups (
  id uuid PRIMARY KEY,
  site_id uuid NOT NULL REFERENCES sites(id),
  ticket_id uuid NOT NULL REFERENCES tickets(id),
  unit_id uuid,
  handler_id uuid REFERENCES staff(id),
  caller_id uuid REFERENCES staff(id),
  caller_must_not_be_handler boolean NOT NULL DEFAULT false,
  round integer NOT NULL DEFAULT 0,
  due_at timestamptz NOT NULL,
  opened_at timestamptz NOT NULL,
  status text NOT NULL CHECK (status IN ('open', 'awaiting_decision', 'done')),
  failed_attempts integer NOT NULL DEFAULT 0 CHECK (failed_attempts BETWEEN 0 AND 3),
  next_call_at timestamptz,
  outcome text CHECK (outcome IN ('satisfied', 'not_fixed', 'unreached', 'withdrawn')),
  done_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  CHECK ((status = 'done') = (outcome IS NOT NULL)),
  CHECK ((status = 'done') = (done_at IS NOT NULL))
);
-- One follow-up owed per ticket at a time.
CREATE UNIQUE INDEX follow_ups_owed_idx ON follow_ups (ticket_id) WHERE status <> 'done';
-- The queue by due time (keyset: due_at, id), and the month's rates by due time.
CREATE INDEX follow_ups_queue_idx ON follow_ups (site_id, due_at, id);

CREATE TABLE follow_up_attempts (
  follow_up_id uuid NOT NULL REFERENCES follow_ups(id),
  seq integer NOT NULL,
  site_id uuid NOT NULL REFERENCES sites(id),
  at timestamptz NOT NULL,
  caller_id uuid NOT NULL REFERENCES staff(id),
  result text NOT NULL CHECK (result IN ('failed', 'reached')),
  retry_at timestamptz,
  outcome text CHECK (outcome IN ('satisfied', 'not_fixed')),
  satisfaction integer CHECK (satisfaction BETWEEN 1 AND 5),
  note text,
  PRIMARY KEY (follow_up_id, seq)
);

-- The site's 回访 policy (the product's own, default on): after a reopen the call is made by
-- someone other than the handler.
ALTER TABLE sites ADD COLUMN follow_up_other_caller_after_reopen boolean NOT NULL DEFAULT true;
