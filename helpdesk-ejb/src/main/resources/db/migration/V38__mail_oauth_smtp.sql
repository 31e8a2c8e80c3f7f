-- A mailbox that signs in with OAuth2 may also send its queue's mail (issue #18): SMTP with XOAUTH2 to its
-- provider's server (TLS from the start, or STARTTLS), for mail whose sender is the mailbox's own address. No
-- host: its mail goes through the server's relay as before.
ALTER TABLE mail_account ADD COLUMN oauth_smtp_host VARCHAR(250);
ALTER TABLE mail_account ADD COLUMN oauth_smtp_port INTEGER;
ALTER TABLE mail_account ADD COLUMN oauth_smtp_ssl BOOLEAN;
