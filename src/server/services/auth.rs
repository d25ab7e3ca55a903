//! Getting in and out: sign-up, phone verification, sign-in with a password (and the
//! second factor when 2FA is on), passwordless sign-in (and the password when 2FA is
//! on), sign-out, and resolving the session behind a request.

use super::codes::{cancel_send, check_code, reserve_send, send_blind_code, send_code, send_code_as, send_reserved, Delivery, SendTicket};
use super::devices;
use super::factors;
use super::limits::{self, Limit};
use crate::domain::audit::{AuditDetail, Ended, FailReason, SignInMethod};
use crate::domain::factor::{RecoveryCode, SecondFactor};
use crate::domain::{AppError, AuditKind, Channel, CodePurpose, DisplayName, Field, OtpCode, Password, PhoneNumber};
use crate::server::clock::now;
use crate::server::db::sessions::{NewSession, SessionRow, Upgrade};
use crate::server::db::users::UserRow;
use crate::server::passwords::Verified;
use crate::server::request::RequestMeta;
use crate::server::session::{self, SessionKind};
use crate::server::state::AppState;
use crate::server::OrInternal;

/// How long a sign-up's password waits for its number to be proved.
pub const PENDING_SIGN_UP_TTL: i64 = 7 * 86_400;

/// The session behind the request's cookie, with its user.
#[derive(Debug, Clone)]
pub struct Current {
    pub session: SessionRow,
    pub user: UserRow,
}

impl Current {
    /// What the session allows (its row's kind).
    pub fn kind(&self) -> SessionKind {
        self.session.kind
    }
}

/// A new session: the token for the cookie and how long the cookie should live; after a
/// complete sign-in from a browser without a device cookie, the id to give it (see
/// [`devices`]).
pub struct Issued {
    pub token: String,
    pub max_age: i64,
    pub device: Option<String>,
}

pub async fn current(state: &AppState, meta: &RequestMeta) -> Result<Option<Current>, AppError> {
    let Some(token) = session::token_from_cookie_header(&meta.cookies, &state.config) else {
        return Ok(None);
    };
    let t = now();
    let hash = session::hash_token(token);
    let Some((session, user)) = state
        .db
        .live_session_with_user(&hash, t, state.config.limits.session_idle_ttl)
        .await
        .or_internal("reading the session of the cookie")?
    else {
        return Ok(None);
    };
    if t - session.last_seen_at >= 60 {
        state.db.touch_session(session.id, t).await.or_internal("marking the session as used")?;
    }
    Ok(Some(Current { session, user }))
}

/// Starts a session of `kind` for `user_id`, under the password epoch the caller checked
/// (the epoch of the user row whose password or sign-up it accepted: if the password has
/// changed since, the new session is dead at once). The session the browser presented
/// before, if any, ends first: a sign-in never inherits an earlier (half) session,
/// whoever's it was.
pub async fn issue_session(
    state: &AppState,
    meta: &RequestMeta,
    prior: Option<&Current>,
    user_id: i64,
    epoch: i64,
    kind: SessionKind,
    method: Option<SignInMethod>,
) -> Result<Issued, AppError> {
    if let Some(p) = prior {
        state.db.delete_session(p.session.id, "replaced").await.or_internal("ending the earlier session")?;
    }
    let t = now();
    let ttl = match kind {
        SessionKind::Full => state.config.limits.session_ttl,
        SessionKind::Pending => state.config.limits.pending_ttl,
        SessionKind::TwoFactor | SessionKind::PasswordStep => state.config.limits.two_factor_ttl,
    };
    let (token, token_hash) = session::new_token();
    state
        .db
        .insert_session(&NewSession {
            token_hash: &token_hash,
            user_id,
            kind,
            now: t,
            expires_at: t + ttl,
            user_agent: &meta.user_agent,
            ip: &meta.ip,
            password_epoch: epoch,
            sign_in_method: method,
        })
        .await
        .or_internal("starting the session")?;
    Ok(Issued { token, max_age: ttl, device: None })
}

/// A complete sign-in of `user` by `method`: a full session, and the browser remembered
/// for the account (its number alerted when the browser is new to it, see [`devices`]).
pub(crate) async fn complete_sign_in(
    state: &AppState,
    meta: &RequestMeta,
    prior: Option<&Current>,
    user: &UserRow,
    method: SignInMethod,
) -> Result<Issued, AppError> {
    let mut issued = issue_session(state, meta, prior, user.id, user.password_epoch, SessionKind::Full, Some(method)).await?;
    issued.device = devices::signed_in(state, meta, user).await?;
    Ok(issued)
}

