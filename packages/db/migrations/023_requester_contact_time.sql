-- When a requester prefers to be called back (工作日 14:00 以后), kept on their file; a portal
-- user may correct it, with their own phone.
ALTER TABLE requesters ADD COLUMN preferred_contact_time text;
