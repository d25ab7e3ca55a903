//! The OpenID provider's tables: clients, signing keys, authorization codes, grants (a
//! refresh-token family and its access tokens), refresh and access tokens, consents, and
//! the users' public ids. Only hashes of codes, tokens and client secrets are stored.
//! Single use and rotation are conditional updates that say whether they won.

use super::{Db, Flag};

/// A registered client. Its `Debug` leaves the secret's hash out.
#[derive(Clone, sqlx::FromRow)]
pub struct ClientRow {
    pub id: String,
    pub name: String,
    pub secret_hash: Option<String>,
    #[sqlx(try_from = "String")]
    pub redirect_uris: UriList,
    #[sqlx(try_from = "String")]
    pub post_logout_redirect_uris: UriList,
    #[sqlx(try_from = "Flag")]
    pub public: bool,
    pub created_at: i64,
}

impl std::fmt::Debug for ClientRow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientRow")
            .field("id", &self.id)
            .field("name", &self.name)
            .field("secret_hash", &self.secret_hash.as_ref().map(|_| "[redacted]"))
            .field("redirect_uris", &self.redirect_uris.0)
            .field("post_logout_redirect_uris", &self.post_logout_redirect_uris.0)
            .field("public", &self.public)
            .finish()
    }
}

/// A JSON array of URIs, as stored.
#[derive(Debug, Clone, Default)]
pub struct UriList(pub Vec<String>);

impl TryFrom<String> for UriList {
    type Error = String;
    fn try_from(s: String) -> Result<UriList, String> {
        serde_json::from_str(&s).map(UriList).map_err(|e| format!("a URI list that is not a JSON array of strings: {e}"))
    }
}

impl UriList {
    pub fn json(&self) -> String {
        serde_json::to_string(&self.0).unwrap_or_else(|_| "[]".into())
    }

    /// Exact match, no wildcards, no normalisation.
    pub fn has(&self, uri: &str) -> bool {
        self.0.iter().any(|u| u == uri)
    }
}

/// A signing key row; `private_key` is sealed (see `server::oidc_keys`).
#[derive(Clone, sqlx::FromRow)]
pub struct KeyRow {
    pub kid: String,
    pub private_key: String,
    pub created_at: i64,
    pub retired_at: Option<i64>,
}

pub struct NewCode<'a> {
    pub code_hash: &'a str,
    pub client_id: &'a str,
    pub redirect_uri: &'a str,
    pub user_id: i64,
    pub session_id: i64,
    pub nonce: Option<&'a str>,
    pub code_challenge: Option<&'a str>,
    pub scope: &'a str,
    pub auth_time: i64,
    pub amr: &'a str,
    pub now: i64,
    pub expires_at: i64,
}

/// An authorization code as its exchange reads it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CodeRow {
    pub client_id: String,
    pub redirect_uri: String,
    pub user_id: i64,
    pub nonce: Option<String>,
    pub code_challenge: Option<String>,
    pub scope: String,
    pub auth_time: i64,
    pub amr: String,
    pub grant_id: Option<String>,
}

/// A grant: a client's access to a user, started by one code exchange.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct GrantRow {
    pub id: String,
    pub client_id: String,
    pub user_id: i64,
    pub scope: String,
    pub auth_time: i64,
    pub amr: String,
}

/// A consent as the profile page lists it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ConsentRow {
    pub client_id: String,
    pub client_name: String,
    pub scope: String,
    pub created_at: i64,
}

/// The apps user `$1` let sign in, the latest first.
pub(super) const CONSENTS_OF_USER: &str = "SELECT c.client_id, k.name AS client_name, c.scope, c.created_at FROM oauth_consents c \
     JOIN oauth_clients k ON k.id = c.client_id WHERE c.user_id = $1 ORDER BY c.created_at DESC, c.client_id";
const CLIENT_COLUMNS: &str = "id, name, secret_hash, redirect_uris, post_logout_redirect_uris, public, created_at";
const CODE_COLUMNS: &str = "client_id, redirect_uri, user_id, nonce, code_challenge, scope, auth_time, amr, grant_id";
const GRANT_COLUMNS: &str = "g.id, g.client_id, g.user_id, g.scope, g.auth_time, g.amr";

