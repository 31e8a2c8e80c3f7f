-- OAuth2 mailboxes (issue #18): a mail account may sign in with XOAUTH2 instead of a password (Microsoft 365,
-- Gmail, or another provider): its OAuth2 client, the tokens granted (sealed with the desk's secret key),
-- an authorization under way (state and PKCE verifier), and the provider's refusal when tokens stop working.
ALTER TABLE mail_account ADD COLUMN oauth_provider VARCHAR(20);
ALTER TABLE mail_account ADD COLUMN oauth_authorization_endpoint VARCHAR(500);
ALTER TABLE mail_account ADD COLUMN oauth_token_endpoint VARCHAR(500);
ALTER TABLE mail_account ADD COLUMN oauth_client_id VARCHAR(500);
ALTER TABLE mail_account ADD COLUMN oauth_client_secret VARCHAR(1000);
ALTER TABLE mail_account ADD COLUMN oauth_scopes VARCHAR(1000);
ALTER TABLE mail_account ADD COLUMN oauth_refresh_token ${text};
ALTER TABLE mail_account ADD COLUMN oauth_access_token ${text};
ALTER TABLE mail_account ADD COLUMN oauth_expires_at ${timestamp};
ALTER TABLE mail_account ADD COLUMN oauth_state VARCHAR(100);
ALTER TABLE mail_account ADD COLUMN oauth_verifier VARCHAR(1000);
ALTER TABLE mail_account ADD COLUMN oauth_error VARCHAR(1000);
CREATE INDEX ix_mail_account_oauth_state ON mail_account (oauth_state);
