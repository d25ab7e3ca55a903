-- The OpenID Connect provider. Every secret (client secrets, codes, tokens) is stored as
-- the SHA-256 of a 256-bit random value; the signing keys' private halves are sealed with
-- a key derived from the app secret.

-- The stable subject of a user for other apps: random, never the phone number (numbers
-- change). Set the first time the user signs in to another app.
ALTER TABLE users ADD COLUMN public_id TEXT;
CREATE UNIQUE INDEX users_public_id ON users(public_id);

-- How a full session signed in ('password', 'code', 'password_and_code', ...): the amr of
-- the ID tokens issued from it. NULL for sessions from before this column.
ALTER TABLE sessions ADD COLUMN sign_in_method TEXT;

-- Registered by the operator (phone-auth clients add). redirect_uris and
-- post_logout_redirect_uris are JSON arrays of exact URIs; secret_hash is NULL for a
-- public client.
CREATE TABLE oauth_clients (
    id                        TEXT    PRIMARY KEY,
    name                      TEXT    NOT NULL,
    secret_hash               TEXT,
    redirect_uris             TEXT    NOT NULL,
    post_logout_redirect_uris TEXT    NOT NULL DEFAULT '[]',
    public                    BIGINT  NOT NULL DEFAULT 0,
    created_at                BIGINT  NOT NULL
);

-- RS256 keys. The newest one not retired signs; retired ones stay published in the JWKS
-- until every token they signed has expired.
CREATE TABLE oidc_signing_keys (
    kid         TEXT    PRIMARY KEY,
    private_key TEXT    NOT NULL,
    created_at  BIGINT  NOT NULL,
    retired_at  BIGINT
);

-- Authorization codes: single use (used goes 0 -> 1 once, by a conditional update), 60 s.
-- grant_id names the grant (token family) the exchange created, so a reused code can
-- revoke every token issued from it.
CREATE TABLE oauth_codes (
    code_hash      TEXT    PRIMARY KEY,
    client_id      TEXT    NOT NULL REFERENCES oauth_clients(id) ON DELETE CASCADE,
    redirect_uri   TEXT    NOT NULL,
    user_id        BIGINT  NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    session_id     BIGINT,
    nonce          TEXT,
    code_challenge TEXT,
    scope          TEXT    NOT NULL,
    auth_time      BIGINT  NOT NULL,
    amr            TEXT    NOT NULL,
    created_at     BIGINT  NOT NULL,
    expires_at     BIGINT  NOT NULL,
    used           BIGINT  NOT NULL DEFAULT 0,
    grant_id       TEXT
);

-- A grant: what one code exchange started (a refresh-token family and its access
-- tokens). Revoked as a whole when its code or a rotated refresh token is replayed.
CREATE TABLE oauth_grants (
    id         TEXT    PRIMARY KEY,
    client_id  TEXT    NOT NULL REFERENCES oauth_clients(id) ON DELETE CASCADE,
    user_id    BIGINT  NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    scope      TEXT    NOT NULL,
    auth_time  BIGINT  NOT NULL,
    amr        TEXT    NOT NULL,
    revoked    BIGINT  NOT NULL DEFAULT 0,
    created_at BIGINT  NOT NULL
);
CREATE INDEX oauth_grants_user ON oauth_grants(user_id, client_id);

CREATE TABLE oauth_access_tokens (
    token_hash TEXT    PRIMARY KEY,
    grant_id   TEXT    NOT NULL REFERENCES oauth_grants(id) ON DELETE CASCADE,
    expires_at BIGINT  NOT NULL
);
CREATE INDEX oauth_access_tokens_grant ON oauth_access_tokens(grant_id);

-- Refresh tokens rotate: a use sets rotated 0 -> 1 (conditional update) and issues the
-- next one in the same family (grant).
CREATE TABLE oauth_refresh_tokens (
    token_hash TEXT    PRIMARY KEY,
    grant_id   TEXT    NOT NULL REFERENCES oauth_grants(id) ON DELETE CASCADE,
    rotated    BIGINT  NOT NULL DEFAULT 0,
    created_at BIGINT  NOT NULL,
    expires_at BIGINT  NOT NULL
);
CREATE INDEX oauth_refresh_tokens_grant ON oauth_refresh_tokens(grant_id);

-- What a user allowed a client, remembered until revoked on the profile page.
CREATE TABLE oauth_consents (
    user_id    BIGINT  NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    client_id  TEXT    NOT NULL REFERENCES oauth_clients(id) ON DELETE CASCADE,
    scope      TEXT    NOT NULL,
    created_at BIGINT  NOT NULL,
    PRIMARY KEY (user_id, client_id)
);
