//! Passkeys (`passkeys`), the user handle they carry (`users.webauthn_handle`), and the
//! WebAuthn ceremonies under way (`webauthn_ceremonies`: each taken once, by a
//! `DELETE ... RETURNING`, so a challenge answers one request however many arrive).

use super::users::{UserRow, COLUMNS};
use super::Db;

/// A passkey as stored.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct PasskeyRow {
    pub id: i64,
    pub user_id: i64,
    /// The credential as webauthn-rs keeps it (JSON).
    pub credential: String,
    pub name: String,
    pub created_at: i64,
    pub last_used_at: Option<i64>,
}

/// A ceremony taken by its answer.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Ceremony {
    pub user_id: Option<i64>,
    /// webauthn-rs's state (JSON).
    pub state: String,
}

/// The passkeys of user `$1`, the latest added first.
pub(super) const PASSKEYS_OF: &str =
    "SELECT id, user_id, credential, name, created_at, last_used_at FROM passkeys WHERE user_id = $1 ORDER BY id DESC";

impl Db {
    /// The user handle of `user_id`'s passkeys: the stored one, or `fresh` stored now (of
    /// two first registrations at once, both get the one that was stored).
    pub async fn webauthn_handle(&self, user_id: i64, fresh: &str) -> sqlx::Result<String> {
        sqlx::query("UPDATE users SET webauthn_handle = $2 WHERE id = $1 AND webauthn_handle IS NULL")
            .bind(user_id)
            .bind(fresh)
            .execute(&mut *self.write().await?)
            .await?;
        let (handle,): (String,) =
            sqlx::query_as("SELECT webauthn_handle FROM users WHERE id = $1").bind(user_id).fetch_one(&mut *self.read().await?).await?;
        Ok(handle)
    }

    pub async fn user_by_webauthn_handle(&self, handle: &str) -> sqlx::Result<Option<UserRow>> {
        sqlx::query_as(&format!("SELECT {COLUMNS} FROM users WHERE webauthn_handle = $1"))
            .bind(handle)
            .fetch_optional(&mut *self.read().await?)
            .await
    }

    /// Stores a new passkey; `false` if its credential id is known already.
    pub async fn insert_passkey(&self, user_id: i64, credential_id: &str, credential: &str, name: &str, now: i64) -> sqlx::Result<bool> {
        let done = sqlx::query(
            "INSERT INTO passkeys (user_id, credential_id, credential, name, created_at) VALUES ($1, $2, $3, $4, $5) \
             ON CONFLICT (credential_id) DO NOTHING",
        )
        .bind(user_id)
        .bind(credential_id)
        .bind(credential)
        .bind(name)
        .bind(now)
        .execute(&mut *self.write().await?)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// `user_id`'s passkeys, the newest first.
    pub async fn passkeys_of(&self, user_id: i64) -> sqlx::Result<Vec<PasskeyRow>> {
        sqlx::query_as(PASSKEYS_OF).bind(user_id).fetch_all(&mut *self.read().await?).await
    }

    /// Records a sign-in with passkey `id`: when, and its credential as updated (counter,
    /// backup state) if it changed.
    pub async fn passkey_used(&self, id: i64, credential: Option<&str>, now: i64) -> sqlx::Result<()> {
        sqlx::query("UPDATE passkeys SET last_used_at = $2, credential = COALESCE($3, credential) WHERE id = $1")
            .bind(id)
            .bind(now)
            .bind(credential)
            .execute(&mut *self.write().await?)
            .await?;
        Ok(())
    }

    pub async fn rename_passkey(&self, user_id: i64, id: i64, name: &str) -> sqlx::Result<bool> {
        let done = sqlx::query("UPDATE passkeys SET name = $3 WHERE id = $2 AND user_id = $1")
            .bind(user_id)
            .bind(id)
            .bind(name)
            .execute(&mut *self.write().await?)
            .await?;
        Ok(done.rows_affected() == 1)
    }

    pub async fn remove_passkey(&self, user_id: i64, id: i64) -> sqlx::Result<bool> {
        let done = sqlx::query("DELETE FROM passkeys WHERE id = $2 AND user_id = $1")
            .bind(user_id)
            .bind(id)
            .execute(&mut *self.write().await?)
            .await?;
        Ok(done.rows_affected() == 1)
    }

    pub async fn insert_ceremony(&self, id: &str, user_id: Option<i64>, purpose: &str, state: &str, expires_at: i64) -> sqlx::Result<()> {
        sqlx::query("INSERT INTO webauthn_ceremonies (id, user_id, purpose, state, expires_at) VALUES ($1, $2, $3, $4, $5)")
            .bind(id)
            .bind(user_id)
            .bind(purpose)
            .bind(state)
            .bind(expires_at)
            .execute(&mut *self.write().await?)
            .await?;
        Ok(())
    }

    /// Takes the live ceremony `id` for `purpose`: only one request gets it.
    pub async fn take_ceremony(&self, id: &str, purpose: &str, now: i64) -> sqlx::Result<Option<Ceremony>> {
        sqlx::query_as("DELETE FROM webauthn_ceremonies WHERE id = $1 AND purpose = $2 AND expires_at > $3 RETURNING user_id, state")
            .bind(id)
            .bind(purpose)
            .bind(now)
            .fetch_optional(&mut *self.write().await?)
            .await
    }

    pub async fn purge_ceremonies(&self, now: i64) -> sqlx::Result<u64> {
        Ok(sqlx::query("DELETE FROM webauthn_ceremonies WHERE expires_at <= $1")
            .bind(now)
            .execute(&mut *self.write().await?)
            .await?
            .rows_affected())
    }
}
