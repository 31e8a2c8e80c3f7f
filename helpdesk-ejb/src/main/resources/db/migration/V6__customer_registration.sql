-- Self-registration with e-mail confirmation, and password reset by e-mail: single-use, expiring
-- tokens (only their SHA-256 hash is stored).
ALTER TABLE customer_user ADD activated BOOLEAN DEFAULT TRUE NOT NULL;

CREATE TABLE customer_token (
    id          BIGINT       NOT NULL PRIMARY KEY,
    version     BIGINT       NOT NULL DEFAULT 0,
    customer_id BIGINT       NOT NULL,
    purpose     VARCHAR(20)  NOT NULL,
    token_hash  VARCHAR(100) NOT NULL,
    expires_at  ${timestamp} NOT NULL,
    used_at     ${timestamp},
    created_at  ${timestamp} NOT NULL,
    CONSTRAINT uq_customer_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_customer_token_customer FOREIGN KEY (customer_id) REFERENCES customer_user (id)
);
