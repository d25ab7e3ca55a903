//! Sign-up, phone verification, sign-in, sign-out and session resolution.

use super::codes::{check_code, send_code};
use crate::domain::{AppError, Channel, CodePurpose, DisplayName, Field, OtpCode, Password, PhoneNumber};
use crate::server::clock::now;
use crate::server::db::sessions::{NewSession, SessionRow};
use crate::server::db::users::UserRow;
use crate::server::internal;
use crate::server::passwords::Verified;
use crate::server::request::RequestMeta;
use crate::server::session::{self, SessionKind};
use crate::server::state::AppState;

/// Lifetime of a session that still has to verify its phone.
const PENDING_TTL: i64 = 86_400;

/// The session behind the request's cookie, with its user.
#[derive(Debug, Clone)]
pub struct Current {
    pub session: SessionRow,
    pub kind: SessionKind,
    pub user: UserRow,
}

/// A new session: the token for the cookie and how long the cookie should live.
pub struct Issued {
    pub token: String,
    pub max_age: i64,
}

pub async fn current(state: &AppState, meta: &RequestMeta) -> Result<Option<Current>, AppError> {
    let Some(token) = session::token_from_cookie_header(&meta.cookies, state.config.is_https()) else {
        return Ok(None);
    };
    let t = now();
    let hash = session::hash_token(token);
    let Some(session) = state.db.live_session(&hash, t, state.config.limits.session_idle_ttl).await.map_err(internal)? else {
        return Ok(None);
    };
    let Some(kind) = SessionKind::parse(&session.kind) else {
        return Ok(None);
    };
    let Some(user) = state.db.user_by_id(session.user_id).await.map_err(internal)? else {
        return Ok(None);
    };
    if t - session.last_seen_at >= 60 {
        state.db.touch_session(session.id, t).await.map_err(internal)?;
    }
    Ok(Some(Current { session, kind, user }))
}

async fn issue_session(state: &AppState, meta: &RequestMeta, user_id: i64, kind: SessionKind) -> Result<Issued, AppError> {
    let t = now();
    let ttl = match kind {
        SessionKind::Full => state.config.limits.session_ttl,
        SessionKind::Pending => PENDING_TTL,
        SessionKind::TwoFactor => 600,
    };
    let (token, token_hash) = session::new_token();
    state
        .db
        .insert_session(&NewSession {
            token_hash: &token_hash,
            user_id,
            kind: kind.as_str(),
            now: t,
            expires_at: t + ttl,
            user_agent: &meta.user_agent,
            ip: &meta.ip,
        })
        .await
        .map_err(internal)?;
    Ok(Issued { token, max_age: ttl })
}

async fn audit(state: &AppState, meta: &RequestMeta, user_id: Option<i64>, kind: &str, detail: &str) -> Result<(), AppError> {
    state.db.insert_audit(user_id, kind, detail, &meta.ip, &meta.user_agent, now()).await.map_err(internal)
}

pub struct SignUp {
    pub phone: PhoneNumber,
    pub password: Password,
    pub name: Option<DisplayName>,
}

/// Creates the account (unverified), sends the verification code, and returns a pending
/// session that can only reach `/verify`.
pub async fn sign_up(state: &AppState, meta: &RequestMeta, input: SignUp) -> Result<Issued, AppError> {
    let t = now();
    let hash = state.hasher.hash(&input.password).await.map_err(internal)?;
    let name = input.name.as_ref().map(DisplayName::as_str);
    let user_id = match state.db.user_by_phone(&input.phone).await.map_err(internal)? {
        Some(u) if u.is_verified() => {
            return Err(AppError::invalid(Field::Phone, "An account with this number already exists. Sign in instead."));
        }
        Some(u) => {
            // An unverified earlier sign-up: whoever proves the number now owns it.
            state.db.reset_unverified_user(u.id, &hash, name, t).await.map_err(internal)?;
            state.db.delete_sessions_of_kind(u.id, SessionKind::Pending.as_str()).await.map_err(internal)?;
            u.id
        }
        None => match state.db.insert_user(&input.phone, &hash, name, t).await.map_err(internal)? {
            Some(id) => id,
            None => return Err(AppError::invalid(Field::Phone, "An account with this number already exists. Sign in instead.")),
        },
    };
    match send_code(state, meta, &input.phone, Some(user_id), CodePurpose::VerifyPhone, Channel::Sms).await {
        // A code sent moments ago (a double submit) is still good: go and enter it.
        Ok(_) | Err(AppError::Cooldown { .. }) => {}
        Err(e) => return Err(e),
    }
    audit(state, meta, Some(user_id), "sign_up", "").await?;
    issue_session(state, meta, user_id, SessionKind::Pending).await
}

