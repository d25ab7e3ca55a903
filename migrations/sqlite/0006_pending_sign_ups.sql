-- A sign-up's password waits here until its number is proved, whether or not the number
-- already has an account: the users table holds the proved accounts' passwords only, and
-- sign-in checks a waiting sign-up the same way for both, so no sequence of sign-up and
-- sign-in tells the two apart. (An unverified users row stays as the anchor of the
-- pending session and the code; its own password_hash is empty and never checked.)
CREATE TABLE pending_sign_ups (
    phone         TEXT    PRIMARY KEY,
    password_hash TEXT    NOT NULL,
    name          TEXT,
    created_at    INTEGER NOT NULL
);
INSERT INTO pending_sign_ups (phone, password_hash, name, created_at)
    SELECT phone, password_hash, name, updated_at FROM users WHERE phone_verified_at IS NULL;
UPDATE users SET password_hash = '', name = NULL WHERE phone_verified_at IS NULL;
