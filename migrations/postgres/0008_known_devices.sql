-- The browsers each account has signed in from, for the alert when a new one does. A
-- browser is a random id in its device cookie; only the id's SHA-256 is kept here.
CREATE TABLE known_devices (
    user_id       BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    device_hash   TEXT    NOT NULL,
    first_seen_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, device_hash)
);
-- How many browsers the account has been seen on: the first is no news.
ALTER TABLE users ADD COLUMN devices_seen BIGINT NOT NULL DEFAULT 0;
