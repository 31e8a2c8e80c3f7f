-- Sessions of the generic interface (issue #16): the SessionID an API client gets from SessionCreate,
-- kept as a SHA-256 hash; it ends after two idle hours, ten hours at most, or when the password changes.
CREATE TABLE api_session (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    version              BIGINT        NOT NULL DEFAULT 0,
    token_hash           VARCHAR(64)   NOT NULL,
    agent                BOOLEAN       NOT NULL,
    login                VARCHAR(200)  NOT NULL,
    credentials_version  INT           NOT NULL,
    created_at           ${timestamp}  NOT NULL,
    last_used_at         ${timestamp}  NOT NULL,
    expires_at           ${timestamp}  NOT NULL,
    CONSTRAINT uq_api_session_token UNIQUE (token_hash)
);
CREATE INDEX ix_api_session_expires ON api_session (expires_at);

-- A change made through the generic interface says so in the ticket's history ("via API").
ALTER TABLE ticket_history ADD via VARCHAR(20);
