//! The `verification_codes` table: one row per issued code.

use super::{Db, StoredPhone};
use crate::domain::code::CodeStatus;
use crate::domain::delivery::DeliveryState;
use crate::domain::{CodePurpose, PhoneNumber};

/// Where a code is in its life (the `state` column).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeStage {
    /// Can be tried (if not expired and tries are left).
    Active,
    /// Out of tries, or killed by a provider's lock.
    Dead,
    /// Matched once; never again.
    Used,
    /// Replaced by a newer code or cancelled.
    Superseded,
}

impl TryFrom<String> for CodeStage {
    type Error = String;
    fn try_from(s: String) -> Result<CodeStage, String> {
        match s.as_str() {
            "active" => Ok(CodeStage::Active),
            "dead" => Ok(CodeStage::Dead),
            "used" => Ok(CodeStage::Used),
            "superseded" => Ok(CodeStage::Superseded),
            _ => Err(format!("unknown code state {s:?}")),
        }
    }
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CodeRow {
    pub id: i64,
    pub user_id: Option<i64>,
    #[sqlx(try_from = "StoredPhone")]
    pub phone: PhoneNumber,
    /// The provider that issued the code, or none for a code that was never sent (a
    /// request for a number without an account, answered like any other).
    #[sqlx(try_from = "String", rename = "provider")]
    pub sender: Sender,
    pub channel: String,
    pub code_hash: Option<String>,
    pub created_at: i64,
    pub expires_at: i64,
    pub attempts: i64,
    #[sqlx(try_from = "String")]
    pub state: CodeStage,
    /// The provider's id of the message, when it reports on its delivery.
    pub message_id: Option<String>,
    /// Where its delivery stands (`queued`, `sent`, `delivered`, `undelivered`, `failed`),
    /// from the provider's receipts; `None` when none will come.
    pub delivery: Option<String>,
    /// The carrier's or provider's error code of a failed delivery.
    pub delivery_error: Option<String>,
    /// When the delivery state last moved (the receipt's arrival).
    pub delivery_at: Option<i64>,
}

/// `provider` of a code row that stands in for a number without an account: it was
/// never delivered and no code can match it, but it counts for cooldowns, limits and tries
/// exactly like a real one, so the answers cannot tell the two cases apart.
pub const BLIND_PROVIDER: &str = "none";
/// The `provider` of a test number's code: fixed (`TEST_PHONE_NUMBERS`), never sent.
pub const TEST_NUMBER_PROVIDER: &str = "test-number";

/// Who sent a code (the `provider` column).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sender {
    /// Nobody: a blind row ([`BLIND_PROVIDER`]).
    Blind,
    /// Nobody: a test number's fixed code ([`TEST_NUMBER_PROVIDER`]).
    TestNumber,
    /// This provider (its name, e.g. `twilio-verify`).
    Provider(String),
}

impl From<String> for Sender {
    fn from(s: String) -> Sender {
        if s == BLIND_PROVIDER {
            Sender::Blind
        } else if s == TEST_NUMBER_PROVIDER {
            Sender::TestNumber
        } else {
            Sender::Provider(s)
        }
    }
}

impl CodeRow {
    /// A code that was never sent: no answer can match it.
    pub fn is_blind(&self) -> bool {
        self.sender == Sender::Blind
    }

    pub fn status(&self, max_attempts: u32) -> CodeStatus {
        CodeStatus { expires_at: self.expires_at, attempts: self.attempts.max(0) as u32, max_attempts, used: self.state == CodeStage::Used }
    }
}

pub struct NewCode<'a> {
    pub phone: &'a PhoneNumber,
    pub user_id: Option<i64>,
    pub purpose: CodePurpose,
    pub channel: &'a str,
    pub provider: &'a str,
    pub code_hash: Option<&'a str>,
    /// The provider's message id when a receipt will follow (the delivery starts `queued`).
    pub message_id: Option<&'a str>,
    pub now: i64,
    pub expires_at: i64,
    /// Retire the live codes of every purpose for this number, not only this purpose's.
    pub retire_all_purposes: bool,
    /// The conversion watch's counters this send counts in (empty: none), and the start
    /// of their window.
    pub conversion: &'a [String],
    pub conversion_window: i64,
}

/// A unique index refused the write (SQLite: "UNIQUE constraint failed"; PostgreSQL:
/// SQLSTATE 23505).
pub fn is_unique_violation(e: &sqlx::Error) -> bool {
    match e {
        sqlx::Error::Database(d) => d.is_unique_violation() || d.message().contains("UNIQUE constraint failed"),
        _ => false,
    }
}

