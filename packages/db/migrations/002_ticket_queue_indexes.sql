-- Queue shapes 001 leaves without an index (see packages/db/src/tickets/ticket-queue.query.ts):
-- the scoped visibility also matches tickets a staff member created, and the site-wide
-- "newest first" list pages by received time.
CREATE INDEX tickets_created_by_idx ON tickets (site_id, created_by_id, status, due_at, id);
CREATE INDEX tickets_site_received_idx ON tickets (site_id, received_at DESC, id DESC);
