-- The language a stored question was answered in, so staff see unanswered questions per language.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL. Questions stored before this were English.
ALTER TABLE insight_question ADD COLUMN lang VARCHAR(2) DEFAULT 'en' NOT NULL;