pub enum SignedIn {
    /// Fully signed in.
    Done(Issued),
    /// Password right, phone not verified yet: a pending session, off to `/verify`.
    MustVerify(Issued),
}

pub async fn sign_in(state: &AppState, meta: &RequestMeta, phone: &PhoneNumber, password: &Password) -> Result<SignedIn, AppError> {
    let Some(user) = state.db.user_by_phone(phone).await.map_err(internal)? else {
        // Same work and same answer as a wrong password: no hint that the number is free.
        state.hasher.verify_dummy(password).await.map_err(internal)?;
        audit(state, meta, None, "sign_in_failed", &format!("unknown number {}", phone.masked())).await?;
        return Err(AppError::BadCredentials);
    };
    match state.hasher.verify(password, &user.password_hash).await.map_err(internal)? {
        Verified::No => {
            audit(state, meta, Some(user.id), "sign_in_failed", "wrong password").await?;
            Err(AppError::BadCredentials)
        }
        Verified::Yes { rehash } => {
            if let Some(new_hash) = rehash {
                state.db.update_password_hash(user.id, &new_hash, now()).await.map_err(internal)?;
            }
            if !user.is_verified() {
                match send_code(state, meta, phone, Some(user.id), CodePurpose::VerifyPhone, Channel::Sms).await {
                    Ok(_) => {}
                    // The verify page shows the state of the code and offers a resend.
                    Err(e) => tracing::info!(error = %e, "no new verification code at sign-in"),
                }
                return Ok(SignedIn::MustVerify(issue_session(state, meta, user.id, SessionKind::Pending).await?));
            }
            audit(state, meta, Some(user.id), "sign_in", "password").await?;
            Ok(SignedIn::Done(issue_session(state, meta, user.id, SessionKind::Full).await?))
        }
    }
}

/// Checks the verification code of a pending session; on success the phone is verified,
/// the pending session ends and a new full session begins (a new token).
pub async fn verify_phone(state: &AppState, meta: &RequestMeta, cur: &Current, code: &OtpCode) -> Result<Issued, AppError> {
    check_code(state, &cur.user.phone(), CodePurpose::VerifyPhone, code).await?;
    state.db.mark_phone_verified(cur.user.id, now()).await.map_err(internal)?;
    state.db.delete_sessions_of_kind(cur.user.id, SessionKind::Pending.as_str()).await.map_err(internal)?;
    audit(state, meta, Some(cur.user.id), "phone_verified", "").await?;
    audit(state, meta, Some(cur.user.id), "sign_in", "after verification").await?;
    issue_session(state, meta, cur.user.id, SessionKind::Full).await
}

pub async fn resend_verification(state: &AppState, meta: &RequestMeta, cur: &Current, channel: Channel) -> Result<i64, AppError> {
    send_code(state, meta, &cur.user.phone(), Some(cur.user.id), CodePurpose::VerifyPhone, channel).await
}

pub async fn sign_out(state: &AppState, meta: &RequestMeta, cur: &Current) -> Result<(), AppError> {
    state.db.delete_session(cur.session.id).await.map_err(internal)?;
    audit(state, meta, Some(cur.user.id), "session_ended", "signed out").await
}
