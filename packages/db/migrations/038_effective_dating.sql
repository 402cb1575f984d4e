-- Effective dating of the org chart (@kefu/domain/org effective-dating.ts): positions, reporting
-- lines and grants each hold over a range of site-local days [valid_from, valid_to). A NULL
-- valid_from holds since the site began (rows written before this migration), a NULL valid_to is
-- still in force. A change closes the open row at its effective day and opens a new one, so
-- "the chart as of a day" is one range predicate per table, and "now" is the open rows.
-- A position's range is [created_on, retired_on) (retired_on exists since 019); one created and
-- retired the same day holds on no day.
ALTER TABLE positions ADD COLUMN created_on date;
ALTER TABLE positions ADD CONSTRAINT positions_dates_check CHECK (retired_on IS NULL OR created_on IS NULL OR retired_on >= created_on);

ALTER TABLE reporting_lines ADD COLUMN valid_from date;
ALTER TABLE reporting_lines ADD COLUMN valid_to date;
ALTER TABLE reporting_lines DROP CONSTRAINT reporting_lines_pkey;
ALTER TABLE reporting_lines ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY;
ALTER TABLE reporting_lines ADD CONSTRAINT reporting_lines_dates_check CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to > valid_from);
-- At most one open line between two positions; closed ones are history.
CREATE UNIQUE INDEX reporting_lines_open_idx ON reporting_lines (position_id, reports_to_id) WHERE valid_to IS NULL;

ALTER TABLE position_grants ADD COLUMN valid_from date;
ALTER TABLE position_grants ADD COLUMN valid_to date;
ALTER TABLE position_grants DROP CONSTRAINT position_grants_pkey;
ALTER TABLE position_grants ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY;
ALTER TABLE position_grants ADD CONSTRAINT position_grants_dates_check CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to > valid_from);
CREATE UNIQUE INDEX position_grants_open_idx ON position_grants (position_id, action) WHERE valid_to IS NULL;
