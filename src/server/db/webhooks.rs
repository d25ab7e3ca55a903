//! The `webhook_outbox` table: events for the operator's app, written in the transaction
//! of the change they report (nothing is lost on a crash, nothing is told that did not
//! happen), then claimed by one instance at a time with a lease and delivered.

use super::Db;

/// The events, as `type` names them (Standard Webhooks' `type`).
pub mod event {
    pub const USER_CREATED: &str = "user.created";
    pub const USER_PHONE_VERIFIED: &str = "user.phone_verified";
    pub const USER_PHONE_CHANGED: &str = "user.phone_changed";
    pub const USER_PASSWORD_CHANGED: &str = "user.password_changed";
    pub const USER_DELETED: &str = "user.deleted";
    pub const SESSION_CREATED: &str = "session.created";
    pub const SESSION_ENDED: &str = "session.ended";
    pub const CODE_UNDELIVERED: &str = "code.undelivered";
}

/// How long an event is tried before it is given up (a `webhooks retry` gives it as long again).
pub const RETRY_FOR: i64 = 24 * 3600;

/// An event that is due, claimed by this instance until its lease ends.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Claimed {
    pub id: i64,
    pub event_id: String,
    pub event_type: String,
    pub payload: String,
    pub created_at: i64,
    pub attempts: i64,
    pub retry_until: i64,
}

/// One line of `webhooks list`.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct OutboxRow {
    pub id: i64,
    pub event_id: String,
    pub event_type: String,
    pub created_at: i64,
    pub attempts: i64,
    pub next_attempt_at: i64,
    pub delivered_at: Option<i64>,
    pub failed_at: Option<i64>,
    pub last_error: Option<String>,
}

/// A new event id: `msg_` and 26 random base32 characters (Standard Webhooks' `webhook-id`).
fn event_id() -> String {
    use rand::Rng;
    const ALPHABET: &[u8] = b"0123456789abcdefghjkmnpqrstvwxyz";
    let mut rng = rand::rngs::OsRng;
    let tail: String = (0..26).map(|_| ALPHABET[rng.gen_range(0..ALPHABET.len())] as char).collect();
    format!("msg_{tail}")
}

/// The payload: `{"type", "timestamp", "data"}` (RFC 3339 UTC).
fn payload(kind: &str, data: &serde_json::Value, now: i64) -> String {
    let timestamp = jiff::Timestamp::from_second(now).map(|t| t.to_string()).unwrap_or_default();
    serde_json::json!({ "type": kind, "timestamp": timestamp, "data": data }).to_string()
}

/// Writes an event inside the caller's transaction, when webhooks are on.
pub(super) async fn enqueue_in(
    db: &Db,
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    kind: &str,
    data: serde_json::Value,
    now: i64,
) -> sqlx::Result<()> {
    if !db.webhooks {
        return Ok(());
    }
    sqlx::query(
        "INSERT INTO webhook_outbox (event_id, event_type, payload, created_at, next_attempt_at, retry_until) VALUES ($1, $2, $3, $4, $4, $5)",
    )
    .bind(event_id())
    .bind(kind)
    .bind(payload(kind, &data, now))
    .bind(now)
    .bind(now + RETRY_FOR)
    .execute(&mut **tx)
        .await?;
    Ok(())
}

/// `session.ended` for each full session among `ended` (id, kind) of `user_id`.
pub(super) async fn sessions_ended_in(
    db: &Db,
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    user_id: i64,
    ended: &[(i64, String)],
    reason: &str,
    now: i64,
) -> sqlx::Result<()> {
    for (id, kind) in ended {
        if kind == "full" {
            let data = serde_json::json!({ "session_id": id, "user_id": user_id, "reason": reason });
            enqueue_in(db, tx, event::SESSION_ENDED, data, now).await?;
        }
    }
    Ok(())
}

impl Db {
    /// Whether changes write webhook events (`WEBHOOK_URL` is set).
    pub fn webhooks_on(&self) -> bool {
        self.webhooks
    }