/// The latest code of purpose `$2` for user `$1`.
pub(super) const LATEST_CODE_FOR_USER: &str = "SELECT id, user_id, phone, provider, channel, code_hash, created_at, expires_at, attempts, \
     state, message_id, delivery, delivery_error, delivery_at FROM verification_codes \
     WHERE user_id = $1 AND purpose = $2 ORDER BY created_at DESC, id DESC LIMIT 1";

impl Db {
    /// Everything a delivered send writes, in one transaction (one commit, one lock on
    /// SQLite): the new code, retiring the old ones, and the audit event. (The limits were
    /// reserved before the send.) The database holds at most one active code per number
    /// and purpose; when two sends race past a cooldown of their own, the later one
    /// retries and supersedes the earlier.
    pub async fn record_send(&self, c: &NewCode<'_>, audit: &super::audit::NewAudit<'_>) -> sqlx::Result<i64> {
        let mut tries = 0;
        loop {
            match self.record_send_once(c, audit).await {
                Err(e) if tries < 3 && is_unique_violation(&e) => tries += 1,
                other => return other,
            }
        }
    }

    async fn record_send_once(&self, c: &NewCode<'_>, audit: &super::audit::NewAudit<'_>) -> sqlx::Result<i64> {
        if self.backend() == super::Backend::Sqlite {
            return self.record_send_sqlite(c, audit).await;
        }
        let mut writer = self.write().await?;
        let mut tx = writer.begin().await?;
        sqlx::query(
            "UPDATE verification_codes SET state = 'superseded', finished_at = $1 \
             WHERE phone = $2 AND (purpose = $3 OR $4 = 1) AND state = 'active'",
        )
        .bind(c.now)
        .bind(c.phone.as_str())
        .bind(c.purpose.as_str())
        .bind(i64::from(c.retire_all_purposes))
        .execute(&mut *tx)
        .await?;
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO verification_codes (phone, user_id, purpose, channel, provider, code_hash, created_at, expires_at, \
             message_id, delivery, delivery_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, CASE WHEN $9 IS NULL THEN NULL ELSE 'queued' END, $7) RETURNING id",
        )
        .bind(c.phone.as_str())
        .bind(c.user_id)
        .bind(c.purpose.as_str())
        .bind(c.channel)
        .bind(c.provider)
        .bind(c.code_hash)
        .bind(c.now)
        .bind(c.expires_at)
        .bind(c.message_id)
        .fetch_one(&mut *tx)
        .await?;
        super::audit::insert_audit_in(&mut tx, audit).await?;
        super::rate::bump_in(&mut tx, c.conversion, c.conversion_window).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// [`Db::record_send`]'s writes on SQLite: the same statements as one transaction in
    /// one round trip to the writer's thread ([`Db::sqlite_transaction`]; each statement
    /// takes its `$n` by number). (A PostgreSQL prepared statement holds one command, so
    /// there they go one by one.)
    async fn record_send_sqlite(&self, c: &NewCode<'_>, a: &super::audit::NewAudit<'_>) -> sqlx::Result<i64> {
        let keys = super::rate::bump_keys(c.conversion);
        let bump = if keys.is_empty() { String::new() } else { format!("; {}", super::rate::bump_sql(17, 18, keys.len())) };
        let sql = format!(
            "UPDATE verification_codes SET state = 'superseded', finished_at = $1 \
             WHERE phone = $2 AND (purpose = $3 OR $4 = 1) AND state = 'active'; \
             INSERT INTO verification_codes (phone, user_id, purpose, channel, provider, code_hash, created_at, expires_at, \
             message_id, delivery, delivery_at) \
             VALUES ($2, $5, $3, $6, $7, $8, $1, $9, $10, CASE WHEN $10 IS NULL THEN NULL ELSE 'queued' END, $1) RETURNING id; \
             INSERT INTO audit_events (user_id, kind, detail, ip, user_agent, created_at) VALUES ($11, $12, $13, $14, $15, $16){bump}"
        );
        use super::Bind;
        let mut values: Vec<Bind> = vec![
            c.now.into(),
            c.phone.as_str().into(),
            c.purpose.as_str().into(),
            i64::from(c.retire_all_purposes).into(),
            c.user_id.into(),
            c.channel.into(),
            c.provider.into(),
            c.code_hash.into(),
            c.expires_at.into(),
            c.message_id.into(),
            a.user_id.into(),
            a.kind.as_str().into(),
            super::columns::detail_json(a.detail).into(),
            a.ip.into(),
            a.user_agent.into(),
            a.now.into(),
            c.conversion_window.into(),
        ];
        values.extend(keys.into_iter().map(|k| Bind::from(k.as_str())));
        let ids: Vec<(i64,)> = self.sqlite_transaction(sql, values).await?;
        let Some(&(id,)) = ids.first() else { return Err(sqlx::Error::RowNotFound) };
        Ok(id)
    }

