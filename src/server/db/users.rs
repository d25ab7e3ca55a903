//! The `users` table.

use super::Db;
use crate::domain::PhoneNumber;

#[derive(Clone, sqlx::FromRow)]
pub struct UserRow {
    pub id: i64,
    pub phone: String,
    pub phone_verified_at: Option<i64>,
    pub password_hash: String,
    pub name: Option<String>,
    pub two_factor_enabled: i64,
    pub created_at: i64,
    /// Moves on with every password change; a session opened under another epoch is dead.
    pub password_epoch: i64,
}

/// Everything but the password hash (which never belongs in a log).
impl std::fmt::Debug for UserRow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UserRow")
            .field("id", &self.id)
            .field("phone", &crate::domain::phone::mask_e164(&self.phone))
            .field("phone_verified_at", &self.phone_verified_at)
            .field("password_hash", &"[redacted]")
            .field("name", &self.name.as_ref().map(|_| "[set]"))
            .field("two_factor_enabled", &self.two_factor_enabled)
            .field("created_at", &self.created_at)
            .field("password_epoch", &self.password_epoch)
            .finish()
    }
}

impl UserRow {
    pub fn phone(&self) -> PhoneNumber {
        PhoneNumber::from_trusted(self.phone.clone())
    }
    pub fn is_verified(&self) -> bool {
        self.phone_verified_at.is_some()
    }
}

const COLUMNS: &str = "id, phone, phone_verified_at, password_hash, name, two_factor_enabled, created_at, password_epoch";

impl Db {
    pub async fn user_by_phone(&self, phone: &PhoneNumber) -> sqlx::Result<Option<UserRow>> {
        sqlx::query_as(&format!("SELECT {COLUMNS} FROM users WHERE phone = $1")).bind(phone.as_str()).fetch_optional(self.pool()).await
    }

    pub async fn user_by_id(&self, id: i64) -> sqlx::Result<Option<UserRow>> {
        sqlx::query_as(&format!("SELECT {COLUMNS} FROM users WHERE id = $1")).bind(id).fetch_optional(self.pool()).await
    }

    /// Creates an unverified user; `None` if the number is taken.
    pub async fn insert_user(&self, phone: &PhoneNumber, password_hash: &str, name: Option<&str>, now: i64) -> sqlx::Result<Option<i64>> {
        let row: Option<(i64,)> = sqlx::query_as(
            "INSERT INTO users (phone, password_hash, name, created_at, updated_at) VALUES ($1, $2, $3, $4, $4) \
             ON CONFLICT (phone) DO NOTHING RETURNING id",
        )
        .bind(phone.as_str())
        .bind(password_hash)
        .bind(name)
        .bind(now)
        .fetch_optional(self.pool())
        .await?;
        Ok(row.map(|r| r.0))
    }

    /// A new sign-up for a number whose earlier sign-up was never verified takes it over:
    /// whoever proves the number owns the account. In one transaction: the new password,
    /// a new epoch (every earlier sign-up's session is dead from now on, even one opened
    /// a moment later), and the pending sessions removed. Returns the new epoch, or `None`
    /// if the number was verified in the meantime.
    pub async fn take_over_unverified_user(&self, id: i64, password_hash: &str, name: Option<&str>, now: i64) -> sqlx::Result<Option<i64>> {
        let mut tx = self.pool().begin().await?;
        let epoch: Option<(i64,)> = sqlx::query_as(
            "UPDATE users SET password_hash = $1, name = $2, updated_at = $3, password_epoch = password_epoch + 1 \
             WHERE id = $4 AND phone_verified_at IS NULL RETURNING password_epoch",
        )
        .bind(password_hash)
        .bind(name)
        .bind(now)
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?;
        let Some((epoch,)) = epoch else {
            tx.rollback().await?;
            return Ok(None);
        };
        sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND password_epoch <> $2").bind(id).bind(epoch).execute(&mut *tx).await?;
        tx.commit().await?;
        Ok(Some(epoch))
    }

    /// Marks the number verified, only if the account is still unverified and still under
    /// `epoch` (the sign-up whose session proved the number is the latest one). `false`
    /// otherwise: another sign-up took the number over in between.
    pub async fn mark_phone_verified(&self, id: i64, epoch: i64, now: i64) -> sqlx::Result<bool> {
        let r = sqlx::query(
            "UPDATE users SET phone_verified_at = $1, updated_at = $1 WHERE id = $2 AND phone_verified_at IS NULL AND password_epoch = $3",
        )
        .bind(now)
        .bind(id)
        .bind(epoch)
        .execute(self.pool())
        .await?;
        Ok(r.rows_affected() == 1)
    }

