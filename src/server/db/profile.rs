//! The profile page's reads about one person, together: on SQLite one round trip to one
//! read connection's thread for all seven (each alone was a round trip, and a
//! connection, of its own); on PostgreSQL the seven at once on the pool.

use super::audit::{AuditRow, RECENT_AUDIT};
use super::avatars::AVATAR_VERSION;
use super::codes::{CodeRow, LATEST_CODE_FOR_USER};
use super::factors::{AuthenticatorAndRecovery, AuthenticatorRow, AUTHENTICATOR_AND_RECOVERY};
use super::oidc::{ConsentRow, CONSENTS_OF_USER};
use super::passkeys::{PasskeyRow, PASSKEYS_OF};
use super::sessions::{SessionListRow, SESSIONS_OF_USER};
use super::{renumber, Backend, Bind, Db};
use crate::domain::CodePurpose;
use sqlx::any::AnyRow;
use sqlx::FromRow;
use std::sync::LazyLock;

/// What the profile page shows of one person, as stored.
pub struct ProfileRows {
    /// When the photo last changed, if there is one.
    pub avatar_version: Option<i64>,
    /// The latest phone change code (pending or not: the caller decides).
    pub phone_change: Option<CodeRow>,
    /// The latest security events, newest first.
    pub activity: Vec<AuditRow>,
    /// The live sessions, the latest used first.
    pub sessions: Vec<SessionListRow>,
    /// The apps that sign in with the account.
    pub consents: Vec<ConsentRow>,
    /// The authenticator app, and the recovery codes left and made.
    pub factors: (Option<AuthenticatorRow>, i64, i64),
    pub passkeys: Vec<PasskeyRow>,
}

/// The seven statements as one text, their values numbered: `$1` the user, `$2` now,
/// `$3` the last use before which a session is idle, `$4` how many events, `$5` the phone
/// change's purpose.
static SQLITE_TEXT: LazyLock<String> = LazyLock::new(|| {
    [
        renumber(AVATAR_VERSION, &[1]),
        renumber(LATEST_CODE_FOR_USER, &[1, 5]),
        renumber(RECENT_AUDIT, &[1, 4]),
        renumber(SESSIONS_OF_USER, &[1, 2, 3]),
        renumber(CONSENTS_OF_USER, &[1]),
        renumber(AUTHENTICATOR_AND_RECOVERY, &[1]),
        renumber(PASSKEYS_OF, &[1]),
    ]
    .join("; ")
});

impl Db {
    /// What the profile page shows of user `user_id` at `now`: sessions idle for
    /// `idle_ttl` are over; the latest `events` security events.
    pub async fn profile_rows(&self, user_id: i64, now: i64, idle_ttl: i64, events: i64) -> sqlx::Result<ProfileRows> {
        if self.backend == Backend::Postgres {
            let (avatar_version, phone_change, activity, sessions, consents, factors, passkeys) = tokio::try_join!(
                self.avatar_version(user_id),
                self.latest_code_for_user(user_id, CodePurpose::ChangePhone),
                self.recent_audit(user_id, events),
                self.sessions_of_user(user_id, now, idle_ttl),
                self.consents_of_user(user_id),
                self.authenticator_and_recovery(user_id),
                self.passkeys_of(user_id),
            )?;
            return Ok(ProfileRows { avatar_version, phone_change, activity, sessions, consents, factors, passkeys });
        }
        let values: Vec<Bind> =
            vec![user_id.into(), now.into(), (now - idle_ttl).into(), events.into(), CodePurpose::ChangePhone.as_str().into()];
        let groups = self.sqlite_reads(&SQLITE_TEXT, values).await?;
        let [avatar, phone_change, activity, sessions, consents, factors, passkeys] = <[Vec<AnyRow>; 7]>::try_from(groups)
            .map_err(|g| sqlx::Error::Protocol(format!("the profile's reads gave {} results, not 7", g.len())))?;
        let factors = match factors.first() {
            Some(row) => AuthenticatorAndRecovery::from_row(row)?.into_parts(),
            None => return Err(sqlx::Error::RowNotFound),
        };
        Ok(ProfileRows {
            avatar_version: avatar.first().map(<(i64,)>::from_row).transpose()?.map(|r| r.0),
            phone_change: phone_change.first().map(CodeRow::from_row).transpose()?,
            activity: rows(&activity)?,
            sessions: rows(&sessions)?,
            consents: rows(&consents)?,
            factors,
            passkeys: rows(&passkeys)?,
        })
    }
}

