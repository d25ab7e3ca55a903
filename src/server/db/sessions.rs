//! The `sessions` table. Only the SHA-256 of a session token is stored.

use super::users::UserRow;
use super::webhooks::{enqueue_in, event, sessions_ended_in};
use super::{Db, Flag, StoredPhone};
use crate::domain::audit::SignInMethod;
use crate::domain::PhoneNumber;
use crate::server::clock::now;
use crate::server::session::SessionKind;

/// The live session of a token hash (`$1`) and its user, at `$2` with idle cut-off `$3`:
/// not expired, not idle, and of the user's current password. Every reader of a session
/// cookie (the pages, forward auth) asks with this one rule. A macro, so the queries
/// stay `&'static str` (`concat!`).
macro_rules! live_session {
    () => {
        "FROM sessions s JOIN users u ON u.id = s.user_id \
         WHERE s.token_hash = $1 AND s.expires_at > $2 AND s.last_seen_at > $3 AND s.password_epoch = u.password_epoch"
    };
}

#[derive(sqlx::FromRow)]
struct SessionWithUser {
    id: i64,
    user_id: i64,
    #[sqlx(try_from = "String")]
    kind: SessionKind,
    created_at: i64,
    last_seen_at: i64,
    expires_at: i64,
    sign_in_method: Option<String>,
    #[sqlx(try_from = "StoredPhone")]
    phone: PhoneNumber,
    phone_verified_at: Option<i64>,
    password_hash: String,
    name: Option<String>,
    #[sqlx(try_from = "Flag")]
    two_factor_enabled: bool,
    user_created_at: i64,
    password_epoch: i64,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SessionRow {
    pub id: i64,
    pub user_id: i64,
    #[sqlx(try_from = "String")]
    pub kind: SessionKind,
    pub created_at: i64,
    pub last_seen_at: i64,
    pub expires_at: i64,
    /// How a full session signed in (the `amr` of the ID tokens issued from it).
    pub sign_in_method: Option<SignInMethod>,
}

/// What forward auth needs of the session behind a cookie (`services/forward.rs`).
#[derive(sqlx::FromRow)]
pub struct ForwardRow {
    pub user_id: i64,
    #[sqlx(try_from = "String")]
    pub kind: SessionKind,
    #[sqlx(try_from = "StoredPhone")]
    pub phone: PhoneNumber,
    pub name: Option<String>,
    /// The OpenID `sub`, once made.
    pub public_id: Option<String>,
}

/// The number masked, as in every log.
impl std::fmt::Debug for ForwardRow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ForwardRow")
            .field("user_id", &self.user_id)
            .field("kind", &self.kind)
            .field("phone", &self.phone.masked())
            .field("public_id", &self.public_id)
            .finish_non_exhaustive()
    }
}

/// What a half session becomes: a full session under a new token.
pub struct Upgrade<'a> {
    pub token_hash: &'a str,
    pub now: i64,
    pub expires_at: i64,
    pub method: SignInMethod,
}

pub struct NewSession<'a> {
    pub token_hash: &'a str,
    pub user_id: i64,
    pub kind: SessionKind,
    pub now: i64,
    pub expires_at: i64,
    pub user_agent: &'a str,
    pub ip: &'a str,
    /// The user's password epoch this session was opened under.
    pub password_epoch: i64,
    pub sign_in_method: Option<SignInMethod>,
}

/// The live sessions of user `$1` at `$2` (not idle since `$3`), the latest used first.
pub(super) const SESSIONS_OF_USER: &str = "SELECT id, kind, created_at, last_seen_at, user_agent, ip FROM sessions \
     WHERE user_id = $1 AND expires_at > $2 AND last_seen_at > $3 ORDER BY last_seen_at DESC, id DESC";

