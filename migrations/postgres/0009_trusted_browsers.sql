-- Browsers where two-factor sign-in asks for no second factor for a while ("Don't ask
-- for a code on this browser"): the browser's device id (its SHA-256, as in
-- known_devices), under the password epoch it was trusted in, so a password change or
-- reset ends every trust.
CREATE TABLE trusted_browsers (
    id             BIGSERIAL PRIMARY KEY,
    user_id        BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    device_hash    TEXT    NOT NULL,
    password_epoch BIGINT NOT NULL,
    user_agent     TEXT    NOT NULL,
    ip             TEXT    NOT NULL,
    created_at     BIGINT NOT NULL,
    expires_at     BIGINT NOT NULL,
    UNIQUE (user_id, device_hash)
);
