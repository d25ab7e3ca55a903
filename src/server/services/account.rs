//! The signed-in person's own account: name, password, phone number, two-factor sign-in,
//! sessions and security activity. Changes that matter for security ask for the current
//! password (step-up), and changing the password or the number ends every other session.

use super::auth::{audit, issue_session, reserve_password_check, Current, Issued};
use super::codes::{check_code, send_code, CodeInfo};
use super::limits;
use crate::domain::{AppError, Channel, CodePurpose, DisplayName, Field, OtpCode, Password, PhoneNumber};
use crate::server::clock::now;
use crate::server::db::audit::AuditRow;
use crate::server::db::codes::CodeRow;
use crate::server::db::sessions::SessionListRow;
use crate::server::internal;
use crate::server::passwords::Verified;
use crate::server::request::RequestMeta;
use crate::server::session::SessionKind;
use crate::server::state::AppState;

/// A security event as the profile shows it: its kind in words, and its detail.
pub fn event_words(kind: &str, detail: &str) -> String {
    let what = match kind {
        "sign_up" => "Account created",
        "phone_verified" => "Phone number verified",
        "sign_in" => "Signed in",
        "sign_in_failed" => "Failed sign-in",
        "sign_in_password_ok" => "Password accepted, code sent",
        "code_sent" => "Code sent",
        "code_not_sent" => "Code not sent",
        "session_ended" => "Signed out",
        "password_changed" => "Password changed",
        "password_reset" => "Password reset",
        "phone_changed" => "Phone number changed",
        "phone_change_cancelled" => "Phone number change cancelled",
        "two_factor_enabled" => "Two-factor sign-in turned on",
        "two_factor_disabled" => "Two-factor sign-in turned off",
        "step_up_failed" => "Wrong current password",
        "step_up_paused" => "Password checks paused after too many wrong tries",
        "sign_in_paused" => "Sign-in paused after too many failed tries",
        "sign_up_existing" => "Sign-up attempted with this number",
        "name_changed" => "Name changed",
        "photo_changed" => "Photo changed",
        "photo_removed" => "Photo removed",
        other => other,
    };
    if detail.is_empty() {
        what.to_string()
    } else {
        format!("{what} ({detail})")
    }
}

/// How many security events the profile shows.
pub const ACTIVITY_SHOWN: i64 = 20;

/// The step-up check: the current password. A wrong one is recorded like a failed
/// sign-in and answered beside the field.
async fn confirm_password(state: &AppState, meta: &RequestMeta, cur: &Current, password: &Password) -> Result<(), AppError> {
    // A stolen session cannot try passwords here faster than anyone can at sign-in.
    let reservation = reserve_password_check(state, meta, &cur.user.phone(), Some(cur.user.id), "step_up_paused").await?;
    match state.hasher.verify(password, &cur.user.password_hash).await.map_err(internal)? {
        Verified::Yes { .. } => {
            limits::give_back(state, &reservation).await?;
            Ok(())
        }
        Verified::No => {
            audit(state, meta, Some(cur.user.id), "step_up_failed", "wrong current password").await?;
            Err(AppError::invalid(Field::CurrentPassword, "Your current password is not right."))
        }
    }
}

