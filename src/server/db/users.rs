//! The `users` table.

use super::webhooks::{enqueue_in, event, sessions_ended_in};
use super::{Db, Flag, StoredPhone};
use crate::domain::PhoneNumber;

#[derive(Clone, sqlx::FromRow)]
pub struct UserRow {
    pub id: i64,
    #[sqlx(try_from = "StoredPhone")]
    pub phone: PhoneNumber,
    pub phone_verified_at: Option<i64>,
    pub password_hash: String,
    pub name: Option<String>,
    #[sqlx(try_from = "Flag", rename = "two_factor_enabled")]
    pub two_factor: bool,
    pub created_at: i64,
    /// Moves on with every password change; a session opened under another epoch is dead.
    pub password_epoch: i64,
}

/// Everything but the password hash (which never belongs in a log).
impl std::fmt::Debug for UserRow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UserRow")
            .field("id", &self.id)
            .field("phone", &self.phone.masked())
            .field("phone_verified_at", &self.phone_verified_at)
            .field("password_hash", &"[redacted]")
            .field("name", &self.name.as_ref().map(|_| "[set]"))
            .field("two_factor", &self.two_factor)
            .field("created_at", &self.created_at)
            .field("password_epoch", &self.password_epoch)
            .finish()
    }
}

impl UserRow {
    pub fn phone(&self) -> PhoneNumber {
        self.phone.clone()
    }
    pub fn is_verified(&self) -> bool {
        self.phone_verified_at.is_some()
    }
}

/// Where a sign-up landed: the users row its pending session belongs to, under which
/// epoch, and whether that row is a proved account (someone else's number: nothing will
/// be sent and nothing can be proved).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SignUpTarget {
    pub user_id: i64,
    pub epoch: i64,
    pub verified: bool,
}

/// A sign-up waiting for its code.
#[derive(Clone, sqlx::FromRow)]
pub struct PendingSignUp {
    pub password_hash: String,
    pub name: Option<String>,
}

pub(super) const COLUMNS: &str = "id, phone, phone_verified_at, password_hash, name, two_factor_enabled, created_at, password_epoch";

impl Db {
    pub async fn user_by_phone(&self, phone: &PhoneNumber) -> sqlx::Result<Option<UserRow>> {
        sqlx::query_as(&format!("SELECT {COLUMNS} FROM users WHERE phone = $1"))
            .bind(phone.as_str())
            .fetch_optional(&mut *self.read().await?)
            .await
    }

    pub async fn user_by_id(&self, id: i64) -> sqlx::Result<Option<UserRow>> {
        sqlx::query_as(&format!("SELECT {COLUMNS} FROM users WHERE id = $1")).bind(id).fetch_optional(&mut *self.read().await?).await
    }

    /// Creates a proved account directly (operator tools and tests); `None` if the number
    /// is taken.
    pub async fn insert_verified_user(
        &self,
        phone: &PhoneNumber,
        password_hash: &str,
        name: Option<&str>,
        now: i64,
    ) -> sqlx::Result<Option<i64>> {
        let mut writer = self.write().await?;
        let mut tx = writer.begin().await?;
        let row: Option<(i64,)> = sqlx::query_as(
            "INSERT INTO users (phone, phone_verified_at, password_hash, name, created_at, updated_at) VALUES ($1, $2, $3, $4, $2, $2) \
             ON CONFLICT (phone) DO NOTHING RETURNING id",
        )
        .bind(phone.as_str())
        .bind(now)
        .bind(password_hash)
        .bind(name)
        .fetch_optional(&mut *tx)
        .await?;
        if let Some((id,)) = row {
            let data = serde_json::json!({ "user_id": id, "phone": phone.as_str() });
            enqueue_in(self, &mut tx, event::USER_CREATED, data.clone(), now).await?;
            enqueue_in(self, &mut tx, event::USER_PHONE_VERIFIED, data, now).await?;
        }
        tx.commit().await?;
        Ok(row.map(|r| r.0))
    }

