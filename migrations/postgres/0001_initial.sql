-- Times are unix seconds (BIGINT) so the same queries run on SQLite and PostgreSQL.
CREATE TABLE users (
    id                 BIGSERIAL PRIMARY KEY,
    phone              TEXT    NOT NULL UNIQUE,
    phone_verified_at  BIGINT,
    password_hash      TEXT    NOT NULL,
    name               TEXT,
    two_factor_enabled BIGINT NOT NULL DEFAULT 0,
    created_at         BIGINT NOT NULL,
    updated_at         BIGINT NOT NULL
);

-- kind: 'full' (signed in), 'pending' (phone not verified yet: /verify only),
-- '2fa' (password accepted, second factor outstanding: /signin/2fa only).
CREATE TABLE sessions (
    id           BIGSERIAL PRIMARY KEY,
    token_hash   TEXT    NOT NULL UNIQUE,
    user_id      BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind         TEXT    NOT NULL,
    created_at   BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL,
    expires_at   BIGINT NOT NULL,
    user_agent   TEXT    NOT NULL DEFAULT '',
    ip           TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX sessions_user ON sessions(user_id);

-- One row per issued code. code_hash is NULL when the provider owns the code.
-- state: 'active', 'used', 'superseded' (a newer code was sent), 'dead' (too many tries).
CREATE TABLE verification_codes (
    id          BIGSERIAL PRIMARY KEY,
    phone       TEXT    NOT NULL,
    user_id     BIGINT REFERENCES users(id) ON DELETE CASCADE,
    purpose     TEXT    NOT NULL,
    channel     TEXT    NOT NULL,
    provider    TEXT    NOT NULL,
    code_hash   TEXT,
    created_at  BIGINT NOT NULL,
    expires_at  BIGINT NOT NULL,
    attempts    BIGINT NOT NULL DEFAULT 0,
    state       TEXT    NOT NULL DEFAULT 'active',
    finished_at BIGINT
);
CREATE INDEX verification_codes_lookup ON verification_codes(phone, purpose, created_at);

-- Fixed-window counters; the services read the current and previous window.
CREATE TABLE rate_counters (
    bucket       TEXT    NOT NULL,
    window_start BIGINT NOT NULL,
    count        BIGINT NOT NULL,
    PRIMARY KEY (bucket, window_start)
);

CREATE TABLE audit_events (
    id         BIGSERIAL PRIMARY KEY,
    user_id    BIGINT REFERENCES users(id) ON DELETE CASCADE,
    kind       TEXT    NOT NULL,
    detail     TEXT    NOT NULL DEFAULT '',
    ip         TEXT    NOT NULL DEFAULT '',
    user_agent TEXT    NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL
);
CREATE INDEX audit_events_user ON audit_events(user_id, created_at);

CREATE TABLE avatars (
    user_id      BIGINT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    content_type TEXT    NOT NULL,
    bytes        BYTEA    NOT NULL,
    updated_at   BIGINT NOT NULL
);
