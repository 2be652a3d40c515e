-- Signing keys. Private halves exist only for local accounts.
CREATE TABLE account_keys (
    account_id      BIGINT PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    rsa_public_pem  TEXT  NOT NULL,
    rsa_private_pem TEXT,
    ed25519_public  BYTEA,
    ed25519_private BYTEA
);