    /// Records a sign-up, in one transaction, whatever the number: its password (and
    /// name) wait in `pending_sign_ups` until the number is proved. A number without a
    /// users row gets an unverified one (the anchor of the pending session and the code);
    /// a number whose earlier sign-up was never proved is taken over (a new epoch: every
    /// earlier sign-up's session is dead, even one opened a moment later); a number with
    /// a proved account is left as it is. The same writes happen in every case.
    pub async fn record_sign_up(
        &self,
        phone: &PhoneNumber,
        password_hash: &str,
        name: Option<&str>,
        now: i64,
    ) -> sqlx::Result<SignUpTarget> {
        for _ in 0..3 {
            let mut writer = self.write().await?;
            let mut tx = writer.begin().await?;
            // The first statement writes, so on SQLite the transaction holds the lock.
            let created: Option<(i64,)> = sqlx::query_as(
                "INSERT INTO users (phone, password_hash, name, created_at, updated_at) VALUES ($1, '', NULL, $2, $2) \
                 ON CONFLICT (phone) DO NOTHING RETURNING id",
            )
            .bind(phone.as_str())
            .bind(now)
            .fetch_optional(&mut *tx)
            .await?;
            let target = match created {
                Some((user_id,)) => Some(SignUpTarget { user_id, epoch: 0, verified: false }),
                None => {
                    let taken: Option<(i64, i64)> = sqlx::query_as(
                        "UPDATE users SET password_epoch = password_epoch + 1, updated_at = $1 \
                         WHERE phone = $2 AND phone_verified_at IS NULL RETURNING id, password_epoch",
                    )
                    .bind(now)
                    .bind(phone.as_str())
                    .fetch_optional(&mut *tx)
                    .await?;
                    match taken {
                        Some((user_id, epoch)) => {
                            sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND password_epoch <> $2")
                                .bind(user_id)
                                .bind(epoch)
                                .execute(&mut *tx)
                                .await?;
                            Some(SignUpTarget { user_id, epoch, verified: false })
                        }
                        None => sqlx::query_as::<_, (i64, i64)>(
                            "SELECT id, password_epoch FROM users WHERE phone = $1 AND phone_verified_at IS NOT NULL",
                        )
                        .bind(phone.as_str())
                        .fetch_optional(&mut *tx)
                        .await?
                        .map(|(user_id, epoch)| SignUpTarget { user_id, epoch, verified: true }),
                    }
                }
            };
            // The row went away between the statements (a phone change moved its owner):
            // start again.
            let Some(target) = target else {
                tx.rollback().await?;
                continue;
            };
            sqlx::query(
                "INSERT INTO pending_sign_ups (phone, password_hash, name, created_at) VALUES ($1, $2, $3, $4) \
                 ON CONFLICT (phone) DO UPDATE SET password_hash = $2, name = $3, created_at = $4",
            )
            .bind(phone.as_str())
            .bind(password_hash)
            .bind(name)
            .bind(now)
            .execute(&mut *tx)
            .await?;
            tx.commit().await?;
            return Ok(target);
        }
        Err(sqlx::Error::Protocol("the number changed hands three times during one sign-up".into()))
    }

    /// The password a sign-up for `phone` left, if it is not older than `since`.
    pub async fn pending_sign_up(&self, phone: &PhoneNumber, since: i64) -> sqlx::Result<Option<PendingSignUp>> {
        sqlx::query_as("SELECT password_hash, name FROM pending_sign_ups WHERE phone = $1 AND created_at > $2")
            .bind(phone.as_str())
            .bind(since)
            .fetch_optional(&mut *self.read().await?)
            .await
    }

