//! The signed-in person's own account: name, password, phone number, two-factor sign-in,
//! sessions and security activity. Changes that matter for security ask for the current
//! password (step-up), and changing the password or the number ends every other session.

use super::auth::{audit, issue_session, reserve_password_check, Current, Issued};
use super::codes::{check_code, send_code};
use super::factors::Factors;
use super::limits;
use super::passkeys::Listed;
use crate::domain::activity::{ActivityItem, ConnectedApp, SessionItem};
use crate::domain::audit::{AuditDetail, Ended};
use crate::domain::{AppError, AuditKind, Channel, CodePurpose, DisplayName, Field, OtpCode, Password, PhoneNumber};
use crate::server::clock::now;
use crate::server::db::audit::AuditRow;
use crate::server::db::codes::{CodeRow, CodeStage};
use crate::server::db::sessions::SessionListRow;
use crate::server::passwords::Verified;
use crate::server::request::RequestMeta;
use crate::server::session::SessionKind;
use crate::server::state::AppState;
use crate::server::zone::Zone;
use crate::server::OrInternal;

/// How many security events the profile shows.
pub const ACTIVITY_SHOWN: i64 = 20;

/// The step-up check: the current password. A wrong one is recorded like a failed
/// sign-in and answered beside the field.
pub(crate) async fn confirm_password(state: &AppState, meta: &RequestMeta, cur: &Current, password: &Password) -> Result<(), AppError> {
    // A stolen session cannot try passwords here faster than anyone can at sign-in.
    let reservation = reserve_password_check(state, meta, &cur.user.phone(), Some(cur.user.id), AuditKind::StepUpPaused).await?;
    match state.hasher.verify(password, &cur.user.password_hash).await.or_internal("checking the password")? {
        Verified::Yes { .. } => {
            limits::give_back(state, &reservation).await?;
            Ok(())
        }
        Verified::No => {
            audit(state, meta, Some(cur.user.id), AuditKind::StepUpFailed, &AuditDetail::none()).await?;
            Err(AppError::invalid(Field::CurrentPassword, "Your current password is not right."))
        }
    }
}

pub async fn set_name(state: &AppState, meta: &RequestMeta, cur: &Current, name: Option<DisplayName>) -> Result<(), AppError> {
    state.db.set_name(cur.user.id, name.as_ref().map(DisplayName::as_str), now()).await.or_internal("saving the name")?;
    audit(state, meta, Some(cur.user.id), AuditKind::NameChanged, &AuditDetail::none()).await
}

/// The language the signed-in person chose: their SMS, calls and alerts use it from now on.
pub async fn set_language(state: &AppState, cur: &Current, lang: crate::domain::lang::Lang) -> Result<(), AppError> {
    state.db.set_language(cur.user.id, lang.tag(), now()).await.or_internal("saving the language")
}

/// What a password or phone change did to the other sessions.
pub struct Changed {
    /// A fresh session for this browser (the old token is retired too).
    pub issued: Issued,
    /// Sessions on other devices that were signed out.
    pub others_ended: u64,
    /// After a phone change: whether the old number got its heads-up message.
    pub old_told: bool,
}

/// Ends every other session of the user and gives this browser a new token: after a phone
/// change only the person who made it stays signed in.
async fn restart_sessions(state: &AppState, meta: &RequestMeta, cur: &Current, old_told: bool) -> Result<Changed, AppError> {
    let others_ended = state.db.delete_other_sessions(cur.user.id, cur.session.id).await.or_internal("ending the other sessions")?;
    let issued =
        issue_session(state, meta, Some(cur), cur.user.id, cur.user.password_epoch, SessionKind::Full, cur.session.sign_in_method).await?;
    Ok(Changed { issued, others_ended, old_told })
}