impl Db {
    pub async fn insert_session(&self, s: &NewSession<'_>) -> sqlx::Result<i64> {
        let insert = sqlx::query_as::<_, (i64,)>(
            "INSERT INTO sessions (token_hash, user_id, kind, created_at, last_seen_at, expires_at, user_agent, ip, password_epoch, sign_in_method) \
             VALUES ($1, $2, $3, $4, $4, $5, $6, $7, $8, $9) RETURNING id",
        )
        .bind(s.token_hash)
        .bind(s.user_id)
        .bind(s.kind.as_str())
        .bind(s.now)
        .bind(s.expires_at)
        .bind(s.user_agent)
        .bind(s.ip)
        .bind(s.password_epoch)
        .bind(s.sign_in_method.map(SignInMethod::as_str));
        // A full session is news for the webhooks (in the same transaction); the others,
        // and every session without webhooks, are one statement.
        if !(self.webhooks && s.kind == SessionKind::Full) {
            return Ok(insert.fetch_one(&mut *self.write().await?).await?.0);
        }
        let mut writer = self.write().await?;
        let mut tx = writer.begin().await?;
        let (id,) = insert.fetch_one(&mut *tx).await?;
        session_created_in(self, &mut tx, id, s.user_id, s.sign_in_method, s.now).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// The live session for a token hash with its user, in one indexed query: what every
    /// request with a session cookie needs.
    pub async fn live_session_with_user(&self, token_hash: &str, now: i64, idle_ttl: i64) -> sqlx::Result<Option<(SessionRow, UserRow)>> {
        let row: Option<SessionWithUser> = sqlx::query_as(concat!(
            "SELECT s.id, s.user_id, s.kind, s.created_at, s.last_seen_at, s.expires_at, s.sign_in_method, \
             u.phone, u.phone_verified_at, u.password_hash, u.name, u.two_factor_enabled, u.created_at AS user_created_at, u.password_epoch ",
            live_session!()
        ))
        .bind(token_hash)
        .bind(now)
        .bind(now - idle_ttl)
        .fetch_optional(&mut *self.read().await?)
        .await?;
        Ok(row.map(|r| {
            let session = SessionRow {
                id: r.id,
                user_id: r.user_id,
                kind: r.kind,
                created_at: r.created_at,
                last_seen_at: r.last_seen_at,
                expires_at: r.expires_at,
                sign_in_method: r.sign_in_method.as_deref().and_then(SignInMethod::parse),
            };
            let user = UserRow {
                id: r.user_id,
                phone: r.phone,
                phone_verified_at: r.phone_verified_at,
                password_hash: r.password_hash,
                name: r.name,
                two_factor: r.two_factor_enabled,
                created_at: r.user_created_at,
                password_epoch: r.password_epoch,
            };
            (session, user)
        }))
    }

    /// The live session for a token hash, with what a reverse proxy is told of its user:
    /// one read through the unique index on `token_hash`, no write (forward auth runs on
    /// every request to a protected app; see `services/forward.rs`).
    pub async fn forward_session(&self, token_hash: &str, now: i64, idle_ttl: i64) -> sqlx::Result<Option<ForwardRow>> {
        sqlx::query_as(concat!("SELECT s.user_id, s.kind, u.phone, u.name, u.public_id ", live_session!()))
            .bind(token_hash)
            .bind(now)
            .bind(now - idle_ttl)
            .fetch_optional(&mut *self.read().await?)
            .await
    }

    /// Moves `last_seen_at` forward, at most once a minute per session (a write per
    /// request would serialize every page view on SQLite).
    pub async fn touch_session(&self, id: i64, now: i64) -> sqlx::Result<()> {
        sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE id = $2 AND last_seen_at < $3")
            .bind(now)
            .bind(id)
            .bind(now - 60)
            .execute(&mut *self.write().await?)
            .await?;
        Ok(())
    }

    /// Turns the live half session `id` of kind `from` into a full session under a new
    /// token (`token_hash`) that lives until `expires_at`, signed in by `method`.
    /// Conditional on the row still being of kind `from`: of two requests upgrading the
    /// same half session, only one gets `true`.
    pub async fn upgrade_session(&self, id: i64, from: SessionKind, to: &Upgrade<'_>) -> sqlx::Result<bool> {
        let update = sqlx::query_as::<_, (i64,)>(
            "UPDATE sessions SET kind = $1, token_hash = $2, created_at = $3, last_seen_at = $3, expires_at = $4, sign_in_method = $7 \
             WHERE id = $5 AND kind = $6 AND expires_at > $3 RETURNING user_id",
        )
        .bind(SessionKind::Full.as_str())
        .bind(to.token_hash)
        .bind(to.now)
        .bind(to.expires_at)
        .bind(id)
        .bind(from.as_str())
        .bind(to.method.as_str());
        if !self.webhooks {
            return Ok(update.fetch_optional(&mut *self.write().await?).await?.is_some());
        }
        let mut writer = self.write().await?;
        let mut tx = writer.begin().await?;
        let Some((user_id,)) = update.fetch_optional(&mut *tx).await? else {
            tx.rollback().await?;
            return Ok(false);
        };
        session_created_in(self, &mut tx, id, user_id, Some(to.method), to.now).await?;
        tx.commit().await?;
        Ok(true)
    }

    /// Ends one session; `reason` says why to the webhooks (`signed_out`, `replaced` when
    /// a new session takes its place: a sign-in, a password change).
    pub async fn delete_session(&self, id: i64, reason: &str) -> sqlx::Result<()> {
        // Every renewed sign-in comes here: one statement unless an event goes with it.
        if !self.webhooks {
            sqlx::query("DELETE FROM sessions WHERE id = $1").bind(id).execute(&mut *self.write().await?).await?;
            return Ok(());
        }
        let mut writer = self.write().await?;
        let mut tx = writer.begin().await?;
        let ended: Option<(i64, String)> =
            sqlx::query_as("DELETE FROM sessions WHERE id = $1 RETURNING user_id, kind").bind(id).fetch_optional(&mut *tx).await?;
        if let Some((user_id, kind)) = ended {
            sessions_ended_in(self, &mut tx, user_id, &[(id, kind)], reason, now()).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Ends the user's sessions of one kind (e.g. stale 'pending' ones).
    pub async fn delete_sessions_of_kind(&self, user_id: i64, kind: SessionKind) -> sqlx::Result<u64> {
        let r = sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND kind = $2")
            .bind(user_id)
            .bind(kind.as_str())
            .execute(&mut *self.write().await?)
            .await?;
        Ok(r.rows_affected())
    }

    pub async fn delete_expired_sessions(&self, now: i64, idle_ttl: i64) -> sqlx::Result<u64> {
        let mut writer = self.write().await?;
        let mut tx = writer.begin().await?;
        let ended: Vec<(i64, i64, String)> =
            sqlx::query_as("DELETE FROM sessions WHERE expires_at <= $1 OR last_seen_at <= $2 RETURNING id, user_id, kind")
                .bind(now)
                .bind(now - idle_ttl)
                .fetch_all(&mut *tx)
                .await?;
        for (id, user_id, kind) in &ended {
            sessions_ended_in(self, &mut tx, *user_id, &[(*id, kind.clone())], "expired", now).await?;
        }
        tx.commit().await?;
        Ok(ended.len() as u64)
    }

    /// The user's live sessions, most recently active first.
    pub async fn sessions_of_user(&self, user_id: i64, now: i64, idle_ttl: i64) -> sqlx::Result<Vec<SessionListRow>> {
        sqlx::query_as(SESSIONS_OF_USER).bind(user_id).bind(now).bind(now - idle_ttl).fetch_all(&mut *self.read().await?).await
    }

    /// Live sessions of every user (the metrics gauge).
    pub async fn count_live_sessions(&self, now: i64, idle_ttl: i64) -> sqlx::Result<i64> {
        let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM sessions WHERE expires_at > $1 AND last_seen_at > $2")
            .bind(now)
            .bind(now - idle_ttl)
            .fetch_one(&mut *self.read().await?)
            .await?;
        Ok(n)
    }

    /// Ends one session, only if it belongs to `user_id`: the user agent it had, if a
    /// row went.
    pub async fn delete_session_of_user(&self, id: i64, user_id: i64) -> sqlx::Result<Option<String>> {
        let mut writer = self.write().await?;
        let mut tx = writer.begin().await?;
        let row: Option<(String, String)> =
            sqlx::query_as("DELETE FROM sessions WHERE id = $1 AND user_id = $2 RETURNING user_agent, kind")
                .bind(id)
                .bind(user_id)
                .fetch_optional(&mut *tx)
                .await?;
        if let Some((_, kind)) = &row {
            sessions_ended_in(self, &mut tx, user_id, &[(id, kind.clone())], "signed_out_elsewhere", now()).await?;
        }
        tx.commit().await?;
        Ok(row.map(|(user_agent, _)| user_agent))
    }

    /// Ends every session of the user but `keep`; returns how many ended.
    pub async fn delete_other_sessions(&self, user_id: i64, keep: i64) -> sqlx::Result<u64> {
        let mut writer = self.write().await?;
        let mut tx = writer.begin().await?;
        let ended: Vec<(i64, String)> = sqlx::query_as("DELETE FROM sessions WHERE user_id = $1 AND id <> $2 RETURNING id, kind")
            .bind(user_id)
            .bind(keep)
            .fetch_all(&mut *tx)
            .await?;
        sessions_ended_in(self, &mut tx, user_id, &ended, "signed_out_elsewhere", now()).await?;
        tx.commit().await?;
        Ok(ended.len() as u64)
    }

    /// Ends every session of the user; returns how many ended.
    pub async fn delete_all_sessions(&self, user_id: i64) -> sqlx::Result<u64> {
        let mut writer = self.write().await?;
        let mut tx = writer.begin().await?;
        let ended: Vec<(i64, String)> =
            sqlx::query_as("DELETE FROM sessions WHERE user_id = $1 RETURNING id, kind").bind(user_id).fetch_all(&mut *tx).await?;
        sessions_ended_in(self, &mut tx, user_id, &ended, "signed_out_everywhere", now()).await?;
        tx.commit().await?;
        Ok(ended.len() as u64)
    }
}

/// `session.created` for a full session.
async fn session_created_in(
    db: &Db,
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    id: i64,
    user_id: i64,
    method: Option<SignInMethod>,
    now: i64,
) -> sqlx::Result<()> {
    let data = serde_json::json!({ "session_id": id, "user_id": user_id, "method": method.map(SignInMethod::as_str) });
    enqueue_in(db, tx, event::SESSION_CREATED, data, now).await
}

/// A session as the sessions page lists it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SessionListRow {
    pub id: i64,
    #[sqlx(try_from = "String")]
    pub kind: SessionKind,
    pub created_at: i64,
    pub last_seen_at: i64,
    pub user_agent: String,
    pub ip: String,
}