    /// Claims up to `limit` due events for `lease` seconds: one conditional update, so of
    /// any number of instances claiming at once each event goes to one (the row's own
    /// condition is checked again as it is written).
    pub async fn claim_webhooks(&self, instance: &str, now: i64, lease: i64, limit: i64) -> sqlx::Result<Vec<Claimed>> {
        sqlx::query_as(
            "UPDATE webhook_outbox SET lease_until = $1, leased_by = $2, attempts = attempts + 1 \
             WHERE id IN (SELECT id FROM webhook_outbox WHERE delivered_at IS NULL AND failed_at IS NULL \
                          AND next_attempt_at <= $3 AND (lease_until IS NULL OR lease_until <= $3) ORDER BY id LIMIT $4) \
             AND delivered_at IS NULL AND failed_at IS NULL AND (lease_until IS NULL OR lease_until <= $3) \
             RETURNING id, event_id, event_type, payload, created_at, attempts, retry_until",
        )
        .bind(now + lease)
        .bind(instance)
        .bind(now)
        .bind(limit)
        .fetch_all(&mut *self.write().await?)
        .await
    }

    /// The receiver took it.
    pub async fn webhook_delivered(&self, id: i64, instance: &str, now: i64) -> sqlx::Result<()> {
        sqlx::query("UPDATE webhook_outbox SET delivered_at = $1, lease_until = NULL, last_error = NULL WHERE id = $2 AND leased_by = $3")
            .bind(now)
            .bind(id)
            .bind(instance)
            .execute(&mut *self.write().await?)
            .await?;
        Ok(())
    }

    /// It failed: try again at `next` (or, with `give_up`, never again).
    pub async fn webhook_failed(&self, id: i64, instance: &str, error: &str, next: i64, give_up: bool, now: i64) -> sqlx::Result<()> {
        sqlx::query(
            "UPDATE webhook_outbox SET lease_until = NULL, last_error = $1, next_attempt_at = $2, \
             failed_at = CASE WHEN $3 = 1 THEN $4 ELSE NULL END WHERE id = $5 AND leased_by = $6",
        )
        .bind(error)
        .bind(next)
        .bind(i64::from(give_up))
        .bind(now)
        .bind(id)
        .bind(instance)
        .execute(&mut *self.write().await?)
        .await?;
        Ok(())
    }

    /// The newest events, for `webhooks list`.
    pub async fn list_webhooks(&self, limit: i64) -> sqlx::Result<Vec<OutboxRow>> {
        sqlx::query_as(
            "SELECT id, event_id, event_type, created_at, attempts, next_attempt_at, delivered_at, failed_at, last_error \
             FROM webhook_outbox ORDER BY id DESC LIMIT $1",
        )
        .bind(limit)
        .fetch_all(&mut *self.read().await?)
        .await
    }

    /// `webhooks retry`: an undelivered event (failed or waiting) is due now again, with
    /// another 24 hours of tries. `false` if there is no such undelivered event.
    pub async fn retry_webhook(&self, event_id: &str, now: i64) -> sqlx::Result<bool> {
        let r = sqlx::query(
            "UPDATE webhook_outbox SET next_attempt_at = $1, retry_until = $2, failed_at = NULL, lease_until = NULL \
             WHERE event_id = $3 AND delivered_at IS NULL",
        )
        .bind(now)
        .bind(now + RETRY_FOR)
        .bind(event_id)
        .execute(&mut *self.write().await?)
        .await?;
        Ok(r.rows_affected() == 1)
    }

    /// Forgets delivered or abandoned events older than `before` (housekeeping).
    pub async fn purge_webhooks(&self, before: i64) -> sqlx::Result<u64> {
        let r = sqlx::query("DELETE FROM webhook_outbox WHERE (delivered_at IS NOT NULL AND delivered_at < $1) OR (failed_at IS NOT NULL AND failed_at < $1)")
            .bind(before)
            .execute(&mut *self.write().await?)
            .await?;
        Ok(r.rows_affected())
    }
}
