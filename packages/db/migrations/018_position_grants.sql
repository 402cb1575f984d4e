-- A site's own grants: per position and action, the scope that replaces the default catalogue's
-- grants of that action (a NULL scope is "none"). A position without a row here acts with the
-- catalogue's grants, so every site starts from the catalogue and edits only what it changes.
CREATE TABLE position_grants (
  site_id uuid NOT NULL REFERENCES sites(id),
  position_id uuid NOT NULL REFERENCES positions(id),
  action text NOT NULL,
  scope text CHECK (scope IN ('any', 'site', 'subordinates', 'own_queue', 'own')),
  changed_by uuid REFERENCES staff(id),
  changed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (position_id, action)
);
CREATE INDEX position_grants_site_idx ON position_grants (site_id);
