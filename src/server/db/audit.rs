//! The `audit_events` table: what happened to an account, for the user and operators.

use super::columns::detail_json;
use super::Db;
use crate::domain::audit::AuditDetail;
use crate::domain::AuditKind;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AuditRow {
    #[sqlx(try_from = "String")]
    pub kind: AuditKind,
    #[sqlx(try_from = "String")]
    pub detail: AuditDetail,
    pub ip: String,
    pub user_agent: String,
    pub created_at: i64,
}

/// An audit event to write.
pub struct NewAudit<'a> {
    pub user_id: Option<i64>,
    pub kind: AuditKind,
    pub detail: &'a AuditDetail,
    pub ip: &'a str,
    pub user_agent: &'a str,
    pub now: i64,
}

/// Writes `a` inside a transaction of the caller.
pub async fn insert_audit_in(tx: &mut sqlx::Transaction<'_, sqlx::Any>, a: &NewAudit<'_>) -> sqlx::Result<()> {
    sqlx::query("INSERT INTO audit_events (user_id, kind, detail, ip, user_agent, created_at) VALUES ($1, $2, $3, $4, $5, $6)")
        .bind(a.user_id)
        .bind(a.kind.as_str())
        .bind(detail_json(a.detail))
        .bind(a.ip)
        .bind(a.user_agent)
        .bind(a.now)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// The latest `$2` events of user `$1`, newest first.
pub(super) const RECENT_AUDIT: &str =
    "SELECT kind, detail, ip, user_agent, created_at FROM audit_events WHERE user_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2";

impl Db {
    pub async fn insert_audit(
        &self,
        user_id: Option<i64>,
        kind: AuditKind,
        detail: &AuditDetail,
        ip: &str,
        user_agent: &str,
        now: i64,
    ) -> sqlx::Result<()> {
        sqlx::query("INSERT INTO audit_events (user_id, kind, detail, ip, user_agent, created_at) VALUES ($1, $2, $3, $4, $5, $6)")
            .bind(user_id)
            .bind(kind.as_str())
            .bind(detail_json(detail))
            .bind(ip)
            .bind(user_agent)
            .bind(now)
            .execute(&mut *self.write().await?)
            .await?;
        Ok(())
    }

    pub async fn recent_audit(&self, user_id: i64, limit: i64) -> sqlx::Result<Vec<AuditRow>> {
        sqlx::query_as(RECENT_AUDIT).bind(user_id).bind(limit).fetch_all(&mut *self.read().await?).await
    }
}