pub async fn audit(
    state: &AppState,
    meta: &RequestMeta,
    user_id: Option<i64>,
    kind: AuditKind,
    detail: &AuditDetail,
) -> Result<(), AppError> {
    state.db.insert_audit(user_id, kind, detail, &meta.ip, &meta.user_agent, now()).await.or_internal("recording a security event")
}

pub struct SignUp {
    pub phone: PhoneNumber,
    pub password: Password,
    pub name: Option<DisplayName>,
}

/// Creates the account (unverified), sends the verification code, and returns a pending
/// session that can only reach `/verify`.
pub async fn sign_up(state: &AppState, meta: &RequestMeta, prior: Option<&Current>, input: SignUp) -> Result<Issued, AppError> {
    refuse_if_signed_in(prior)?;
    // The send is reserved first: a flood of sign-ups past the limits is refused before
    // any password is hashed.
    let mut ticket = match reserve_send(state, meta, &input.phone, CodePurpose::VerifyPhone).await {
        Ok(ticket) => Some(ticket),
        // A code sent moments ago (a double submit) is still good: go and enter it.
        Err(AppError::Cooldown { .. }) => None,
        Err(e) => return Err(e),
    };
    let out = sign_up_reserved(state, meta, prior, &input, &mut ticket).await;
    if let Some(unused) = ticket.take() {
        cancel_send(state, unused).await?;
    }
    out
}

async fn sign_up_reserved(
    state: &AppState,
    meta: &RequestMeta,
    prior: Option<&Current>,
    input: &SignUp,
    ticket: &mut Option<SendTicket>,
) -> Result<Issued, AppError> {
    let hash = state.hasher.hash(&input.password).await.or_internal("hashing the password")?;
    let name = input.name.as_ref().map(DisplayName::as_str);
    // The same writes whether or not the number has an account: the password waits for
    // the code in either case (see `record_sign_up`).
    let target = state.db.record_sign_up(&input.phone, &hash, name, now()).await.or_internal("recording the sign-up")?;
    if target.verified {
        // The number has an account. Answer exactly as for a new one (a pending session
        // and a code page), but send nothing: the code row is blind, so this session can
        // never be verified, and the owner's account is untouched. Only the owner's
        // activity records it.
        if let Some(ticket) = ticket.take() {
            send_reserved(state, meta, ticket, None, Channel::Sms, Delivery::Blind).await?;
        }
        audit(state, meta, Some(target.user_id), AuditKind::SignUpExisting, &AuditDetail::none()).await?;
    } else {
        if let Some(ticket) = ticket.take() {
            send_reserved(state, meta, ticket, Some(target.user_id), Channel::Sms, Delivery::Real).await?;
        }
        audit(state, meta, Some(target.user_id), AuditKind::SignUp, &AuditDetail::none()).await?;
    }
    issue_session(state, meta, prior, target.user_id, target.epoch, SessionKind::Pending, None).await
}

pub enum SignedIn {
    /// Fully signed in.
    Done(Issued),
    /// Password right, phone not verified yet: a pending session, off to `/verify`.
    MustVerify(Issued),
    /// Password right, 2FA on: a half session, off to `/signin/2fa` for the code.
    SecondFactor(Issued),
}

/// The limits on failed password checks in the last hour (sliding windows shared by
/// every instance): per number, keyed by number, not account, so a number without one
/// pauses alike; and per client (IPv6 by /64), against one client trying many numbers.
fn failed_password_limits(state: &AppState, phone: &PhoneNumber, meta: &RequestMeta) -> Vec<Limit> {
    let l = &state.config.limits;
    let mut v = vec![Limit { key: format!("signin-fail:{}", phone.as_str()), window: 3_600, limit: l.failed_signins_per_hour }];
    if !meta.ip.is_empty() {
        v.push(Limit {
            key: format!("signin-fail-ip:{}", crate::server::net::limit_key(&meta.ip)),
            window: 3_600,
            limit: l.failed_signins_per_ip_per_hour,
        });
    }
    v
}

