-- When the requester prefers to be called back, in their own words (e.g. 工作日 14:00 以后).
ALTER TABLE tickets ADD COLUMN preferred_contact_time text;
