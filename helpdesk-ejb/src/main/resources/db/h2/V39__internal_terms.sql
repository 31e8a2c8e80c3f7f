-- A term of a ticket's internal notes only is kept marked with a leading '_' (org.helpdesk.search.TextIndex,
-- analyzer version 2), one character longer than the analyzer's longest term. PostgreSQL and MariaDB keep
-- the terms in a column without such a limit.
ALTER TABLE ticket_term ALTER COLUMN term SET DATA TYPE VARCHAR(61);