pub async fn change_password(
    state: &AppState,
    meta: &RequestMeta,
    cur: &Current,
    current: &Password,
    new: &Password,
) -> Result<Changed, AppError> {
    confirm_password(state, meta, cur, current).await?;
    let hash = state.hasher.hash(new).await.or_internal("hashing the password")?;
    // The new password, a new epoch and every other session gone, in one transaction: a
    // session opened with the old password a moment before or after is dead too.
    let (epoch, others_ended) =
        state.db.set_password(cur.user.id, &hash, Some(cur.session.id), now()).await.or_internal("storing the new password")?;
    let issued = issue_session(state, meta, Some(cur), cur.user.id, epoch, SessionKind::Full, cur.session.sign_in_method).await?;
    let changed = Changed { issued, others_ended, old_told: false };
    audit(state, meta, Some(cur.user.id), AuditKind::PasswordChanged, &AuditDetail::others_ended(changed.others_ended)).await?;
    Ok(changed)
}

/// Step one of a phone change: the password, then a code to the new number. The account
/// keeps its number until that code comes back.
pub async fn start_phone_change(
    state: &AppState,
    meta: &RequestMeta,
    cur: &Current,
    password: &Password,
    new_phone: &PhoneNumber,
    channel: Channel,
) -> Result<i64, AppError> {
    confirm_password(state, meta, cur, password).await?;
    if *new_phone == cur.user.phone {
        return Err(AppError::invalid(Field::Phone, "This is already your number."));
    }
    // A number that belongs to another account is answered like any other (a code goes
    // to it); the change is refused only once its code has come back, so this step says
    // nothing about who has an account.
    // Only one change at a time: a new target number retires the code sent to the last.
    state.db.retire_codes_for_user(cur.user.id, CodePurpose::ChangePhone, now()).await.or_internal("retiring the phone-change codes")?;
    send_code(state, meta, new_phone, Some(cur.user.id), CodePurpose::ChangePhone, channel).await
}

/// The pending phone change: its code row (with the new number), while it can still be
/// completed or resent.
pub async fn pending_phone_change(state: &AppState, cur: &Current) -> Result<Option<CodeRow>, AppError> {
    let row = state.db.latest_code_for_user(cur.user.id, CodePurpose::ChangePhone).await.or_internal("reading the pending phone change")?;
    Ok(row.filter(is_pending))
}

/// Whether the latest phone change code is of a change still pending: a finished change
/// (used) or a cancelled one (superseded) is not; an expired or dead code still is, so
/// the page can offer a new one.
fn is_pending(row: &CodeRow) -> bool {
    matches!(row.state, CodeStage::Active | CodeStage::Dead)
}

pub async fn resend_phone_change(state: &AppState, meta: &RequestMeta, cur: &Current, channel: Channel) -> Result<i64, AppError> {
    let Some(row) = pending_phone_change(state, cur).await? else {
        return Err(AppError::NoActiveCode);
    };
    let phone = row.phone;
    send_code(state, meta, &phone, Some(cur.user.id), CodePurpose::ChangePhone, channel).await
}

pub async fn cancel_phone_change(state: &AppState, meta: &RequestMeta, cur: &Current) -> Result<(), AppError> {
    if state.db.retire_codes_for_user(cur.user.id, CodePurpose::ChangePhone, now()).await.or_internal("retiring the phone-change codes")?
        > 0
    {
        audit(state, meta, Some(cur.user.id), AuditKind::PhoneChangeCancelled, &AuditDetail::none()).await?;
    }
    Ok(())
}

