-- Mail accounts over TLS may trust one certificate the administrator confirmed (SHA-256 of the
-- server's leaf certificate, 64 hex digits), for servers with self-signed or private-CA
-- certificates. IMAP or POP3 without TLS now needs the administrator's explicit consent; accounts
-- that already fetch that way get it, so that none stops fetching with the upgrade.
ALTER TABLE mail_account ADD trusted_certificate_sha256 VARCHAR(64);
ALTER TABLE mail_account ADD allow_plaintext BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE mail_account SET allow_plaintext = TRUE WHERE protocol IN ('IMAP', 'POP3') AND starttls = FALSE;
