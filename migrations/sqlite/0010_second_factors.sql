-- Second factors beside the SMS code: an authenticator app (TOTP, RFC 6238) and
-- recovery codes; and which method the account last used at the second step (offered
-- first next time).

-- One authenticator app per account. Its secret is sealed (AES-256-GCM, a key derived
-- from the app secret, bound to the account); `confirmed_at` is NULL while it is being
-- set up (until a first code from the app comes back). `last_step` is the latest
-- 30-second time step accepted: a code is accepted once, and never one older than it.
CREATE TABLE authenticators (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id       INTEGER NOT NULL UNIQUE REFERENCES users(id) ON DELETE CASCADE,
    secret_sealed TEXT    NOT NULL,
    confirmed_at  INTEGER,
    last_step     INTEGER NOT NULL DEFAULT 0,
    created_at    INTEGER NOT NULL,
    last_used_at  INTEGER
);

-- Single-use recovery codes, stored as keyed hashes (HMAC-SHA256 with a key derived
-- from the app secret): the codes themselves are shown once.
CREATE TABLE recovery_codes (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    code_hash  TEXT    NOT NULL,
    created_at INTEGER NOT NULL,
    used_at    INTEGER,
    UNIQUE (user_id, code_hash)
);

-- 'sms' or 'app' (NULL: never used; the SMS code comes first).
ALTER TABLE users ADD COLUMN second_factor_last TEXT;