/// Step two: the code sent to the new number. The number changes, the old number is told
/// by SMS, and every other session ends.
pub async fn confirm_phone_change(state: &AppState, meta: &RequestMeta, cur: &Current, code: &OtpCode) -> Result<Changed, AppError> {
    let Some(row) = pending_phone_change(state, cur).await? else {
        return Err(AppError::NoActiveCode);
    };
    let new_phone = row.phone.clone();
    check_code(state, &new_phone, CodePurpose::ChangePhone, code, Some(cur.user.id)).await?;
    if !state.db.change_phone(cur.user.id, &new_phone, now()).await.or_internal("changing the phone number")? {
        return Err(AppError::invalid(Field::Phone, "This number belongs to another account."));
    }
    let old = cur.user.phone();
    let notice = crate::server::i18n::Catalog::get().message(
        meta.lang(),
        "notice-phone-changed",
        &[("app", crate::server::i18n::Arg::Text(&state.config.app_name)), ("phone", crate::server::i18n::Arg::Text(&new_phone.masked()))],
    );
    // A test number is never sent anything.
    let told = if state.config.test_code(&old).is_some() { None } else { Some(state.verifier.notify(&old, &notice).await) };
    let old_told = match told {
        None => false,
        Some(Ok(())) => true,
        Some(Err(e)) => {
            // The change stands either way; the old number just misses the heads-up, and
            // the page does not claim it was told.
            tracing::warn!(to = %old.masked(), error = %e, "could not tell the old number about the phone change");
            false
        }
    };
    let changed = restart_sessions(state, meta, cur, old_told).await?;
    let detail = AuditDetail { number: Some(new_phone.masked()), ..AuditDetail::others_ended(changed.others_ended) };
    audit(state, meta, Some(cur.user.id), AuditKind::PhoneChanged, &detail).await?;
    Ok(changed)
}

/// Two-factor sign-in on: only with a verified number, which every full session has.
pub async fn enable_two_factor(state: &AppState, meta: &RequestMeta, cur: &Current) -> Result<(), AppError> {
    if !cur.user.is_verified() {
        return Err(AppError::invalid(Field::Phone, "Verify your phone number before turning on two-factor sign-in."));
    }
    if !cur.user.two_factor {
        state.db.set_two_factor(cur.user.id, true, now()).await.or_internal("switching two-factor sign-in")?;
        audit(state, meta, Some(cur.user.id), AuditKind::TwoFactorEnabled, &AuditDetail::none()).await?;
    }
    Ok(())
}

/// Two-factor sign-in off: a step-up with the current password first. The authenticator
/// app and the recovery codes go with it (the number is texted when there were any).
pub async fn disable_two_factor(state: &AppState, meta: &RequestMeta, cur: &Current, password: &Password) -> Result<(), AppError> {
    confirm_password(state, meta, cur, password).await?;
    if cur.user.two_factor {
        let had = state.db.factor_summary(cur.user.id).await.or_internal("reading the second factors")?;
        state.db.set_two_factor(cur.user.id, false, now()).await.or_internal("switching two-factor sign-in")?;
        audit(state, meta, Some(cur.user.id), AuditKind::TwoFactorDisabled, &AuditDetail::none()).await?;
        if had.app_since.is_some() || had.recovery_left > 0 {
            super::factors::alert(state, meta, &cur.user, "two-factor-off").await;
        }
    }
    Ok(())
}

/// The person's live sessions, the most recently used first, with times in `zone` (and
/// words in its language).
pub async fn sessions(state: &AppState, cur: &Current, zone: &Zone) -> Result<Vec<SessionItem>, AppError> {
    let t = now();
    let rows = state.db.sessions_of_user(cur.user.id, t, state.config.limits.session_idle_ttl).await.or_internal("listing the sessions")?;
    Ok(session_items(rows, cur, zone, t))
}

/// Sessions as the pages list them, at `t`.
fn session_items(rows: Vec<SessionListRow>, cur: &Current, zone: &Zone, t: i64) -> Vec<SessionItem> {
    let words = crate::server::i18n::words(zone.lang());
    rows.into_iter()
        .map(|s| SessionItem {
            id: s.id,
            device: crate::domain::device::Device::parse(&s.user_agent).label_with(&words),
            ip: s.ip,
            signed_in_at: zone.when(s.created_at, t),
            last_active_at: zone.when(s.last_seen_at, t),
            this_device: s.id == cur.session.id,
            waiting: match s.kind {
                SessionKind::Full => None,
                SessionKind::TwoFactor => Some(words("sessions-waiting-code", &[])),
                SessionKind::PasswordStep => Some(words("sessions-waiting-password", &[])),
                SessionKind::Pending => Some(words("sessions-waiting-verify", &[])),
            },
        })
        .collect()
}

