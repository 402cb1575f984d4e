-- KPI targets per site, with their history: a row per setting, never updated; the newest per KPI
-- is in force. The director's analysis of a month's report, one per site and month.
CREATE TABLE kpi_targets (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  site_id uuid NOT NULL REFERENCES sites(id),
  kpi text NOT NULL,
  target numeric(12, 2) NOT NULL,
  note text,
  set_by_id uuid NOT NULL REFERENCES staff(id),
  set_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX kpi_targets_site_idx ON kpi_targets (site_id, kpi, set_at DESC, id DESC);

CREATE TABLE kpi_report_analyses (
  site_id uuid NOT NULL REFERENCES sites(id),
  month text NOT NULL CHECK (month ~ '^[0-9]{4}-[0-9]{2}$'),
  analysis text NOT NULL,
  written_by_id uuid NOT NULL REFERENCES staff(id),
  written_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (site_id, month)
);