/// Reserves a failed password check against `phone` before the password is hashed, so a
/// burst of guesses hashes no more of them than the limits allow (at sign-in and at the
/// step-up checks alike: the same password, the same limits). A right password gives the
/// reservation back. Refused: the pause is audited as `paused_kind` for `user_id` and
/// answered "too many failed sign-ins".
pub async fn reserve_password_check(
    state: &AppState,
    meta: &RequestMeta,
    phone: &PhoneNumber,
    user_id: Option<i64>,
    paused_kind: AuditKind,
) -> Result<limits::Reservation, AppError> {
    match limits::reserve(state, now(), None, &failed_password_limits(state, phone, meta)).await? {
        Ok(r) => Ok(r),
        Err(refused) => {
            audit(state, meta, user_id, paused_kind, &AuditDetail::none()).await?;
            tracing::warn!(to = %phone.masked(), "password checks paused: too many failed attempts");
            state.metrics.rate_limited("failed_sign_ins");
            Err(AppError::TooManySignIns { minutes: refused.minutes() })
        }
    }
}

pub async fn sign_in(
    state: &AppState,
    meta: &RequestMeta,
    prior: Option<&Current>,
    phone: &PhoneNumber,
    password: &Password,
) -> Result<SignedIn, AppError> {
    let user = state.db.user_by_phone(phone).await.or_internal("looking up the account of the number")?;
    let reservation = reserve_password_check(state, meta, phone, user.as_ref().map(|u| u.id), AuditKind::SignInPaused)
        .await
        .inspect_err(|_| state.metrics.sign_in("password", "paused"))?;
    let failed = |user_id: Option<i64>, detail: AuditDetail| async move {
        state.metrics.sign_in("password", "failed");
        audit(state, meta, user_id, AuditKind::SignInFailed, &detail).await?;
        Err::<SignedIn, AppError>(AppError::BadCredentials)
    };
    // The account's password: only a proved account has one (an unknown number costs
    // the same, against a dummy hash).
    let account = user.as_ref().filter(|u| u.is_verified());
    let verified = match account {
        Some(u) => state.hasher.verify(password, &u.password_hash).await.or_internal("checking the password")?,
        None => {
            state.hasher.verify_dummy(password).await.or_internal("checking a password against the dummy hash")?;
            Verified::No
        }
    };
    if let (Verified::Yes { rehash }, Some(user)) = (verified, account) {
        limits::give_back(state, &reservation).await?;
        if let Some(new_hash) = rehash {
            state.db.rehash_password(user.id, &user.password_hash, &new_hash, now()).await.or_internal("storing the rehashed password")?;
        }
        // A browser the person trusted at an earlier two-factor sign-in is asked for no
        // second factor (until it expires, is forgotten, or the password changes).
        let trusted = user.two_factor && devices::is_trusted(state, meta, user).await?;
        if user.two_factor && !trusted {
            // The SMS code goes at once when it is the method offered first (an account
            // that last used its authenticator app is asked for that, and can still ask
            // for a text).
            if factors::offered(state, user.id).await?.first() == Some(&SecondFactor::Sms) {
                match send_code(state, meta, phone, Some(user.id), CodePurpose::TwoFactor, Channel::Sms).await {
                    // A code from a moment ago is still good: the 2FA page shows it.
                    Ok(_) | Err(AppError::Cooldown { .. }) => {}
                    // Without a code the half session would be a dead end: say why now.
                    Err(e) => return Err(e),
                }
            }
            audit(state, meta, Some(user.id), AuditKind::SignInPasswordOk, &AuditDetail::none()).await?;
            state.metrics.sign_in("password", "second_factor_needed");
            return Ok(SignedIn::SecondFactor(
                issue_session(state, meta, prior, user.id, user.password_epoch, SessionKind::TwoFactor, None).await?,
            ));
        }
        let method = if trusted { SignInMethod::PasswordOnTrustedBrowser } else { SignInMethod::Password };
        audit(state, meta, Some(user.id), AuditKind::SignIn, &AuditDetail::sign_in(method)).await?;
        state.metrics.sign_in("password", "ok");
        return Ok(SignedIn::Done(complete_sign_in(state, meta, prior, user, method).await?));
    }
    // Not the account's password: perhaps that of a sign-up still waiting for its code.
    // Looked up and checked the same way whether or not the number has an account, so
    // "sign up, then sign in with that password" answers "verify your number" for both.
    let pending = state.db.pending_sign_up(phone, now() - PENDING_SIGN_UP_TTL).await.or_internal("reading the pending sign-up")?;
    if let Some(pending) = pending {
        let matches = matches!(
            state.hasher.verify(password, &pending.password_hash).await.or_internal("checking the password")?,
            Verified::Yes { .. }
        );
        if let (true, Some(user)) = (matches, &user) {
            limits::give_back(state, &reservation).await?;
            // A proved account's number gets a blind code (as its sign-up did); the
            // verify page shows the state of the code and offers a resend.
            let sent = if user.is_verified() {
                send_blind_code(state, meta, phone, CodePurpose::VerifyPhone, Channel::Sms).await
            } else {
                send_code(state, meta, phone, Some(user.id), CodePurpose::VerifyPhone, Channel::Sms).await
            };
            if let Err(e) = sent {
                tracing::info!(error = %e, "no new verification code at sign-in");
            }
            state.metrics.sign_in("password", "must_verify");
            return Ok(SignedIn::MustVerify(
                issue_session(state, meta, prior, user.id, user.password_epoch, SessionKind::Pending, None).await?,
            ));
        }
    }
    match user {
        Some(u) if u.is_verified() => failed(Some(u.id), AuditDetail::failed(FailReason::WrongPassword)).await,
        _ => failed(None, AuditDetail { number: Some(phone.masked()), ..AuditDetail::failed(FailReason::UnknownNumber) }).await,
    }
}