/// Which sessions to end from the sessions page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EndWhich {
    One(i64),
    Others,
    All,
}

impl EndWhich {
    /// `others`, `all`, or a session id.
    pub fn parse(which: &str) -> Option<EndWhich> {
        match which {
            "others" => Some(EndWhich::Others),
            "all" => Some(EndWhich::All),
            id => id.parse().ok().map(EndWhich::One),
        }
    }
}

/// Ends sessions of the current user. Returns how many ended and whether the current one
/// was among them (then the browser is signed out).
pub async fn end_sessions(state: &AppState, meta: &RequestMeta, cur: &Current, which: EndWhich) -> Result<(u64, bool), AppError> {
    let uid = cur.user.id;
    let (ended, this_one, detail) = match which {
        EndWhich::One(id) => {
            let Some(user_agent) = state.db.delete_session_of_user(id, uid).await.or_internal("ending a session")? else {
                return Err(AppError::SessionGone);
            };
            let ended = if id == cur.session.id { Ended::ThisDevice } else { Ended::Other { device: Some(device_words(&user_agent)) } };
            (1, id == cur.session.id, ended)
        }
        EndWhich::Others => {
            let n = state.db.delete_other_sessions(uid, cur.session.id).await.or_internal("ending the other sessions")?;
            (n, false, Ended::Others { count: n })
        }
        EndWhich::All => {
            let n = state.db.delete_all_sessions(uid).await.or_internal("ending every session")?;
            (n, true, Ended::All { count: n })
        }
    };
    audit(state, meta, Some(uid), AuditKind::SessionEnded, &AuditDetail::ended(detail)).await?;
    Ok((ended, this_one))
}

/// Everything the profile page shows of the signed-in person, with times in `zone` (and
/// words in its language).
pub struct Profile {
    /// The version of the photo (when it last changed), if there is one.
    pub photo_version: Option<i64>,
    /// The pending phone change's code, if there is one.
    pub phone_change: Option<CodeRow>,
    pub activity: Vec<ActivityItem>,
    pub sessions: Vec<SessionItem>,
    pub apps: Vec<ConnectedApp>,
    pub factors: Factors,
    pub passkeys: Vec<Listed>,
}

/// What the profile page shows, in one read of the database (see `Db::profile_rows`).
pub async fn profile(state: &AppState, cur: &Current, zone: &Zone) -> Result<Profile, AppError> {
    let t = now();
    let rows = state
        .db
        .profile_rows(cur.user.id, t, state.config.limits.session_idle_ttl, ACTIVITY_SHOWN)
        .await
        .or_internal("reading the profile")?;
    Ok(Profile {
        photo_version: rows.avatar_version,
        phone_change: rows.phone_change.filter(is_pending),
        activity: activity_items(rows.activity, zone, t),
        sessions: session_items(rows.sessions, cur, zone, t),
        apps: super::oidc::connected_apps(rows.consents, zone, t),
        factors: super::factors::factors(state, &cur.user, rows.factors)?,
        passkeys: rows.passkeys.into_iter().map(Listed::from).collect(),
    })
}

/// Security events as the profile lists them, at `t`: each a sentence and its time.
fn activity_items(rows: Vec<AuditRow>, zone: &Zone, t: i64) -> Vec<ActivityItem> {
    let words = crate::server::i18n::words(zone.lang());
    rows.into_iter()
        .map(|e| {
            let parsed = crate::domain::device::Device::parse(&e.user_agent);
            let device = parsed.label_with(&words);
            let sentence = crate::domain::activity::event_sentence(e.kind, &e.detail, &parsed, &words);
            ActivityItem {
                at: zone.when(e.created_at, t),
                event: sentence.text,
                device,
                names_device: sentence.names_device,
                ip: e.ip,
                warning: e.kind.is_warning(),
            }
        })
        .collect()
}

/// A user agent in words ("Chrome on macOS"), in English: as recorded with an event (the
/// pages show it in the person's words, see `Device::from_label`).
fn device_words(user_agent: &str) -> String {
    crate::domain::device::Device::parse(user_agent).label()
}