pub async fn set_name(state: &AppState, meta: &RequestMeta, cur: &Current, name: Option<DisplayName>) -> Result<(), AppError> {
    state.db.set_name(cur.user.id, name.as_ref().map(DisplayName::as_str), now()).await.map_err(internal)?;
    audit(state, meta, Some(cur.user.id), "name_changed", "").await
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
    let others_ended = state.db.delete_other_sessions(cur.user.id, cur.session.id).await.map_err(internal)?;
    let issued = issue_session(state, meta, Some(cur), cur.user.id, cur.user.password_epoch, SessionKind::Full).await?;
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
    let hash = state.hasher.hash(new).await.map_err(internal)?;
    // The new password, a new epoch and every other session gone, in one transaction: a
    // session opened with the old password a moment before or after is dead too.
    let (epoch, others_ended) = state.db.set_password(cur.user.id, &hash, Some(cur.session.id), now()).await.map_err(internal)?;
    let issued = issue_session(state, meta, Some(cur), cur.user.id, epoch, SessionKind::Full).await?;
    let changed = Changed { issued, others_ended, old_told: false };
    audit(state, meta, Some(cur.user.id), "password_changed", &format!("{} other session(s) ended", changed.others_ended)).await?;
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
    if new_phone.as_str() == cur.user.phone {
        return Err(AppError::invalid(Field::Phone, "This is already your number."));
    }
    // A number that belongs to another account is answered like any other (a code goes
    // to it); the change is refused only once its code has come back, so this step says
    // nothing about who has an account.
    // Only one change at a time: a new target number retires the code sent to the last.
    state.db.retire_codes_for_user(cur.user.id, CodePurpose::ChangePhone, now()).await.map_err(internal)?;
    send_code(state, meta, new_phone, Some(cur.user.id), CodePurpose::ChangePhone, channel).await
}

/// The pending phone change: its code row (with the new number), while it can still be
/// completed or resent.
pub async fn pending_phone_change(state: &AppState, cur: &Current) -> Result<Option<CodeRow>, AppError> {
    let row = state.db.latest_code_for_user(cur.user.id, CodePurpose::ChangePhone).await.map_err(internal)?;
    // A finished change (used) or a cancelled one (superseded) is no longer pending; an
    // expired or dead code still is, so the page can offer a new one.
    Ok(row.filter(|r| r.state == "active" || r.state == "dead"))
}

pub async fn resend_phone_change(state: &AppState, meta: &RequestMeta, cur: &Current, channel: Channel) -> Result<i64, AppError> {
    let Some(row) = pending_phone_change(state, cur).await? else {
        return Err(AppError::NoActiveCode);
    };
    let phone = PhoneNumber::from_trusted(row.phone);
    send_code(state, meta, &phone, Some(cur.user.id), CodePurpose::ChangePhone, channel).await
}

pub async fn cancel_phone_change(state: &AppState, meta: &RequestMeta, cur: &Current) -> Result<(), AppError> {
    if state.db.retire_codes_for_user(cur.user.id, CodePurpose::ChangePhone, now()).await.map_err(internal)? > 0 {
        audit(state, meta, Some(cur.user.id), "phone_change_cancelled", "").await?;
    }
    Ok(())
}

/// Step two: the code sent to the new number. The number changes, the old number is told
/// by SMS, and every other session ends.
pub async fn confirm_phone_change(state: &AppState, meta: &RequestMeta, cur: &Current, code: &OtpCode) -> Result<Changed, AppError> {
    let Some(row) = pending_phone_change(state, cur).await? else {
        return Err(AppError::NoActiveCode);
    };
    let new_phone = PhoneNumber::from_trusted(row.phone.clone());
    check_code(state, &new_phone, CodePurpose::ChangePhone, code, Some(cur.user.id)).await?;
    if !state.db.change_phone(cur.user.id, &new_phone, now()).await.map_err(internal)? {
        return Err(AppError::invalid(Field::Phone, "This number belongs to another account."));
    }
    let old = cur.user.phone();
    let notice = format!(
        "{}: the phone number of your account was changed to {}. If you did not do this, contact support.",
        state.config.app_name,
        new_phone.masked()
    );
    let old_told = match state.verifier.notify(&old, &notice).await {
        Ok(()) => true,
        Err(e) => {
            // The change stands either way; the old number just misses the heads-up, and
            // the page does not claim it was told.
            tracing::warn!(to = %old.masked(), error = %e, "could not tell the old number about the phone change");
            false
        }
    };
    let changed = restart_sessions(state, meta, cur, old_told).await?;
    let detail = format!("from {} to {}; {} other session(s) ended", old.masked(), new_phone.masked(), changed.others_ended);
    audit(state, meta, Some(cur.user.id), "phone_changed", &detail).await?;
    Ok(changed)
}