    /// The newest code for this number and purpose, whatever its state.
    pub async fn latest_code(&self, phone: &PhoneNumber, purpose: CodePurpose) -> sqlx::Result<Option<CodeRow>> {
        sqlx::query_as(
            "SELECT id, user_id, phone, provider, channel, code_hash, created_at, expires_at, attempts, state, \
             message_id, delivery, delivery_error, delivery_at FROM verification_codes \
             WHERE phone = $1 AND purpose = $2 ORDER BY created_at DESC, id DESC LIMIT 1",
        )
        .bind(phone.as_str())
        .bind(purpose.as_str())
        .fetch_optional(&mut *self.read().await?)
        .await
    }

    /// The newest code of `purpose` issued for `user_id`, whatever its number: the
    /// pending new number of a phone change.
    pub async fn latest_code_for_user(&self, user_id: i64, purpose: CodePurpose) -> sqlx::Result<Option<CodeRow>> {
        sqlx::query_as(LATEST_CODE_FOR_USER).bind(user_id).bind(purpose.as_str()).fetch_optional(&mut *self.read().await?).await
    }

    /// Retires the live codes of `purpose` for `user_id` (a cancelled phone change).
    pub async fn retire_codes_for_user(&self, user_id: i64, purpose: CodePurpose, now: i64) -> sqlx::Result<u64> {
        let r = sqlx::query(
            "UPDATE verification_codes SET state = 'superseded', finished_at = $1 WHERE user_id = $2 AND purpose = $3 AND state = 'active'",
        )
        .bind(now)
        .bind(user_id)
        .bind(purpose.as_str())
        .execute(&mut *self.write().await?)
        .await?;
        Ok(r.rows_affected())
    }

    /// Reserves one try of the code before it is compared: counts it, atomically and only
    /// while the code is active, unexpired and has tries left. Returns the tries made so
    /// far (this one included), or `None` when no try is left to take: of any number of
    /// concurrent guesses, at most `max_attempts` are ever compared.
    pub async fn reserve_try(&self, id: i64, max_attempts: u32, now: i64) -> sqlx::Result<Option<i64>> {
        let row: Option<(i64,)> = sqlx::query_as(
            "UPDATE verification_codes SET attempts = attempts + 1 \
             WHERE id = $1 AND state = 'active' AND attempts < $2 AND expires_at > $3 RETURNING attempts",
        )
        .bind(id)
        .bind(max_attempts as i64)
        .bind(now)
        .fetch_optional(&mut *self.write().await?)
        .await?;
        Ok(row.map(|r| r.0))
    }

    /// Returns a reserved try that was never compared (the provider could not be asked).
    pub async fn give_back_try(&self, id: i64) -> sqlx::Result<()> {
        sqlx::query("UPDATE verification_codes SET attempts = attempts - 1 WHERE id = $1 AND state = 'active' AND attempts > 0")
            .bind(id)
            .execute(&mut *self.write().await?)
            .await?;
        Ok(())
    }

    /// Kills the code: its last try was used and wrong.
    pub async fn kill_code(&self, id: i64, now: i64) -> sqlx::Result<()> {
        sqlx::query("UPDATE verification_codes SET state = 'dead', finished_at = $1 WHERE id = $2 AND state = 'active'")
            .bind(now)
            .bind(id)
            .execute(&mut *self.write().await?)
            .await?;
        Ok(())
    }