impl Db {
    // --- clients

    pub async fn insert_client(&self, c: &ClientRow) -> sqlx::Result<()> {
        sqlx::query(
            "INSERT INTO oauth_clients (id, name, secret_hash, redirect_uris, post_logout_redirect_uris, public, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(&c.id)
        .bind(&c.name)
        .bind(&c.secret_hash)
        .bind(c.redirect_uris.json())
        .bind(c.post_logout_redirect_uris.json())
        .bind(i64::from(c.public))
        .bind(c.created_at)
        .execute(&mut *self.write().await?)
        .await?;
        Ok(())
    }

    pub async fn client(&self, id: &str) -> sqlx::Result<Option<ClientRow>> {
        sqlx::query_as(&format!("SELECT {CLIENT_COLUMNS} FROM oauth_clients WHERE id = $1"))
            .bind(id)
            .fetch_optional(&mut *self.read().await?)
            .await
    }

    pub async fn list_clients(&self) -> sqlx::Result<Vec<ClientRow>> {
        sqlx::query_as(&format!("SELECT {CLIENT_COLUMNS} FROM oauth_clients ORDER BY created_at, id"))
            .fetch_all(&mut *self.read().await?)
            .await
    }

    /// Removes a client with its codes, grants, tokens and consents; whether it existed.
    pub async fn delete_client(&self, id: &str) -> sqlx::Result<bool> {
        let mut writer = self.write().await?;
        let mut tx = writer.begin().await?;
        // Children first: SQLite enforces the foreign keys only with the pragma on.
        for table in ["oauth_access_tokens", "oauth_refresh_tokens"] {
            sqlx::query(&format!("DELETE FROM {table} WHERE grant_id IN (SELECT id FROM oauth_grants WHERE client_id = $1)"))
                .bind(id)
                .execute(&mut *tx)
                .await?;
        }
        for table in ["oauth_grants", "oauth_codes", "oauth_consents"] {
            sqlx::query(&format!("DELETE FROM {table} WHERE client_id = $1")).bind(id).execute(&mut *tx).await?;
        }
        let r = sqlx::query("DELETE FROM oauth_clients WHERE id = $1").bind(id).execute(&mut *tx).await?;
        tx.commit().await?;
        Ok(r.rows_affected() == 1)
    }

    // --- signing keys

    /// The key that signs: one retiring later than `now` if there is one (a rotation
    /// retires the old key a few minutes ahead, so the new one is published before it
    /// signs), else the oldest live one (of two instances generating one at the same
    /// first start, every instance picks the same).
    pub async fn active_signing_key(&self, now: i64) -> sqlx::Result<Option<KeyRow>> {
        sqlx::query_as(
            "SELECT kid, private_key, created_at, retired_at FROM oidc_signing_keys WHERE retired_at IS NULL OR retired_at > $1 \
             ORDER BY CASE WHEN retired_at IS NULL THEN 1 ELSE 0 END, created_at, kid LIMIT 1",
        )
        .bind(now)
        .fetch_optional(&mut *self.read().await?)
        .await
    }

    /// Keys to publish: live ones, and those retired after `retired_since` (tokens they
    /// signed may still be valid).
    pub async fn published_signing_keys(&self, retired_since: i64) -> sqlx::Result<Vec<KeyRow>> {
        sqlx::query_as(
            "SELECT kid, private_key, created_at, retired_at FROM oidc_signing_keys \
             WHERE retired_at IS NULL OR retired_at > $1 ORDER BY created_at DESC, kid DESC",
        )
        .bind(retired_since)
        .fetch_all(&mut *self.read().await?)
        .await
    }

    pub async fn signing_key(&self, kid: &str) -> sqlx::Result<Option<KeyRow>> {
        sqlx::query_as("SELECT kid, private_key, created_at, retired_at FROM oidc_signing_keys WHERE kid = $1")
            .bind(kid)
            .fetch_optional(&mut *self.read().await?)
            .await
    }

    /// Stores a new key; every other key not retired yet is retired at `retire_at` (a
    /// rotation: a few minutes ahead; a key that cannot be opened: now), in the same
    /// transaction.
    pub async fn insert_signing_key(&self, kid: &str, sealed: &str, now: i64, retire_at: i64) -> sqlx::Result<()> {
        let mut writer = self.write().await?;
        let mut tx = writer.begin().await?;
        sqlx::query("UPDATE oidc_signing_keys SET retired_at = $1 WHERE retired_at IS NULL OR retired_at > $1")
            .bind(retire_at)
            .execute(&mut *tx)
            .await?;
        sqlx::query("INSERT INTO oidc_signing_keys (kid, private_key, created_at) VALUES ($1, $2, $3)")
            .bind(kid)
            .bind(sealed)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        tx.commit().await
    }

    // --- users

    /// The user's public id (the `sub` other apps see): `candidate` is stored if the user
    /// has none yet (conditionally: of two first sign-ins at once, one wins), and the
    /// stored one is returned. `None` if the user is gone.
    pub async fn user_public_id(&self, user_id: i64, candidate: &str) -> sqlx::Result<Option<String>> {
        sqlx::query("UPDATE users SET public_id = $1 WHERE id = $2 AND public_id IS NULL")
            .bind(candidate)
            .bind(user_id)
            .execute(&mut *self.write().await?)
            .await?;
        let row: Option<(Option<String>,)> =
            sqlx::query_as("SELECT public_id FROM users WHERE id = $1").bind(user_id).fetch_optional(&mut *self.read().await?).await?;
        Ok(row.and_then(|r| r.0))
    }

    // --- authorization codes

    pub async fn insert_code(&self, c: &NewCode<'_>) -> sqlx::Result<()> {
        sqlx::query(
            "INSERT INTO oauth_codes (code_hash, client_id, redirect_uri, user_id, session_id, nonce, code_challenge, scope, \
             auth_time, amr, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
        )
        .bind(c.code_hash)
        .bind(c.client_id)
        .bind(c.redirect_uri)
        .bind(c.user_id)
        .bind(c.session_id)
        .bind(c.nonce)
        .bind(c.code_challenge)
        .bind(c.scope)
        .bind(c.auth_time)
        .bind(c.amr)
        .bind(c.now)
        .bind(c.expires_at)
        .execute(&mut *self.write().await?)
        .await?;
        Ok(())
    }

    /// Takes the live, unused code of `client_id` for the grant `grant_id`: of any number
    /// of exchanges at once, exactly one gets the row.
    pub async fn take_code(&self, code_hash: &str, client_id: &str, now: i64, grant_id: &str) -> sqlx::Result<Option<CodeRow>> {
        sqlx::query_as(&format!(
            "UPDATE oauth_codes SET used = 1, grant_id = $4 \
             WHERE code_hash = $1 AND client_id = $2 AND used = 0 AND expires_at > $3 RETURNING {CODE_COLUMNS}"
        ))
        .bind(code_hash)
        .bind(client_id)
        .bind(now)
        .bind(grant_id)
        .fetch_optional(&mut *self.write().await?)
        .await
    }

    /// A code of `client_id` that was already exchanged (a replay).
    pub async fn used_code(&self, code_hash: &str, client_id: &str) -> sqlx::Result<Option<CodeRow>> {
        sqlx::query_as(&format!("SELECT {CODE_COLUMNS} FROM oauth_codes WHERE code_hash = $1 AND client_id = $2 AND used = 1"))
            .bind(code_hash)
            .bind(client_id)
            .fetch_optional(&mut *self.read().await?)
            .await
    }

    // --- grants and tokens

    /// Records the grant a code exchange started. If a replay of the code revoked it
    /// first, the revoked row stays (nothing issued from it will work).
    pub async fn insert_grant(&self, g: &GrantRow, now: i64) -> sqlx::Result<()> {
        self.write_grant(g, now, false).await
    }

    /// Revokes the grant (creating it revoked if its exchange has not written it yet):
    /// every access and refresh token of it stops working.
    pub async fn revoke_grant(&self, g: &GrantRow, now: i64) -> sqlx::Result<()> {
        self.write_grant(g, now, true).await
    }

    async fn write_grant(&self, g: &GrantRow, now: i64, revoked: bool) -> sqlx::Result<()> {
        let conflict = if revoked { "DO UPDATE SET revoked = 1" } else { "DO NOTHING" };
        sqlx::query(&format!(
            "INSERT INTO oauth_grants (id, client_id, user_id, scope, auth_time, amr, revoked, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (id) {conflict}"
        ))
        .bind(&g.id)
        .bind(&g.client_id)
        .bind(g.user_id)
        .bind(&g.scope)
        .bind(g.auth_time)
        .bind(&g.amr)
        .bind(i64::from(revoked))
        .bind(now)
        .execute(&mut *self.write().await?)
        .await?;
        Ok(())
    }

    pub async fn revoke_grant_id(&self, grant_id: &str) -> sqlx::Result<()> {
        sqlx::query("UPDATE oauth_grants SET revoked = 1 WHERE id = $1").bind(grant_id).execute(&mut *self.write().await?).await?;
        Ok(())
    }

    pub async fn insert_access_token(&self, token_hash: &str, grant_id: &str, expires_at: i64) -> sqlx::Result<()> {
        sqlx::query("INSERT INTO oauth_access_tokens (token_hash, grant_id, expires_at) VALUES ($1, $2, $3)")
            .bind(token_hash)
            .bind(grant_id)
            .bind(expires_at)
            .execute(&mut *self.write().await?)
            .await?;
        Ok(())
    }

    /// The live grant behind a live access token.
    pub async fn access_token_grant(&self, token_hash: &str, now: i64) -> sqlx::Result<Option<GrantRow>> {
        sqlx::query_as(&format!(
            "SELECT {GRANT_COLUMNS} FROM oauth_access_tokens t JOIN oauth_grants g ON g.id = t.grant_id \
             WHERE t.token_hash = $1 AND t.expires_at > $2 AND g.revoked = 0"
        ))
        .bind(token_hash)
        .bind(now)
        .fetch_optional(&mut *self.read().await?)
        .await
    }

    pub async fn insert_refresh_token(&self, token_hash: &str, grant_id: &str, now: i64, expires_at: i64) -> sqlx::Result<()> {
        sqlx::query("INSERT INTO oauth_refresh_tokens (token_hash, grant_id, created_at, expires_at) VALUES ($1, $2, $3, $4)")
            .bind(token_hash)
            .bind(grant_id)
            .bind(now)
            .bind(expires_at)
            .execute(&mut *self.write().await?)
            .await?;
        Ok(())
    }

    /// Rotates a live refresh token of `client_id` whose grant is not revoked: of any
    /// number of uses at once, exactly one gets the grant back.
    pub async fn rotate_refresh_token(&self, token_hash: &str, client_id: &str, now: i64) -> sqlx::Result<Option<GrantRow>> {
        let won: Option<(String,)> = sqlx::query_as(
            "UPDATE oauth_refresh_tokens SET rotated = 1 \
             WHERE token_hash = $1 AND rotated = 0 AND expires_at > $2 \
             AND grant_id IN (SELECT id FROM oauth_grants WHERE client_id = $3 AND revoked = 0) RETURNING grant_id",
        )
        .bind(token_hash)
        .bind(now)
        .bind(client_id)
        .fetch_optional(&mut *self.write().await?)
        .await?;
        let Some((grant_id,)) = won else { return Ok(None) };
        // Not filtered on `revoked` again: the update checked it when it won, and a
        // replay at the same moment may revoke it since (then what is issued is dead).
        sqlx::query_as(&format!("SELECT {GRANT_COLUMNS} FROM oauth_grants g WHERE g.id = $1"))
            .bind(grant_id)
            .fetch_optional(&mut *self.read().await?)
            .await
    }

    /// The grant of a refresh token of `client_id` that was already rotated (a replay).
    pub async fn rotated_refresh_token_grant(&self, token_hash: &str, client_id: &str) -> sqlx::Result<Option<String>> {
        let row: Option<(String,)> = sqlx::query_as(
            "SELECT t.grant_id FROM oauth_refresh_tokens t JOIN oauth_grants g ON g.id = t.grant_id \
             WHERE t.token_hash = $1 AND t.rotated = 1 AND g.client_id = $2",
        )
        .bind(token_hash)
        .bind(client_id)
        .fetch_optional(&mut *self.read().await?)
        .await?;
        Ok(row.map(|r| r.0))
    }

    /// Old codes, expired tokens and grants with no token left (housekeeping).
    pub async fn purge_oidc(&self, now: i64) -> sqlx::Result<u64> {
        let mut n = 0;
        // Codes are kept a day past their expiry so a late replay is still recognised.
        n += sqlx::query("DELETE FROM oauth_codes WHERE expires_at < $1")
            .bind(now - 86_400)
            .execute(&mut *self.write().await?)
            .await?
            .rows_affected();
        n += sqlx::query("DELETE FROM oauth_access_tokens WHERE expires_at < $1")
            .bind(now)
            .execute(&mut *self.write().await?)
            .await?
            .rows_affected();
        n += sqlx::query("DELETE FROM oauth_refresh_tokens WHERE expires_at < $1")
            .bind(now)
            .execute(&mut *self.write().await?)
            .await?
            .rows_affected();
        // A grant with no token left is over (a replay of its old code, within the day
        // its row is kept, writes it again, revoked).
        n += sqlx::query(
            "DELETE FROM oauth_grants WHERE created_at < $1 \
             AND NOT EXISTS (SELECT 1 FROM oauth_refresh_tokens r WHERE r.grant_id = oauth_grants.id) \
             AND NOT EXISTS (SELECT 1 FROM oauth_access_tokens a WHERE a.grant_id = oauth_grants.id)",
        )
        .bind(now - 86_400)
        .execute(&mut *self.write().await?)
        .await?
        .rows_affected();
        Ok(n)
    }

    // --- consents

    /// The scopes the user allowed the client, if any.
    pub async fn consent(&self, user_id: i64, client_id: &str) -> sqlx::Result<Option<String>> {
        let row: Option<(String,)> = sqlx::query_as("SELECT scope FROM oauth_consents WHERE user_id = $1 AND client_id = $2")
            .bind(user_id)
            .bind(client_id)
            .fetch_optional(&mut *self.read().await?)
            .await?;
        Ok(row.map(|r| r.0))
    }

    pub async fn save_consent(&self, user_id: i64, client_id: &str, scope: &str, now: i64) -> sqlx::Result<()> {
        sqlx::query(
            "INSERT INTO oauth_consents (user_id, client_id, scope, created_at) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (user_id, client_id) DO UPDATE SET scope = $3, created_at = $4",
        )
        .bind(user_id)
        .bind(client_id)
        .bind(scope)
        .bind(now)
        .execute(&mut *self.write().await?)
        .await?;
        Ok(())
    }

    pub async fn consents_of_user(&self, user_id: i64) -> sqlx::Result<Vec<ConsentRow>> {
        sqlx::query_as(CONSENTS_OF_USER).bind(user_id).fetch_all(&mut *self.read().await?).await
    }

    /// Forgets the consent and revokes every grant (so every refresh and access token)
    /// of the client for the user, in one transaction; whether a consent was there.
    pub async fn revoke_consent(&self, user_id: i64, client_id: &str) -> sqlx::Result<bool> {
        let mut writer = self.write().await?;
        let mut tx = writer.begin().await?;
        let r = sqlx::query("DELETE FROM oauth_consents WHERE user_id = $1 AND client_id = $2")
            .bind(user_id)
            .bind(client_id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("UPDATE oauth_grants SET revoked = 1 WHERE user_id = $1 AND client_id = $2")
            .bind(user_id)
            .bind(client_id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(r.rows_affected() == 1)
    }
}