/// Checks the verification code of a pending session; on success the phone is verified,
/// the pending session ends and a new full session begins (a new token).
pub async fn verify_phone(state: &AppState, meta: &RequestMeta, cur: &Current, code: &OtpCode) -> Result<Issued, AppError> {
    let row = check_code(state, &cur.user.phone(), CodePurpose::VerifyPhone, code, Some(cur.user.id)).await?;
    if cur.user.is_verified() || row.user_id != Some(cur.user.id) {
        // Only reachable with a blind code, which never matches: belt and braces.
        return Err(AppError::NoActiveCode);
    }
    // Only under the epoch of this session's sign-up: if another sign-up took the number
    // over meanwhile, this person's password is not the one waiting, and nothing changes.
    let language = meta.lang().tag();
    if !state.db.complete_sign_up(cur.user.id, cur.user.password_epoch, language, now()).await.or_internal("completing the sign-up")? {
        return Err(AppError::NotSignedIn);
    }
    state.db.delete_sessions_of_kind(cur.user.id, SessionKind::Pending).await.or_internal("ending the pending sessions")?;
    audit(state, meta, Some(cur.user.id), AuditKind::PhoneVerified, &AuditDetail::none()).await?;
    audit(state, meta, Some(cur.user.id), AuditKind::SignIn, &AuditDetail::sign_in(SignInMethod::AfterVerification)).await?;
    complete_sign_in(state, meta, None, &cur.user, SignInMethod::AfterVerification).await
}

/// What the second step was answered with.
pub enum SecondStepAnswer {
    /// The code sent to the account's number.
    Sms(OtpCode),
    /// A code from the authenticator app.
    App(OtpCode),
    /// One of the recovery codes.
    Recovery(RecoveryCode),
    /// One of the passkeys: its answer (JSON) to the challenge of `ceremony`.
    Passkey { ceremony: String, credential: String },
}

/// A second step passed: the new session, and after a recovery code how many remain.
pub struct SecondStepPassed {
    pub issued: Issued,
    pub recovery_left: Option<i64>,
}