    /// The number is proved: the account takes the waiting sign-up's password and name.
    /// Only if the account is still unverified and still under `epoch` (the sign-up whose
    /// session proved the number is the latest one); `false` otherwise. The users row is
    /// written (and so locked) first, so no sign-up can replace the password in between.
    pub async fn complete_sign_up(&self, id: i64, epoch: i64, language: &str, now: i64) -> sqlx::Result<bool> {
        let mut writer = self.write().await?;
        let mut tx = writer.begin().await?;
        let claimed: Option<(String,)> = sqlx::query_as(
            "UPDATE users SET phone_verified_at = $1, updated_at = $1, language = $4 \
             WHERE id = $2 AND phone_verified_at IS NULL AND password_epoch = $3 RETURNING phone",
        )
        .bind(now)
        .bind(id)
        .bind(epoch)
        .bind(language)
        .fetch_optional(&mut *tx)
        .await?;
        let Some((phone,)) = claimed else {
            tx.rollback().await?;
            return Ok(false);
        };
        let pending: Option<PendingSignUp> = sqlx::query_as("SELECT password_hash, name FROM pending_sign_ups WHERE phone = $1")
            .bind(&phone)
            .fetch_optional(&mut *tx)
            .await?;
        let Some(pending) = pending else {
            tx.rollback().await?;
            return Ok(false);
        };
        sqlx::query("UPDATE users SET password_hash = $1, name = $2 WHERE id = $3")
            .bind(&pending.password_hash)
            .bind(&pending.name)
            .bind(id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM pending_sign_ups WHERE phone = $1").bind(&phone).execute(&mut *tx).await?;
        // The account exists from here, its number proved.
        let data = serde_json::json!({ "user_id": id, "phone": phone });
        enqueue_in(self, &mut tx, event::USER_CREATED, data.clone(), now).await?;
        enqueue_in(self, &mut tx, event::USER_PHONE_VERIFIED, data, now).await?;
        tx.commit().await?;
        Ok(true)
    }

    /// Forgets sign-ups that were never proved: waiting passwords older than `before`, and
    /// the unverified rows (with their sessions and codes) of those older still.
    pub async fn purge_pending_sign_ups(&self, before: i64) -> sqlx::Result<u64> {
        let mut writer = self.write().await?;
        let mut tx = writer.begin().await?;
        let n = sqlx::query("DELETE FROM pending_sign_ups WHERE created_at < $1").bind(before).execute(&mut *tx).await?.rows_affected();
        sqlx::query("DELETE FROM users WHERE phone_verified_at IS NULL AND updated_at < $1").bind(before).execute(&mut *tx).await?;
        tx.commit().await?;
        Ok(n)
    }

    /// Sets a new password, in one transaction: the hash, a new epoch, and every session
    /// of another epoch removed except `keep` (the session that made the change), which
    /// moves to the new epoch. Returns the new epoch and how many sessions ended.
    pub async fn set_password(&self, id: i64, password_hash: &str, keep: Option<i64>, now: i64) -> sqlx::Result<(i64, u64)> {
        let mut writer = self.write().await?;
        let mut tx = writer.begin().await?;
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
        let ended: Vec<(i64, String)> =
            sqlx::query_as("DELETE FROM sessions WHERE user_id = $1 AND password_epoch <> $2 RETURNING id, kind")
                .bind(id)
                .bind(epoch)
                .fetch_all(&mut *tx)
                .await?;
        enqueue_in(self, &mut tx, event::USER_PASSWORD_CHANGED, serde_json::json!({ "user_id": id }), now).await?;
        sessions_ended_in(self, &mut tx, id, &ended, "password_changed", now).await?;
        tx.commit().await?;
        Ok((epoch, ended.len() as u64))
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
            .execute(&mut *self.write().await?)
            .await?;
        Ok(())
    }

    pub async fn set_name(&self, id: i64, name: Option<&str>, now: i64) -> sqlx::Result<()> {
        sqlx::query("UPDATE users SET name = $1, updated_at = $2 WHERE id = $3")
            .bind(name)
            .bind(now)
            .bind(id)
            .execute(&mut *self.write().await?)
            .await?;
        Ok(())
    }

    /// Moves the account to a new, just verified number. An unverified sign-up holding
    /// that number gives way (whoever proves a number owns it). `false` if a verified
    /// account took the number in the meantime.
    pub async fn change_phone(&self, id: i64, new_phone: &PhoneNumber, now: i64) -> sqlx::Result<bool> {
        let mut writer = self.write().await?;
        let mut tx = writer.begin().await?;
        sqlx::query("DELETE FROM users WHERE phone = $1 AND phone_verified_at IS NULL AND id <> $2")
            .bind(new_phone.as_str())
            .bind(id)
            .execute(&mut *tx)
            .await?;
        // Sign-ups waiting on either number are void: the new one is this account's now,
        // the old one no longer has the account they were made against.
        sqlx::query("DELETE FROM pending_sign_ups WHERE phone = $1 OR phone = (SELECT phone FROM users WHERE id = $2)")
            .bind(new_phone.as_str())
            .bind(id)
            .execute(&mut *tx)
            .await?;
        // (Read after the first write: on SQLite the transaction holds the lock by now.)
        let previous: Option<String> = if self.webhooks {
            sqlx::query_as::<_, (String,)>("SELECT phone FROM users WHERE id = $1").bind(id).fetch_optional(&mut *tx).await?.map(|p| p.0)
        } else {
            None
        };
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
        let data = serde_json::json!({ "user_id": id, "phone": new_phone.as_str(), "previous_phone": previous });
        enqueue_in(self, &mut tx, event::USER_PHONE_CHANGED, data, now).await?;
        match tx.commit().await {
            Ok(()) => Ok(true),
            Err(e) if super::codes::is_unique_violation(&e) => Ok(false),
            Err(e) => Err(e),
        }
    }

    /// The language the person chose (the language menu): their messages use it too.
    pub async fn set_language(&self, id: i64, language: &str, now: i64) -> sqlx::Result<()> {
        sqlx::query("UPDATE users SET language = $1, updated_at = $2 WHERE id = $3")
            .bind(language)
            .bind(now)
            .bind(id)
            .execute(&mut *self.write().await?)
            .await?;
        Ok(())
    }

    /// The language an account's messages are written in (its sign-up's or its choice), if known.
    pub async fn user_language(&self, id: i64) -> sqlx::Result<Option<String>> {
        let row: Option<(Option<String>,)> =
            sqlx::query_as("SELECT language FROM users WHERE id = $1").bind(id).fetch_optional(&mut *self.read().await?).await?;
        Ok(row.and_then(|r| r.0))
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
        .fetch_all(&mut *self.read().await?)
        .await
    }
}

/// A line of `users list`.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct UserListRow {
    pub id: i64,
    #[sqlx(try_from = "StoredPhone")]
    pub phone: PhoneNumber,
    pub name: Option<String>,
    pub phone_verified_at: Option<i64>,
    #[sqlx(try_from = "Flag", rename = "two_factor_enabled")]
    pub two_factor: bool,
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
            phone: crate::domain::PhoneNumber::from_stored("+447400123456".into()),
            phone_verified_at: None,
            password_hash: "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA".into(),
            name: Some("Ada".into()),
            two_factor: false,
            created_at: 0,
            password_epoch: 0,
        };
        let shown = format!("{u:?}");
        assert!(!shown.contains("argon2") && !shown.contains("aGFzaA") && !shown.contains("123456") && !shown.contains("Ada"), "{shown}");
    }
}
