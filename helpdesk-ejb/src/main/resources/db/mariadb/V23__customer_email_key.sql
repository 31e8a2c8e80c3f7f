-- Incoming mail finds its customer by address whatever its case. LOWER(email) could not use the index on
-- email: at 50,000 customers every message read the whole table (28 ms on PostgreSQL, BENCHMARKS.md).
ALTER TABLE customer_user ADD COLUMN email_key VARCHAR(250);
UPDATE customer_user SET email_key = LOWER(email);
ALTER TABLE customer_user MODIFY email_key VARCHAR(250) NOT NULL;
DROP INDEX ix_customer_user_email ON customer_user;
CREATE INDEX ix_customer_user_email_key ON customer_user (email_key);
