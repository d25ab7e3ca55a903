//! The `avatars` table: one re-encoded profile photo per user.

use super::Db;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AvatarRow {
    pub content_type: String,
    pub bytes: Vec<u8>,
    pub updated_at: i64,
}

/// When the photo of user `$1` last changed.
pub(super) const AVATAR_VERSION: &str = "SELECT updated_at FROM avatars WHERE user_id = $1";

impl Db {
    pub async fn avatar(&self, user_id: i64) -> sqlx::Result<Option<AvatarRow>> {
        sqlx::query_as("SELECT content_type, bytes, updated_at FROM avatars WHERE user_id = $1")
            .bind(user_id)
            .fetch_optional(&mut *self.read().await?)
            .await
    }

    /// When the photo last changed (its version in URLs), without loading its bytes.
    pub async fn avatar_version(&self, user_id: i64) -> sqlx::Result<Option<i64>> {
        let row: Option<(i64,)> = sqlx::query_as(AVATAR_VERSION).bind(user_id).fetch_optional(&mut *self.read().await?).await?;
        Ok(row.map(|r| r.0))
    }

    pub async fn set_avatar(&self, user_id: i64, content_type: &str, bytes: &[u8], now: i64) -> sqlx::Result<()> {
        sqlx::query(
            "INSERT INTO avatars (user_id, content_type, bytes, updated_at) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (user_id) DO UPDATE SET content_type = excluded.content_type, bytes = excluded.bytes, updated_at = excluded.updated_at",
        )
        .bind(user_id)
        .bind(content_type)
        .bind(bytes)
        .bind(now)
        .execute(&mut *self.write().await?)
        .await?;
        Ok(())
    }

    /// `true` if there was a photo to remove.
    pub async fn delete_avatar(&self, user_id: i64) -> sqlx::Result<bool> {
        let r = sqlx::query("DELETE FROM avatars WHERE user_id = $1").bind(user_id).execute(&mut *self.write().await?).await?;
        Ok(r.rows_affected() == 1)
    }
}
