//! The code a visitor is waiting for, by purpose: which session or flow each purpose
//! belongs to. `verify-phone` is the pending session's, `2fa` the half session's,
//! `sign-in` and `reset-password` this browser's signed-out flow's, `change-phone` the
//! signed-in person's pending change. The code pages show its state and offer a resend.

use super::account;
use super::auth::{self, Current};
use super::codes::{self, CodeInfo};
use crate::domain::{AppError, Channel, CodePurpose, PhoneNumber};
use crate::server::db::codes::CodeRow;
use crate::server::flow::Flow;
use crate::server::request::RequestMeta;
use crate::server::session::SessionKind;
use crate::server::state::AppState;

/// Who asks: the request's session and this browser's signed-out flow, if any.
#[derive(Clone, Copy)]
pub struct Visitor<'a> {
    pub session: Option<&'a Current>,
    pub flow: Option<&'a Flow>,
}

impl<'a> Visitor<'a> {
    /// The session, if it is of `kind` (a pending or half session reaches only its own
    /// page's code).
    fn session(&self, kind: SessionKind) -> Option<&'a Current> {
        self.session.filter(|c| c.kind() == kind)
    }

    /// The flow, if it was started for `purpose`.
    fn flow(&self, purpose: CodePurpose) -> Option<&'a Flow> {
        self.flow.filter(|f| f.purpose == purpose)
    }
}

/// The number a code for `purpose` went (or goes) to, and the state of its latest code.
pub struct Waiting {
    pub phone: PhoneNumber,
    /// `None` when no code was sent yet (or it is gone).
    pub info: Option<CodeInfo>,
}

/// A pending phone change (its latest code's row, with the new number) as the code
/// waited for.
pub fn phone_change(state: &AppState, row: CodeRow) -> Waiting {
    let info = CodeInfo::of(state, &row);
    Waiting { phone: row.phone, info: Some(info) }
}

/// The code `visitor` waits for, for `purpose`; `None` when there is no such code for them.
pub async fn code_waiting(state: &AppState, visitor: Visitor<'_>, purpose: CodePurpose) -> Result<Option<Waiting>, AppError> {
    let phone = match purpose {
        CodePurpose::VerifyPhone | CodePurpose::TwoFactor => match visitor.session(session_kind_of(purpose)) {
            Some(cur) => cur.user.phone(),
            None => return Ok(None),
        },
        CodePurpose::SignIn | CodePurpose::ResetPassword => match visitor.flow(purpose) {
            Some(flow) => flow.phone.clone(),
            None => return Ok(None),
        },
        CodePurpose::ChangePhone => {
            let Some(cur) = visitor.session(SessionKind::Full) else { return Ok(None) };
            return Ok(account::pending_phone_change(state, cur).await?.map(|row| phone_change(state, row)));
        }
    };
    let info = codes::code_info(state, &phone, purpose).await?;
    Ok(Some(Waiting { phone, info }))
}

/// A new code by `channel` for the code `visitor` waits for. Without such a code: not
/// signed in (a session's purpose), start over (a flow's), or nothing to resend.
pub async fn resend(
    state: &AppState,
    meta: &RequestMeta,
    visitor: Visitor<'_>,
    purpose: CodePurpose,
    channel: Channel,
) -> Result<(), AppError> {
    match purpose {
        CodePurpose::VerifyPhone | CodePurpose::TwoFactor => {
            let cur = visitor.session(session_kind_of(purpose)).ok_or(AppError::NotSignedIn)?;
            auth::resend_for_session(state, meta, cur, channel).await?;
        }
        CodePurpose::SignIn | CodePurpose::ResetPassword => {
            let flow = visitor.flow(purpose).ok_or(AppError::StartOver)?;
            auth::request_flow_code(state, meta, &flow.phone, purpose, channel).await?;
        }
        CodePurpose::ChangePhone => {
            let cur = visitor.session(SessionKind::Full).ok_or(AppError::NotSignedIn)?;
            account::resend_phone_change(state, meta, cur, channel).await?;
        }
    }
    Ok(())
}

/// The session kind whose code `purpose` is (for the two session purposes).
fn session_kind_of(purpose: CodePurpose) -> SessionKind {
    match purpose {
        CodePurpose::TwoFactor => SessionKind::TwoFactor,
        _ => SessionKind::Pending,
    }
}
