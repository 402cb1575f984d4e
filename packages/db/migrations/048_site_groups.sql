-- Groups of sites (集团) for the KPI group view (issue 18 §1: "a group view across sites for a
-- group-level account"; the product's own shape). A group and its readers are set up by the
-- operator, as sites are (`pnpm --filter @kefu/db site-group`, or the demo seed); the admin app
-- only reads them and never edits them. A site belongs to at most one group.
CREATE TABLE site_groups (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code text NOT NULL UNIQUE,
  -- {"zh": …, "en": …}, as sites.name.
  name jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

ALTER TABLE sites ADD COLUMN group_id uuid REFERENCES site_groups(id);
CREATE INDEX sites_group_idx ON sites (group_id) WHERE group_id IS NOT NULL;

-- The accounts allowed to read a group's figures: each member site's site-level KPIs and the
-- group's totals (packages/domain kpi/kpi-group.ts decides; nobody else reads anything of it).
CREATE TABLE site_group_readers (
  group_id uuid NOT NULL REFERENCES site_groups(id),
  account_id uuid NOT NULL REFERENCES accounts(id),
  PRIMARY KEY (group_id, account_id)
);
CREATE INDEX site_group_readers_account_idx ON site_group_readers (account_id);
