-- Browsers where two-factor sign-in asks for no second factor for a while ("Don't ask
-- for a code on this browser"): the browser's device id (its SHA-256, as in
-- known_devices), under the password epoch it was trusted in, so a password change or
-- reset ends every trust.
CREATE TABLE trusted_browsers (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id        INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    device_hash    TEXT    NOT NULL,
    password_epoch INTEGER NOT NULL,
    user_agent     TEXT    NOT NULL,
    ip             TEXT    NOT NULL,
    created_at     INTEGER NOT NULL,
    expires_at     INTEGER NOT NULL,
    UNIQUE (user_id, device_hash)
);