fn rows<T: for<'r> FromRow<'r, AnyRow>>(rows: &[AnyRow]) -> sqlx::Result<Vec<T>> {
    rows.iter().map(T::from_row).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_text_numbers_each_statements_values_as_one_list() {
        assert_eq!(renumber("a = $1 AND b = $2 LIMIT $2", &[1, 5]), "a = $1 AND b = $5 LIMIT $5");
        assert_eq!(SQLITE_TEXT.matches("$5").count(), 1);
        assert_eq!(SQLITE_TEXT.matches("$4").count(), 1);
        assert_eq!(SQLITE_TEXT.split("; ").count(), 7);
    }

    /// The one-trip read gives what the seven reads give one by one, for this person
    /// only, with rows in every table (and another person's beside them).
    #[tokio::test]
    async fn one_trip_reads_what_the_seven_reads_do() {
        let dir = std::env::temp_dir().join(format!("phone-auth-profile-test-{}-{}", std::process::id(), rand::random::<u64>()));
        let db = Db::connect(&format!("sqlite://{}/t.db", dir.display())).await.unwrap();
        let now = 1_800_000_000;
        let mut conn = db.write().await.unwrap();
        for user in [1, 2] {
            let statements = [
                format!("INSERT INTO users (id, phone, password_hash, created_at, updated_at) VALUES ({user}, '+4474000000{user:02}', 'h', 1, 1)"),
                format!("INSERT INTO avatars (user_id, content_type, bytes, updated_at) VALUES ({user}, 'image/png', x'00', {})", 10 + user),
                format!(
                    "INSERT INTO verification_codes (phone, user_id, purpose, channel, provider, created_at, expires_at, state) \
                     VALUES ('+4474000009{user:02}', {user}, 'change-phone', 'sms', 'console', {now}, {}, 'active')",
                    now + 600
                ),
                format!("INSERT INTO audit_events (user_id, kind, detail, ip, user_agent, created_at) VALUES ({user}, 'sign_in', '{{}}', '10.0.0.{user}', 'ua', {now})"),
                format!("INSERT INTO audit_events (user_id, kind, detail, created_at) VALUES ({user}, 'password_changed', '{{}}', {})", now - 5),
                format!(
                    "INSERT INTO sessions (token_hash, user_id, kind, created_at, last_seen_at, expires_at) VALUES ('t{user}a', {user}, 'full', {now}, {now}, {})",
                    now + 100
                ),
                // Idle too long: not listed.
                format!(
                    "INSERT INTO sessions (token_hash, user_id, kind, created_at, last_seen_at, expires_at) VALUES ('t{user}b', {user}, 'full', 1, 1, {})",
                    now + 100
                ),
                format!("INSERT INTO oauth_clients (id, name, redirect_uris, created_at) VALUES ('c{user}', 'App {user}', '[]', 1)"),
                format!("INSERT INTO oauth_consents (user_id, client_id, scope, created_at) VALUES ({user}, 'c{user}', 'openid phone', {now})"),
                format!("INSERT INTO authenticators (user_id, secret_sealed, confirmed_at, created_at) VALUES ({user}, 's{user}', {now}, {now})"),
                format!("INSERT INTO recovery_codes (user_id, code_hash, created_at) VALUES ({user}, 'r1', {now}), ({user}, 'r2', {now})"),
                format!("UPDATE recovery_codes SET used_at = {now} WHERE user_id = {user} AND code_hash = 'r1'"),
                format!("INSERT INTO passkeys (user_id, credential_id, credential, name, created_at) VALUES ({user}, 'k{user}', '{{}}', 'Key {user}', {now})"),
            ];
            for statement in statements {
                sqlx::query(&statement).execute(&mut *conn).await.unwrap();
            }
        }
        drop(conn);
        let idle = 3600;
        let together = db.profile_rows(1, now, idle, 20).await.unwrap();
        let apart = ProfileRows {
            avatar_version: db.avatar_version(1).await.unwrap(),
            phone_change: db.latest_code_for_user(1, CodePurpose::ChangePhone).await.unwrap(),
            activity: db.recent_audit(1, 20).await.unwrap(),
            sessions: db.sessions_of_user(1, now, idle).await.unwrap(),
            consents: db.consents_of_user(1).await.unwrap(),
            factors: db.authenticator_and_recovery(1).await.unwrap(),
            passkeys: db.passkeys_of(1).await.unwrap(),
        };
        let seen = |p: &ProfileRows| {
            format!(
                "{:?} {:?} {:?} {:?} {:?} {:?} {:?}",
                p.avatar_version, p.phone_change, p.activity, p.sessions, p.consents, p.factors, p.passkeys
            )
        };
        assert_eq!(seen(&together), seen(&apart));
        // And they are this person's rows, all of them.
        assert_eq!(together.avatar_version, Some(11));
        assert_eq!(together.phone_change.map(|c| c.phone.as_str().to_string()), Some("+447400000901".to_string()));
        assert_eq!(together.activity.iter().map(|a| a.ip.as_str()).collect::<Vec<_>>(), ["10.0.0.1", ""]);
        assert_eq!(together.sessions.len(), 1);
        assert_eq!(together.consents.iter().map(|c| c.client_name.as_str()).collect::<Vec<_>>(), ["App 1"]);
        assert_eq!((together.factors.0.map(|a| a.secret_sealed), together.factors.1, together.factors.2), (Some("s1".to_string()), 1, 2));
        assert_eq!(together.passkeys.iter().map(|k| k.name.as_str()).collect::<Vec<_>>(), ["Key 1"]);
        // Nothing stored: still seven answers, each empty.
        let nobody = db.profile_rows(3, now, idle, 20).await.unwrap();
        assert_eq!(seen(&nobody), "None None [] [] [] (None, 0, 0) []");
        db.close().await;
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    #[should_panic(expected = "no new number")]
    fn a_value_without_a_new_number_is_a_mistake_in_the_code() {
        renumber("a = $1 AND b = $2", &[1]);
    }
}
