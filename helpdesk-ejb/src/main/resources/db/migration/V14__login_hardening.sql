-- Logins and sessions: a password change raises the account's credentials version, which ends the
-- sessions opened with the old password; a generated first password must be changed at the first
-- login. Failed logins are slowed down per client address in memory instead of locking the account
-- out, so the lock-out columns go.
ALTER TABLE agent ADD credentials_version INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE agent ADD must_change_password BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE customer_user ADD credentials_version INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE agent DROP COLUMN failed_logins;
ALTER TABLE agent DROP COLUMN locked_until;
ALTER TABLE customer_user DROP COLUMN failed_logins;
ALTER TABLE customer_user DROP COLUMN locked_until;
