-- Signed and encrypted mail (issue #18): the S/MIME certificates and PGP keys the desk knows (private parts
-- sealed with the desk's secret key), with the addresses they are for; the exact bytes of a signed or
-- encrypted message as built when it was queued; and how an article's mail was secured.
CREATE TABLE mail_key (
    id           BIGINT        NOT NULL PRIMARY KEY,
    version      BIGINT        NOT NULL DEFAULT 0,
    method       VARCHAR(10)   NOT NULL,
    authority    BOOLEAN       NOT NULL,
    fingerprint  VARCHAR(200)  NOT NULL,
    subject      VARCHAR(1000) NOT NULL,
    issuer       VARCHAR(1000),
    not_before   ${timestamp},
    not_after    ${timestamp},
    public_data  ${text}       NOT NULL,
    secret_data  ${text},
    passphrase   VARCHAR(1000),
    created_at   ${timestamp}  NOT NULL,
    created_by   VARCHAR(200)  NOT NULL,
    expiry_warned_at ${timestamp},
    CONSTRAINT uq_mail_key_fingerprint UNIQUE (method, fingerprint)
);
CREATE INDEX ix_mail_key_not_after ON mail_key (not_after);

CREATE TABLE mail_key_address (
    key_id   BIGINT       NOT NULL,
    address  VARCHAR(250) NOT NULL,
    CONSTRAINT pk_mail_key_address PRIMARY KEY (key_id, address),
    CONSTRAINT fk_mail_key_address_key FOREIGN KEY (key_id) REFERENCES mail_key (id) ON DELETE CASCADE
);
CREATE INDEX ix_mail_key_address ON mail_key_address (address);

ALTER TABLE mail_outbox ADD COLUMN raw_message ${blob};

ALTER TABLE article ADD COLUMN security_method VARCHAR(10);
ALTER TABLE article ADD COLUMN security_signed BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE article ADD COLUMN security_encrypted BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE article ADD COLUMN signature_status VARCHAR(20);
ALTER TABLE article ADD COLUMN signer VARCHAR(1000);
ALTER TABLE queue ADD COLUMN sign_method VARCHAR(10);