/// Two-factor sign-in on: only with a verified number, which every full session has.
pub async fn enable_two_factor(state: &AppState, meta: &RequestMeta, cur: &Current) -> Result<(), AppError> {
    if !cur.user.is_verified() {
        return Err(AppError::invalid(Field::Phone, "Verify your phone number before turning on two-factor sign-in."));
    }
    if cur.user.two_factor_enabled == 0 {
        state.db.set_two_factor(cur.user.id, true, now()).await.map_err(internal)?;
        audit(state, meta, Some(cur.user.id), "two_factor_enabled", "").await?;
    }
    Ok(())
}

/// Two-factor sign-in off: a step-up with the current password first.
pub async fn disable_two_factor(state: &AppState, meta: &RequestMeta, cur: &Current, password: &Password) -> Result<(), AppError> {
    confirm_password(state, meta, cur, password).await?;
    if cur.user.two_factor_enabled != 0 {
        state.db.set_two_factor(cur.user.id, false, now()).await.map_err(internal)?;
        audit(state, meta, Some(cur.user.id), "two_factor_disabled", "").await?;
    }
    Ok(())
}

pub async fn sessions(state: &AppState, cur: &Current) -> Result<Vec<SessionListRow>, AppError> {
    state.db.sessions_of_user(cur.user.id, now(), state.config.limits.session_idle_ttl).await.map_err(internal)
}

/// Which sessions to end from the sessions page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EndWhich {
    One(i64),
    Others,
    All,
}

/// Ends sessions of the current user. Returns how many ended and whether the current one
/// was among them (then the browser is signed out).
pub async fn end_sessions(state: &AppState, meta: &RequestMeta, cur: &Current, which: EndWhich) -> Result<(u64, bool), AppError> {
    let uid = cur.user.id;
    let (ended, this_one, detail) = match which {
        EndWhich::One(id) => {
            if !state.db.delete_session_of_user(id, uid).await.map_err(internal)? {
                return Err(AppError::SessionGone);
            }
            (1, id == cur.session.id, if id == cur.session.id { "this device".to_string() } else { format!("session {id}") })
        }
        EndWhich::Others => {
            let n = state.db.delete_other_sessions(uid, cur.session.id).await.map_err(internal)?;
            (n, false, format!("{n} other session(s)"))
        }
        EndWhich::All => {
            let n = state.db.delete_all_sessions(uid).await.map_err(internal)?;
            (n, true, format!("all {n} session(s)"))
        }
    };
    audit(state, meta, Some(uid), "session_ended", &detail).await?;
    Ok((ended, this_one))
}

/// The version of the user's photo (when it last changed), if there is one.
pub async fn photo_version(state: &AppState, cur: &Current) -> Result<Option<i64>, AppError> {
    state.db.avatar_version(cur.user.id).await.map_err(internal)
}

pub async fn activity(state: &AppState, cur: &Current) -> Result<Vec<AuditRow>, AppError> {
    state.db.recent_audit(cur.user.id, ACTIVITY_SHOWN).await.map_err(internal)
}

/// The code state of a pending phone change, for the profile page.
pub fn code_info(state: &AppState, row: &CodeRow) -> CodeInfo {
    CodeInfo::of(state, row)
}

#[cfg(test)]
mod tests {
    use super::event_words;

    #[test]
    fn every_audit_kind_reads_as_words() {
        for kind in [
            "sign_up",
            "sign_up_existing",
            "phone_verified",
            "sign_in",
            "sign_in_failed",
            "sign_in_paused",
            "sign_in_password_ok",
            "code_sent",
            "code_not_sent",
            "session_ended",
            "password_changed",
            "password_reset",
            "phone_changed",
            "phone_change_cancelled",
            "two_factor_enabled",
            "two_factor_disabled",
            "step_up_failed",
            "step_up_paused",
            "name_changed",
            "photo_changed",
            "photo_removed",
        ] {
            let words = event_words(kind, "");
            assert!(!words.contains('_'), "{kind} reads as {words}");
        }
        assert_eq!(event_words("sign_in", "password"), "Signed in (password)");
    }
}
