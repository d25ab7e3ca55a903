-- Passkeys (WebAuthn): each account's credentials, and the ceremonies under way.

-- The user handle an account's passkeys carry (a random UUID, never the number): what a
-- discoverable sign-in names.
ALTER TABLE users ADD COLUMN webauthn_handle TEXT;
CREATE UNIQUE INDEX users_webauthn_handle ON users (webauthn_handle);

-- One row per passkey: its credential id (base64url), the credential as webauthn-rs
-- keeps it (JSON: public key, counter, backup flags), the name the person gave it.
CREATE TABLE passkeys (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id       INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    credential_id TEXT    NOT NULL UNIQUE,
    credential    TEXT    NOT NULL,
    name          TEXT    NOT NULL,
    created_at    INTEGER NOT NULL,
    last_used_at  INTEGER
);
CREATE INDEX passkeys_user ON passkeys (user_id);

-- A registration or authentication under way: its challenge state (webauthn-rs, JSON),
-- taken once by the answer (DELETE ... RETURNING), for the account it names (NULL: a
-- sign-in by a passkey that will say whose it is).
CREATE TABLE webauthn_ceremonies (
    id         TEXT    PRIMARY KEY,
    user_id    INTEGER REFERENCES users(id) ON DELETE CASCADE,
    purpose    TEXT    NOT NULL,
    state      TEXT    NOT NULL,
    expires_at INTEGER NOT NULL
);
