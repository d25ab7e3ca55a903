//! `known_devices`: the browsers each account signed in from (the SHA-256 of the random
//! id in the browser's device cookie), for the new-device alert.

use super::Db;

/// How many browsers an account keeps; beyond, the ones first seen longest ago go (a
/// forgotten browser reads as new again).
pub const KEPT_PER_ACCOUNT: i64 = 50;

impl Db {
    /// Records that `user_id` signed in from the browser `device_hash`. `Some(n)`: the
    /// browser is new to the account, the `n`th it has been seen on (1: its first ever,
    /// which is no news); `None`: known (or the account is gone). One transaction: of
    /// concurrent sign-ins from one new browser only one inserts it (the primary key),
    /// and every new browser gets its own `n` (one conditional update of the user row).
    pub async fn remember_device(&self, user_id: i64, device_hash: &str, now: i64) -> sqlx::Result<Option<i64>> {
        let mut writer = self.write().await?;
        let mut tx = writer.begin().await?;
        let inserted = sqlx::query(
            "INSERT INTO known_devices (user_id, device_hash, first_seen_at) VALUES ($1, $2, $3) \
             ON CONFLICT (user_id, device_hash) DO NOTHING",
        )
        .bind(user_id)
        .bind(device_hash)
        .bind(now)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if inserted == 0 {
            tx.commit().await?;
            return Ok(None);
        }
        let seen: Option<(i64,)> = sqlx::query_as("UPDATE users SET devices_seen = devices_seen + 1 WHERE id = $1 RETURNING devices_seen")
            .bind(user_id)
            .fetch_optional(&mut *tx)
            .await?;
        let Some((seen,)) = seen else {
            tx.rollback().await?;
            return Ok(None);
        };
        sqlx::query(
            "DELETE FROM known_devices WHERE user_id = $1 AND device_hash NOT IN \
             (SELECT device_hash FROM known_devices WHERE user_id = $1 ORDER BY first_seen_at DESC, device_hash LIMIT $2)",
        )
        .bind(user_id)
        .bind(KEPT_PER_ACCOUNT)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(Some(seen))
    }
}

/// A browser trusted at two-factor sign-in, as the sessions page lists it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct TrustedRow {
    pub id: i64,
    pub device_hash: String,
    pub user_agent: String,
    pub ip: String,
    pub created_at: i64,
    pub expires_at: i64,
}

/// What [`Db::trust_browser`] records.
pub struct NewTrust<'a> {
    pub user_id: i64,
    pub device_hash: &'a str,
    pub password_epoch: i64,
    pub user_agent: &'a str,
    pub ip: &'a str,
    pub now: i64,
    pub expires_at: i64,
}

impl Db {
    /// Trusts the browser `device_hash` for `user_id` under `password_epoch` until
    /// `expires_at` (again: the trust starts over).
    pub async fn trust_browser(&self, t: &NewTrust<'_>) -> sqlx::Result<()> {
        sqlx::query(
            "INSERT INTO trusted_browsers (user_id, device_hash, password_epoch, user_agent, ip, created_at, expires_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) \
             ON CONFLICT (user_id, device_hash) DO UPDATE SET password_epoch = $3, user_agent = $4, ip = $5, created_at = $6, expires_at = $7",
        )
        .bind(t.user_id)
        .bind(t.device_hash)
        .bind(t.password_epoch)
        .bind(t.user_agent)
        .bind(t.ip)
        .bind(t.now)
        .bind(t.expires_at)
        .execute(&mut *self.write().await?)
        .await?;
        Ok(())
    }

    /// Whether `device_hash` is a browser `user_id` trusts now, under the account's
    /// current password epoch.
    pub async fn is_trusted_browser(&self, user_id: i64, device_hash: &str, password_epoch: i64, now: i64) -> sqlx::Result<bool> {
        let row: Option<(i64,)> = sqlx::query_as(
            "SELECT id FROM trusted_browsers WHERE user_id = $1 AND device_hash = $2 AND password_epoch = $3 AND expires_at > $4",
        )
        .bind(user_id)
        .bind(device_hash)
        .bind(password_epoch)
        .bind(now)
        .fetch_optional(&mut *self.read().await?)
        .await?;
        Ok(row.is_some())
    }

    /// The browsers `user_id` trusts now (current password epoch, not expired), the most
    /// recently trusted first.
    pub async fn trusted_browsers(&self, user_id: i64, password_epoch: i64, now: i64) -> sqlx::Result<Vec<TrustedRow>> {
        sqlx::query_as(
            "SELECT id, device_hash, user_agent, ip, created_at, expires_at FROM trusted_browsers \
             WHERE user_id = $1 AND password_epoch = $2 AND expires_at > $3 ORDER BY created_at DESC, id DESC",
        )
        .bind(user_id)
        .bind(password_epoch)
        .bind(now)
        .fetch_all(&mut *self.read().await?)
        .await
    }

    /// Stops trusting one browser (`Some(id)`) or every browser (`None`) of `user_id`.
    /// How many were.
    pub async fn untrust_browsers(&self, user_id: i64, id: Option<i64>) -> sqlx::Result<u64> {
        let r = match id {
            Some(id) => sqlx::query("DELETE FROM trusted_browsers WHERE user_id = $1 AND id = $2").bind(user_id).bind(id),
            None => sqlx::query("DELETE FROM trusted_browsers WHERE user_id = $1").bind(user_id),
        };
        Ok(r.execute(&mut *self.write().await?).await?.rows_affected())
    }

    /// Housekeeping: trusts that expired or whose password changed since.
    pub async fn delete_dead_trusts(&self, now: i64) -> sqlx::Result<u64> {
        let r = sqlx::query(
            "DELETE FROM trusted_browsers WHERE expires_at <= $1 \
             OR password_epoch <> (SELECT password_epoch FROM users WHERE users.id = trusted_browsers.user_id)",
        )
        .bind(now)
        .execute(&mut *self.write().await?)
        .await?;
        Ok(r.rows_affected())
    }
}
