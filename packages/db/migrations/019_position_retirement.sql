-- A retired position (no holders, nobody reporting to it) leaves the chart from this day on; its
-- row stays for the history of the assignments that once named it.
ALTER TABLE positions ADD COLUMN retired_on date;
CREATE INDEX positions_active_idx ON positions (site_id) WHERE retired_on IS NULL;
