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
        let mut tx = self.pool().begin().await?;
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
