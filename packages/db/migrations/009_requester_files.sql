-- Requesters' files (档案): a merchant's units, business category, contract and status, the
-- contacts of merchants and owners. `shop_unit` stays as the first of `units`, which tickets
-- and the portal already read.
ALTER TABLE requesters
  ADD COLUMN units text[] NOT NULL DEFAULT '{}',
  ADD COLUMN business_category text,
  ADD COLUMN contract_starts_on date,
  ADD COLUMN contract_ends_on date,
  ADD COLUMN contacts jsonb NOT NULL DEFAULT '[]',
  ADD COLUMN status text CHECK (status IN ('open', 'closing', 'left')),
  ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();

UPDATE requesters SET units = ARRAY[shop_unit] WHERE shop_unit IS NOT NULL;
UPDATE requesters SET status = 'open' WHERE kind = 'merchant';

-- The duplicate checks (same phone; same unit held actively) and the list's keyset order.
CREATE INDEX requesters_phone_idx ON requesters (site_id, phone) WHERE phone IS NOT NULL;
CREATE INDEX requesters_units_idx ON requesters USING gin (units);
CREATE INDEX requesters_list_idx ON requesters (site_id, (coalesce(shop_name, name)), id);