    /// Sets a new password, in one transaction: the hash, a new epoch, and every session
    /// of another epoch removed except `keep` (the session that made the change), which
    /// moves to the new epoch. Returns the new epoch and how many sessions ended.
    pub async fn set_password(&self, id: i64, password_hash: &str, keep: Option<i64>, now: i64) -> sqlx::Result<(i64, u64)> {
        let mut tx = self.pool().begin().await?;
        let (epoch,): (i64,) = sqlx::query_as(
            "UPDATE users SET password_hash = $1, updated_at = $2, password_epoch = password_epoch + 1 WHERE id = $3 RETURNING password_epoch",
        )
        .bind(password_hash)
        .bind(now)
        .bind(id)
        .fetch_one(&mut *tx)
        .await?;
        if let Some(keep) = keep {
            sqlx::query("UPDATE sessions SET password_epoch = $1 WHERE id = $2 AND user_id = $3")
                .bind(epoch)
                .bind(keep)
                .bind(id)
                .execute(&mut *tx)
                .await?;
        }
        let ended = sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND password_epoch <> $2")
            .bind(id)
            .bind(epoch)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        tx.commit().await?;
        Ok((epoch, ended))
    }

    /// Stores a stronger hash of the same password (new argon2 parameters), unless the
    /// password changed since `old_hash` was read. The epoch stays: nothing changed for
    /// the person.
    pub async fn rehash_password(&self, id: i64, old_hash: &str, new_hash: &str, now: i64) -> sqlx::Result<()> {
        sqlx::query("UPDATE users SET password_hash = $1, updated_at = $2 WHERE id = $3 AND password_hash = $4")
            .bind(new_hash)
            .bind(now)
            .bind(id)
            .bind(old_hash)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    pub async fn set_name(&self, id: i64, name: Option<&str>, now: i64) -> sqlx::Result<()> {
        sqlx::query("UPDATE users SET name = $1, updated_at = $2 WHERE id = $3").bind(name).bind(now).bind(id).execute(self.pool()).await?;
        Ok(())
    }

    pub async fn set_two_factor(&self, id: i64, enabled: bool, now: i64) -> sqlx::Result<()> {
        sqlx::query("UPDATE users SET two_factor_enabled = $1, updated_at = $2 WHERE id = $3")
            .bind(i64::from(enabled))
            .bind(now)
            .bind(id)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Moves the account to a new, just verified number. An unverified sign-up holding
    /// that number gives way (whoever proves a number owns it). `false` if a verified
    /// account took the number in the meantime.
    pub async fn change_phone(&self, id: i64, new_phone: &PhoneNumber, now: i64) -> sqlx::Result<bool> {
        let mut tx = self.pool().begin().await?;
        sqlx::query("DELETE FROM users WHERE phone = $1 AND phone_verified_at IS NULL AND id <> $2")
            .bind(new_phone.as_str())
            .bind(id)
            .execute(&mut *tx)
            .await?;
        let taken: Option<(i64,)> = sqlx::query_as("SELECT id FROM users WHERE phone = $1 AND id <> $2")
            .bind(new_phone.as_str())
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?;
        if taken.is_some() {
            tx.rollback().await?;
            return Ok(false);
        }
        let moved = sqlx::query("UPDATE users SET phone = $1, phone_verified_at = $2, updated_at = $2 WHERE id = $3")
            .bind(new_phone.as_str())
            .bind(now)
            .bind(id)
            .execute(&mut *tx)
            .await;
        match moved {
            Ok(_) => {}
            // Another account moved to this number at the same moment and committed first.
            Err(e) if super::codes::is_unique_violation(&e) => {
                tx.rollback().await.ok();
                return Ok(false);
            }
            Err(e) => return Err(e),
        }
        match tx.commit().await {
            Ok(()) => Ok(true),
            Err(e) if super::codes::is_unique_violation(&e) => Ok(false),
            Err(e) => Err(e),
        }
    }

    /// Users for the operator's `users list`, newest first, with their live sessions.
    pub async fn list_users(&self, limit: i64, now: i64, idle_ttl: i64) -> sqlx::Result<Vec<UserListRow>> {
        sqlx::query_as(
            "SELECT u.id, u.phone, u.name, u.phone_verified_at, u.two_factor_enabled, u.created_at, \
             (SELECT COUNT(*) FROM sessions s WHERE s.user_id = u.id AND s.expires_at > $2 AND s.last_seen_at > $3) AS sessions \
             FROM users u ORDER BY u.created_at DESC, u.id DESC LIMIT $1",
        )
        .bind(limit)
        .bind(now)
        .bind(now - idle_ttl)
        .fetch_all(self.pool())
        .await
    }
}

/// A line of `users list`.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct UserListRow {
    pub id: i64,
    pub phone: String,
    pub name: Option<String>,
    pub phone_verified_at: Option<i64>,
    pub two_factor_enabled: i64,
    pub created_at: i64,
    pub sessions: i64,
}

#[cfg(test)]
mod tests {
    use super::UserRow;

    #[test]
    fn debug_never_prints_the_password_hash() {
        let u = UserRow {
            id: 1,
            phone: "+447400123456".into(),
            phone_verified_at: None,
            password_hash: "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA".into(),
            name: Some("Ada".into()),
            two_factor_enabled: 0,
            created_at: 0,
            password_epoch: 0,
        };
        let shown = format!("{u:?}");
        assert!(!shown.contains("argon2") && !shown.contains("aGFzaA") && !shown.contains("123456") && !shown.contains("Ada"), "{shown}");
    }
}