    /// One code by id, whatever its state.
    pub async fn code_by_id(&self, id: i64) -> sqlx::Result<Option<CodeRow>> {
        sqlx::query_as(
            "SELECT id, user_id, phone, provider, channel, code_hash, created_at, expires_at, attempts, state, \
             message_id, delivery, delivery_error, delivery_at FROM verification_codes \
             WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(&mut *self.read().await?)
        .await
    }

    /// Marks the code used. `false` if it was not active any more: a code is accepted
    /// once, even when two requests race with the right code.
    pub async fn consume_code(&self, id: i64, now: i64) -> sqlx::Result<bool> {
        let r = sqlx::query("UPDATE verification_codes SET state = 'used', finished_at = $1 WHERE id = $2 AND state = 'active'")
            .bind(now)
            .bind(id)
            .execute(&mut *self.write().await?)
            .await?;
        Ok(r.rows_affected() == 1)
    }

    /// Records a delivery receipt for the code whose message `provider` named
    /// `message_id` (and, when the receipt names it, sent to `phone`): the state only moves
    /// forward, in one conditional update, so a late, repeated or replayed receipt changes
    /// nothing.
    pub async fn record_receipt(
        &self,
        provider: &str,
        message_id: &str,
        phone: Option<&str>,
        delivery: DeliveryState,
        error: Option<&str>,
        now: i64,
    ) -> sqlx::Result<Receipt> {
        let mut writer = self.write().await?;
        let mut tx = writer.begin().await?;
        let moved: Option<(i64, String, Option<i64>, String)> = sqlx::query_as(
            "UPDATE verification_codes SET delivery = $1, delivery_error = $2, delivery_at = $3 \
             WHERE provider = $4 AND message_id = $5 AND ($6 IS NULL OR phone = $6) \
             AND (CASE delivery WHEN 'queued' THEN 0 WHEN 'sent' THEN 1 ELSE 2 END) < $7 \
             RETURNING id, phone, user_id, purpose",
        )
        .bind(delivery.as_str())
        .bind(error)
        .bind(now)
        .bind(provider)
        .bind(message_id)
        .bind(phone)
        .bind(delivery.rank())
        .fetch_optional(&mut *tx)
        .await?;
        if let Some((id, phone, user_id, purpose)) = moved {
            if delivery.is_failure() {
                let data = serde_json::json!({
                    "user_id": user_id, "phone": phone, "purpose": purpose, "provider": provider,
                    "state": delivery.as_str(), "error_code": error,
                });
                super::webhooks::enqueue_in(self, &mut tx, super::webhooks::event::CODE_UNDELIVERED, data, now).await?;
            }
            tx.commit().await?;
            return Ok(Receipt::Moved { id, phone, user_id, purpose });
        }
        tx.rollback().await?;
        drop(writer);
        Ok(if self.knows_message(provider, message_id, phone).await? { Receipt::Stale } else { Receipt::Unknown })
    }

    /// Whether `provider` sent a code with `message_id` (to `phone`, when given).
    pub async fn knows_message(&self, provider: &str, message_id: &str, phone: Option<&str>) -> sqlx::Result<bool> {
        let known: Option<(i64,)> =
            sqlx::query_as("SELECT id FROM verification_codes WHERE provider = $1 AND message_id = $2 AND ($3 IS NULL OR phone = $3)")
                .bind(provider)
                .bind(message_id)
                .bind(phone)
                .fetch_optional(&mut *self.read().await?)
                .await?;
        Ok(known.is_some())
    }

    /// The most recent codes, newest first, for the operator's `codes recent`.
    pub async fn recent_codes(&self, limit: i64) -> sqlx::Result<Vec<RecentCode>> {
        sqlx::query_as(
            "SELECT id, phone, purpose, channel, provider, state, created_at, message_id, delivery, delivery_error, delivery_at \
             FROM verification_codes ORDER BY created_at DESC, id DESC LIMIT $1",
        )
        .bind(limit)
        .fetch_all(&mut *self.read().await?)
        .await
    }
}

/// What a delivery receipt did.
#[derive(Debug)]
pub enum Receipt {
    /// The code's delivery moved forward.
    Moved { id: i64, phone: String, user_id: Option<i64>, purpose: String },
    /// The code is known, but its delivery is already as far or further along.
    Stale,
    /// No code was sent with that message id (by that provider, to that number).
    Unknown,
}

/// One line of `codes recent`.
#[derive(Debug, sqlx::FromRow)]
pub struct RecentCode {
    pub id: i64,
    pub phone: String,
    pub purpose: String,
    pub channel: String,
    pub provider: String,
    pub state: String,
    pub created_at: i64,
    pub message_id: Option<String>,
    pub delivery: Option<String>,
    pub delivery_error: Option<String>,
    pub delivery_at: Option<i64>,
}
