-- API tokens of the native API /api/v1 (issue #16): made by an admin for an agent or a customer, scoped, expiring,
-- revocable; only the SHA-256 hash of the token and its first characters are kept.
CREATE TABLE api_token (
    id            BIGINT        NOT NULL PRIMARY KEY,
    version       BIGINT        NOT NULL DEFAULT 0,
    name          VARCHAR(200)  NOT NULL,
    agent         BOOLEAN       NOT NULL,
    login         VARCHAR(200)  NOT NULL,
    may_write     BOOLEAN       NOT NULL,
    token_hash    VARCHAR(64)   NOT NULL,
    prefix        VARCHAR(12)   NOT NULL,
    created_at    ${timestamp}  NOT NULL,
    created_by    VARCHAR(200)  NOT NULL,
    expires_at    ${timestamp}  NOT NULL,
    revoked_at    ${timestamp},
    last_used_at  ${timestamp},
    CONSTRAINT uq_api_token_hash UNIQUE (token_hash)
);