/// The second factor of the half session's user: the code sent to their phone, their
/// authenticator app's code, or a recovery code. Success ends the half session and
/// starts a full one with a fresh token; with `trust`, this browser is asked for no
/// second factor for a while (see [`devices::trust`]).
pub async fn verify_two_factor(
    state: &AppState,
    meta: &RequestMeta,
    cur: &Current,
    answer: &SecondStepAnswer,
    trust: bool,
) -> Result<SecondStepPassed, AppError> {
    let user = &cur.user;
    let checked = match answer {
        SecondStepAnswer::Sms(code) => check_code(state, &user.phone(), CodePurpose::TwoFactor, code, Some(user.id)).await.map(|_| None),
        SecondStepAnswer::App(code) => factors::check_app(state, meta, user, code).await.map(|_| None),
        SecondStepAnswer::Recovery(code) => factors::use_recovery_code(state, meta, user, code).await.map(Some),
        SecondStepAnswer::Passkey { ceremony, credential } => {
            super::passkeys::check_second_step(state, user, ceremony, credential).await.map(|_| None)
        }
    };
    let recovery_left = match checked {
        Ok(left) => left,
        Err(e) => {
            if matches!(e, AppError::WrongCode { .. } | AppError::TooManyTries | AppError::Invalid { .. }) {
                audit(state, meta, Some(user.id), AuditKind::SignInFailed, &AuditDetail::failed(FailReason::WrongCode)).await?;
            }
            state.metrics.sign_in("second_factor", "failed");
            return Err(e);
        }
    };
    let method = match answer {
        SecondStepAnswer::Sms(_) => {
            state.db.used_second_factor(user.id, SecondFactor::Sms).await.or_internal("remembering the second step's method")?;
            SignInMethod::PasswordAndCode
        }
        SecondStepAnswer::Passkey { .. } => {
            state.db.used_second_factor(user.id, SecondFactor::Passkey).await.or_internal("remembering the second step's method")?;
            SignInMethod::PasswordAndPasskey
        }
        SecondStepAnswer::App(_) => SignInMethod::PasswordAndAuthenticator,
        SecondStepAnswer::Recovery(_) => SignInMethod::PasswordAndRecoveryCode,
    };
    state.metrics.sign_in("second_factor", "ok");
    audit(state, meta, Some(user.id), AuditKind::SignIn, &AuditDetail::sign_in(method)).await?;
    let issued = complete_sign_in(state, meta, Some(cur), user, method).await?;
    if trust {
        // The browser's id: the one just given to it, or its cookie's.
        let id = issued.device.clone().or_else(|| devices::cookie_id(state, meta).map(str::to_string));
        if let Some(id) = id {
            devices::trust(state, meta, user, &id).await?;
        }
    }
    Ok(SecondStepPassed { issued, recovery_left })
}

/// Sends a new code for the purpose the current session is waiting for.
pub async fn resend_for_session(state: &AppState, meta: &RequestMeta, cur: &Current, channel: Channel) -> Result<i64, AppError> {
    let purpose = match cur.kind() {
        // A pending session on a verified number came from a sign-up for someone else's
        // number: its codes stay blind, so the owner gets no messages from it.
        SessionKind::Pending if cur.user.is_verified() => {
            return send_blind_code(state, meta, &cur.user.phone(), CodePurpose::VerifyPhone, channel).await
        }
        SessionKind::Pending => CodePurpose::VerifyPhone,
        SessionKind::TwoFactor => CodePurpose::TwoFactor,
        SessionKind::Full | SessionKind::PasswordStep => return Err(AppError::NoActiveCode),
    };
    send_code(state, meta, &cur.user.phone(), Some(cur.user.id), purpose, channel).await
}

/// "Send me a code" of the signed-out flows (passwordless sign-in, password reset). Only
/// a verified account gets a real code; any other number gets a blind one, with the same
/// limits and the same answer, so the answer says nothing about who has an account.
pub async fn request_flow_code(
    state: &AppState,
    meta: &RequestMeta,
    phone: &PhoneNumber,
    purpose: CodePurpose,
    channel: Channel,
) -> Result<i64, AppError> {
    match state.db.user_by_phone(phone).await.or_internal("looking up the account of the number")? {
        // A provider's refusal of the number is answered as the blind send is.
        Some(user) if user.is_verified() => send_code_as(state, meta, phone, Some(user.id), purpose, channel, Delivery::RealQuiet).await,
        _ => send_blind_code(state, meta, phone, purpose, channel).await,
    }
}

/// Step one of a signed-out code flow (passwordless sign-in, password reset): "send me a
/// code" for `phone`, answered the same whether or not it has an account. A code sent
/// moments ago (the cooldown) is still good: the person goes on to enter it.
pub async fn start_flow(
    state: &AppState,
    meta: &RequestMeta,
    prior: Option<&Current>,
    phone: &PhoneNumber,
    purpose: CodePurpose,
    channel: Channel,
) -> Result<(), AppError> {
    refuse_if_signed_in(prior)?;
    match request_flow_code(state, meta, phone, purpose, channel).await {
        Ok(_) | Err(AppError::Cooldown { .. }) => Ok(()),
        Err(e) => Err(e),
    }
}

/// Sign-up and the signed-out flows are for people who are not signed in.
fn refuse_if_signed_in(prior: Option<&Current>) -> Result<(), AppError> {
    match prior {
        Some(c) if c.kind() == SessionKind::Full => Err(AppError::AlreadySignedIn),
        _ => Ok(()),
    }
}

/// What a right passwordless sign-in code leads to.
pub enum CodeSignedIn {
    /// Fully signed in.
    Done(Issued),
    /// 2FA on: the code was one factor; a half session for the password step.
    NeedsPassword(Issued),
}

