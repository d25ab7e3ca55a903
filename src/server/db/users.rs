//! The `users` table.

use super::Db;
use crate::domain::PhoneNumber;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct UserRow {
    pub id: i64,
    pub phone: String,
    pub phone_verified_at: Option<i64>,
    pub password_hash: String,
    pub name: Option<String>,
    pub two_factor_enabled: i64,
    pub created_at: i64,
}

impl UserRow {
    pub fn phone(&self) -> PhoneNumber {
        PhoneNumber::from_trusted(self.phone.clone())
    }
    pub fn is_verified(&self) -> bool {
        self.phone_verified_at.is_some()
    }
}

const COLUMNS: &str = "id, phone, phone_verified_at, password_hash, name, two_factor_enabled, created_at";

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
    /// whoever proves the number owns the account.
    pub async fn reset_unverified_user(&self, id: i64, password_hash: &str, name: Option<&str>, now: i64) -> sqlx::Result<bool> {
        let r = sqlx::query("UPDATE users SET password_hash = $1, name = $2, updated_at = $3 WHERE id = $4 AND phone_verified_at IS NULL")
            .bind(password_hash)
            .bind(name)
            .bind(now)
            .bind(id)
            .execute(self.pool())
            .await?;
        Ok(r.rows_affected() == 1)
    }

    pub async fn mark_phone_verified(&self, id: i64, now: i64) -> sqlx::Result<()> {
        sqlx::query("UPDATE users SET phone_verified_at = $1, updated_at = $1 WHERE id = $2")
            .bind(now)
            .bind(id)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    pub async fn update_password_hash(&self, id: i64, password_hash: &str, now: i64) -> sqlx::Result<()> {
        sqlx::query("UPDATE users SET password_hash = $1, updated_at = $2 WHERE id = $3")
            .bind(password_hash)
            .bind(now)
            .bind(id)
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
        sqlx::query("UPDATE users SET phone = $1, phone_verified_at = $2, updated_at = $2 WHERE id = $3")
            .bind(new_phone.as_str())
            .bind(now)
            .bind(id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(true)
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
