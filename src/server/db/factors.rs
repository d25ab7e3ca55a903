//! Second factors beside the SMS code: `authenticators` (one authenticator app per
//! account, TOTP) and `recovery_codes` (single use, stored as keyed hashes), and the
//! method an account last used at the second step (`users.second_factor_last`). Every
//! use is one conditional update that says whether it won: of 50 requests with the same
//! code, one signs in.

use super::Db;
use crate::domain::factor::SecondFactor;

/// An account's authenticator app.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AuthenticatorRow {
    /// The secret, sealed (see `services/factors.rs`).
    pub secret_sealed: String,
    /// `None` while it is being set up.
    pub confirmed_at: Option<i64>,
    /// The latest time step accepted.
    pub last_step: i64,
    pub created_at: i64,
    pub last_used_at: Option<i64>,
}

/// What an account has for the second step, in one read.
#[derive(Debug, Clone, Default)]
pub struct FactorSummary {
    /// The method last used at the second step (the SMS code or the app).
    pub last: Option<SecondFactor>,
    /// When its authenticator app was confirmed (`None`: none, or one being set up).
    pub app_since: Option<i64>,
    /// Unused recovery codes.
    pub recovery_left: i64,
    /// Recovery codes ever made and not replaced (used or not): 0 means none were made.
    pub recovery_made: i64,
    /// Passkeys.
    pub passkeys: i64,
}

#[derive(sqlx::FromRow)]
struct SummaryRow {
    last: Option<String>,
    app_since: Option<i64>,
    recovery_left: i64,
    recovery_made: i64,
    passkeys: i64,
}

/// The authenticator app of user `$1` (if any: one row either way) and how many of
/// their recovery codes are left and were made.
pub(super) const AUTHENTICATOR_AND_RECOVERY: &str = "SELECT a.secret_sealed, a.confirmed_at, a.last_step, a.created_at, a.last_used_at, \
     (SELECT COUNT(*) FROM recovery_codes r WHERE r.user_id = $1 AND r.used_at IS NULL) AS recovery_left, \
     (SELECT COUNT(*) FROM recovery_codes r WHERE r.user_id = $1) AS recovery_made \
     FROM (SELECT 1 AS one) AS x LEFT JOIN authenticators a ON a.user_id = $1";

/// A row of [`AUTHENTICATOR_AND_RECOVERY`].
#[derive(sqlx::FromRow)]
pub(super) struct AuthenticatorAndRecovery {
    secret_sealed: Option<String>,
    confirmed_at: Option<i64>,
    last_step: Option<i64>,
    created_at: Option<i64>,
    last_used_at: Option<i64>,
    recovery_left: i64,
    recovery_made: i64,
}

impl AuthenticatorAndRecovery {
    /// The authenticator app, if there is one, and the recovery codes left and made.
    pub(super) fn into_parts(self) -> (Option<AuthenticatorRow>, i64, i64) {
        let app = match (self.secret_sealed, self.created_at) {
            (Some(secret_sealed), Some(created_at)) => Some(AuthenticatorRow {
                secret_sealed,
                confirmed_at: self.confirmed_at,
                last_step: self.last_step.unwrap_or(0),
                created_at,
                last_used_at: self.last_used_at,
            }),
            _ => None,
        };
        (app, self.recovery_left, self.recovery_made)
    }
}

impl Db {
    /// What `user_id` has for the second step.
    pub async fn factor_summary(&self, user_id: i64) -> sqlx::Result<FactorSummary> {
        let row: Option<SummaryRow> = sqlx::query_as(
            "SELECT u.second_factor_last AS last, \
             (SELECT a.confirmed_at FROM authenticators a WHERE a.user_id = u.id) AS app_since, \
             (SELECT COUNT(*) FROM recovery_codes r WHERE r.user_id = u.id AND r.used_at IS NULL) AS recovery_left, \
             (SELECT COUNT(*) FROM recovery_codes r WHERE r.user_id = u.id) AS recovery_made, \
             (SELECT COUNT(*) FROM passkeys p WHERE p.user_id = u.id) AS passkeys \
             FROM users u WHERE u.id = $1",
        )
        .bind(user_id)
        .fetch_optional(&mut *self.read().await?)
        .await?;
        Ok(row
            .map(|r| FactorSummary {
                last: r.last.as_deref().and_then(SecondFactor::parse),
                app_since: r.app_since,
                recovery_left: r.recovery_left,
                recovery_made: r.recovery_made,
                passkeys: r.passkeys,
            })
            .unwrap_or_default())
    }