/// Passwordless sign-in: the code sent to `phone` for `sign-in`. With 2FA on, one factor
/// is not enough: the person, who has just proved the phone, gets a half session that
/// only the password can complete ([`finish_with_password`]). Nothing before the right
/// code differs for an account with 2FA, one without, or a number without an account.
pub async fn sign_in_with_code(
    state: &AppState,
    meta: &RequestMeta,
    prior: Option<&Current>,
    phone: &PhoneNumber,
    code: &OtpCode,
) -> Result<CodeSignedIn, AppError> {
    let row = match check_code(state, phone, CodePurpose::SignIn, code, None).await {
        Ok(row) => row,
        Err(e) => {
            state.metrics.sign_in("code", "failed");
            return Err(e);
        }
    };
    let user = match row.user_id {
        Some(id) => state.db.user_by_id(id).await.or_internal("reading the account")?,
        None => None,
    };
    // The code was right, so the number was verified when it was sent; an account that
    // has since gone or moved to another number cannot be entered with it.
    let Some(user) = user.filter(|u| u.phone == *phone && u.is_verified()) else {
        return Err(AppError::NoActiveCode);
    };
    let trusted = user.two_factor && devices::is_trusted(state, meta, &user).await?;
    if user.two_factor && !trusted {
        audit(state, meta, Some(user.id), AuditKind::SignInCodeOk, &AuditDetail::none()).await?;
        state.metrics.sign_in("code", "second_factor_needed");
        let issued = issue_session(state, meta, prior, user.id, user.password_epoch, SessionKind::PasswordStep, None).await?;
        return Ok(CodeSignedIn::NeedsPassword(issued));
    }
    let method = if trusted { SignInMethod::CodeOnTrustedBrowser } else { SignInMethod::Code };
    audit(state, meta, Some(user.id), AuditKind::SignIn, &AuditDetail::sign_in(method)).await?;
    state.metrics.sign_in("code", "ok");
    Ok(CodeSignedIn::Done(complete_sign_in(state, meta, prior, &user, method).await?))
}

/// The password step of a passwordless sign-in with 2FA on: the password of the half
/// session's account. Each check is reserved against the same failed sign-in limits as
/// the sign-in form's (per number, per client), before the password is hashed. A right
/// password turns the half session into a full one under a new token; of several
/// right answers at once only one does (the others find the half session gone).
pub async fn finish_with_password(state: &AppState, meta: &RequestMeta, cur: &Current, password: &Password) -> Result<Issued, AppError> {
    let user = &cur.user;
    let reservation = reserve_password_check(state, meta, &user.phone(), Some(user.id), AuditKind::SignInPaused)
        .await
        .inspect_err(|_| state.metrics.sign_in("code_password", "paused"))?;
    let rehash = match state.hasher.verify(password, &user.password_hash).await.or_internal("checking the password")? {
        Verified::Yes { rehash } => rehash,
        Verified::No => {
            state.metrics.sign_in("code_password", "failed");
            audit(state, meta, Some(user.id), AuditKind::SignInFailed, &AuditDetail::failed(FailReason::WrongPassword)).await?;
            return Err(AppError::invalid(Field::Password, "That password is not right."));
        }
    };
    limits::give_back(state, &reservation).await?;
    if let Some(new_hash) = rehash {
        state.db.rehash_password(user.id, &user.password_hash, &new_hash, now()).await.or_internal("storing the rehashed password")?;
    }
    let t = now();
    let ttl = state.config.limits.session_ttl;
    let (token, token_hash) = session::new_token();
    let won = state
        .db
        .upgrade_session(
            cur.session.id,
            SessionKind::PasswordStep,
            &Upgrade { token_hash: &token_hash, now: t, expires_at: t + ttl, method: SignInMethod::CodeAndPassword },
        )
        .await
        .or_internal("completing the sign-in")?;
    if !won {
        return Err(AppError::NotSignedIn);
    }
    audit(state, meta, Some(user.id), AuditKind::SignIn, &AuditDetail::sign_in(SignInMethod::CodeAndPassword)).await?;
    state.metrics.sign_in("code_password", "ok");
    let device = devices::signed_in(state, meta, user).await?;
    Ok(Issued { token, max_age: ttl, device })
}

pub async fn sign_out(state: &AppState, meta: &RequestMeta, cur: &Current) -> Result<(), AppError> {
    state.db.delete_session(cur.session.id, "signed_out").await.or_internal("ending the session")?;
    audit(state, meta, Some(cur.user.id), AuditKind::SessionEnded, &AuditDetail::ended(Ended::ThisDevice)).await
}