    /// The authenticator app (if any) and the recovery codes left and made, in one read
    /// (what the profile shows of the second factors).
    pub async fn authenticator_and_recovery(&self, user_id: i64) -> sqlx::Result<(Option<AuthenticatorRow>, i64, i64)> {
        let row: AuthenticatorAndRecovery =
            sqlx::query_as(AUTHENTICATOR_AND_RECOVERY).bind(user_id).fetch_one(&mut *self.read().await?).await?;
        Ok(row.into_parts())
    }

    pub async fn authenticator(&self, user_id: i64) -> sqlx::Result<Option<AuthenticatorRow>> {
        sqlx::query_as("SELECT secret_sealed, confirmed_at, last_step, created_at, last_used_at FROM authenticators WHERE user_id = $1")
            .bind(user_id)
            .fetch_optional(&mut *self.read().await?)
            .await
    }

    /// Starts setting up an authenticator app with a new secret, replacing one being set
    /// up. `false` when the account has a confirmed one already (it must be removed first).
    pub async fn start_authenticator(&self, user_id: i64, secret_sealed: &str, now: i64) -> sqlx::Result<bool> {
        let done = sqlx::query(
            "INSERT INTO authenticators (user_id, secret_sealed, created_at) VALUES ($1, $2, $3) \
             ON CONFLICT (user_id) DO UPDATE SET secret_sealed = excluded.secret_sealed, created_at = excluded.created_at, last_step = 0 \
             WHERE authenticators.confirmed_at IS NULL",
        )
        .bind(user_id)
        .bind(secret_sealed)
        .bind(now)
        .execute(&mut *self.write().await?)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Confirms the authenticator being set up (made after `fresh_after`) with the time
    /// step of its first code, and in the same transaction turns two-factor sign-in on,
    /// makes the app the method offered first and, when `recovery` is given, replaces the
    /// recovery codes. `false` if there was no such authenticator (confirmed already by a
    /// concurrent request, cancelled, or too old).
    pub async fn confirm_authenticator(
        &self,
        user_id: i64,
        step: i64,
        fresh_after: i64,
        now: i64,
        recovery: Option<&[String]>,
    ) -> sqlx::Result<bool> {
        let mut writer = self.write().await?;
        let mut tx = writer.begin().await?;
        let won = sqlx::query(
            "UPDATE authenticators SET confirmed_at = $2, last_step = $3, last_used_at = $2 \
             WHERE user_id = $1 AND confirmed_at IS NULL AND created_at > $4",
        )
        .bind(user_id)
        .bind(now)
        .bind(step)
        .bind(fresh_after)
        .execute(&mut *tx)
        .await?
        .rows_affected()
            == 1;
        if !won {
            tx.rollback().await?;
            return Ok(false);
        }
        // The app is the method offered first from now on.
        sqlx::query("UPDATE users SET two_factor_enabled = 1, second_factor_last = 'app', updated_at = $2 WHERE id = $1")
            .bind(user_id)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        if let Some(hashes) = recovery {
            replace_recovery_codes(&mut tx, user_id, hashes, now).await?;
        }
        tx.commit().await?;
        Ok(true)
    }

    /// Gives up an authenticator app being set up (a confirmed one stays).
    pub async fn cancel_authenticator(&self, user_id: i64) -> sqlx::Result<bool> {
        let done = sqlx::query("DELETE FROM authenticators WHERE user_id = $1 AND confirmed_at IS NULL")
            .bind(user_id)
            .execute(&mut *self.write().await?)
            .await?;
        Ok(done.rows_affected() > 0)
    }

    /// Set-ups of authenticator apps begun before `before` and never finished.
    pub async fn delete_stale_authenticator_setups(&self, before: i64) -> sqlx::Result<u64> {
        let done = sqlx::query("DELETE FROM authenticators WHERE confirmed_at IS NULL AND created_at <= $1")
            .bind(before)
            .execute(&mut *self.write().await?)
            .await?;
        Ok(done.rows_affected())
    }

    /// Removes the account's confirmed authenticator app; the SMS code is offered first
    /// again. `false` if it had none.
    pub async fn remove_authenticator(&self, user_id: i64, now: i64) -> sqlx::Result<bool> {
        let mut writer = self.write().await?;
        let mut tx = writer.begin().await?;
        let removed = sqlx::query("DELETE FROM authenticators WHERE user_id = $1 AND confirmed_at IS NOT NULL")
            .bind(user_id)
            .execute(&mut *tx)
            .await?
            .rows_affected()
            > 0;
        sqlx::query("UPDATE users SET second_factor_last = NULL, updated_at = $2 WHERE id = $1 AND second_factor_last = 'app'")
            .bind(user_id)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(removed)
    }

    /// Accepts the authenticator code of time step `step` once: `true` only for the one
    /// request that moves the account's last accepted step forward to it (a replay of the
    /// same code, or of an older one, finds it there already).
    pub async fn use_authenticator_step(&self, user_id: i64, step: i64, now: i64) -> sqlx::Result<bool> {
        let mut writer = self.write().await?;
        let mut tx = writer.begin().await?;
        let won = sqlx::query(
            "UPDATE authenticators SET last_step = $2, last_used_at = $3 \
             WHERE user_id = $1 AND confirmed_at IS NOT NULL AND last_step < $2",
        )
        .bind(user_id)
        .bind(step)
        .bind(now)
        .execute(&mut *tx)
        .await?
        .rows_affected()
            == 1;
        if won {
            set_last(&mut tx, user_id, SecondFactor::App).await?;
        }
        tx.commit().await?;
        Ok(won)
    }

    /// Uses the recovery code of hash `code_hash`: `true` only for the one request that
    /// marks it used.
    pub async fn use_recovery_code(&self, user_id: i64, code_hash: &str, now: i64) -> sqlx::Result<bool> {
        let done = sqlx::query("UPDATE recovery_codes SET used_at = $3 WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL")
            .bind(user_id)
            .bind(code_hash)
            .bind(now)
            .execute(&mut *self.write().await?)
            .await?;
        Ok(done.rows_affected() == 1)
    }

    /// New recovery codes for `user_id`: the old ones, used or not, are gone.
    pub async fn new_recovery_codes(&self, user_id: i64, hashes: &[String], now: i64) -> sqlx::Result<()> {
        let mut writer = self.write().await?;
        let mut tx = writer.begin().await?;
        replace_recovery_codes(&mut tx, user_id, hashes, now).await?;
        tx.commit().await
    }

    /// `method` (the SMS code, a passkey) was the second step's: offered first next time.
    pub async fn used_second_factor(&self, user_id: i64, method: SecondFactor) -> sqlx::Result<()> {
        let mut writer = self.write().await?;
        let mut tx = writer.begin().await?;
        set_last(&mut tx, user_id, method).await?;
        tx.commit().await
    }

    /// Two-factor sign-in on or off. Off also removes the authenticator app and the
    /// recovery codes (one transaction: nothing of the second step outlives it).
    pub async fn set_two_factor(&self, id: i64, enabled: bool, now: i64) -> sqlx::Result<()> {
        let mut writer = self.write().await?;
        let mut tx = writer.begin().await?;
        sqlx::query("UPDATE users SET two_factor_enabled = $1, second_factor_last = NULL, updated_at = $2 WHERE id = $3")
            .bind(i64::from(enabled))
            .bind(now)
            .bind(id)
            .execute(&mut *tx)
            .await?;
        if !enabled {
            sqlx::query("DELETE FROM authenticators WHERE user_id = $1").bind(id).execute(&mut *tx).await?;
            sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1").bind(id).execute(&mut *tx).await?;
        }
        tx.commit().await
    }
}

async fn set_last(tx: &mut sqlx::Transaction<'_, sqlx::Any>, user_id: i64, method: SecondFactor) -> sqlx::Result<()> {
    sqlx::query("UPDATE users SET second_factor_last = $2 WHERE id = $1").bind(user_id).bind(method.as_str()).execute(&mut **tx).await?;
    Ok(())
}

async fn replace_recovery_codes(tx: &mut sqlx::Transaction<'_, sqlx::Any>, user_id: i64, hashes: &[String], now: i64) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1").bind(user_id).execute(&mut **tx).await?;
    for hash in hashes {
        sqlx::query("INSERT INTO recovery_codes (user_id, code_hash, created_at) VALUES ($1, $2, $3)")
            .bind(user_id)
            .bind(hash)
            .bind(now)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}
